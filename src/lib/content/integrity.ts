/**
 * Rules that span entries, which no single schema can see: references resolve, natural
 * keys are unique, and results are reported for periods their plan follows up.
 * Astro only logs dangling references, so these rules are what keeps a page from breaking.
 */
import type { CollectionName, Ref } from '../../schemas/index.ts';
import { type Catalog, type Entry, refsIn, resolve } from '#lib/core/catalog.ts';
import { duplicates, fieldPath, type Problem } from '#lib/core/problems.ts';

/** "ingen"/"inget" + the Swedish word for an entry of each collection, for "hittar …". */
const NO_ENTRY_OF: Record<CollectionName, string> = {
  organisations: 'ingen organisation',
  bodies: 'inget organ',
  units: 'ingen enhet',
  plans: 'ingen plan',
  strategies: 'ingen strategi',
  periods: 'ingen period',
  uppdrag: 'inget uppdrag',
  nyckeltal: 'inget nyckeltal',
  activities: 'ingen aktivitetsräkning',
  reports: 'ingen rapport',
  decisions: 'inget beslut',
  documents: 'inget dokument',
};

/**
 * The references among `refs` that resolve to nothing: neither an entry in the catalog nor
 * a file that exists but is invalid (`invalid`, as `collection/id`, reported on its own).
 */
export function danglingRefs(
  file: string,
  refs: { path: (string | number)[]; ref: Ref }[],
  catalog: Catalog,
  invalid: ReadonlySet<string>,
): Problem[] {
  return refs
    .filter(({ ref }) => !resolve(catalog, ref) && !invalid.has(`${ref.collection}/${ref.id}`))
    .map(({ path, ref }) => ({
      file,
      field: fieldPath(path),
      message: `hittar ${NO_ENTRY_OF[ref.collection]} med id "${ref.id}": det ska finnas en fil content/${ref.collection}/${ref.id}.* (kontrollera stavningen)`,
    }));
}

/** Periods an entry reports on, with where they were written, per plan. */
function reportedPeriods(entry: Located): { plan: Ref<'plans'>; at: (string | number)[]; period: Ref<'periods'> }[] {
  const rows = (plan: Ref<'plans'>, field: string, list: readonly { period: Ref<'periods'> }[]) =>
    list.map((row, index) => ({ plan, at: [field, index, 'period'], period: row.period }));
  switch (entry.collection) {
    case 'uppdrag':
      return rows(entry.data.plan, 'statuses', entry.data.statuses);
    case 'nyckeltal':
      return rows(entry.data.plan, 'results', entry.data.results);
    case 'activities':
      return rows(entry.data.plan, 'counts', entry.data.counts);
    case 'reports':
      return [{ plan: entry.data.plan, at: ['period'], period: entry.data.period }];
    default:
      return [];
  }
}

function periodsOutsidePlan(entry: Located, catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const perPeriod = new Map<string, string>();
  for (const { plan, at, period } of reportedPeriods(entry)) {
    const planEntry = resolve(catalog, plan);
    if (planEntry && !planEntry.data.periods.some((p) => p.id === period.id)) {
      problems.push({
        file: entry.filePath,
        field: fieldPath(at),
        message: `perioden "${period.id}" följs inte upp i planen ${plan.id}: lägg till den i planens periods, eller välj någon av ${planEntry.data.periods.map((p) => p.id).join(', ') || '(planen har inga perioder)'}`,
      });
    }
    const earlier = perPeriod.get(period.id);
    if (earlier && entry.collection !== 'reports') {
      problems.push({
        file: entry.filePath,
        field: fieldPath(at),
        message: `perioden "${period.id}" finns redan i ${earlier}: en period får bara redovisas en gång per post`,
      });
    }
    perPeriod.set(period.id, fieldPath(at));
  }
  return problems;
}

type Located = Entry & { filePath: string };
type LocatedItem = Located & Item;

/** An uppdrag's or nyckeltal's strategy belongs to its plan or to the regionplan the plan builds on. */
function strategyRule(entry: LocatedItem, catalog: Catalog): Problem[] {
  const plan = resolve(catalog, entry.data.plan);
  const strategy = resolve(catalog, entry.data.strategy);
  if (!plan || !strategy) return [];
  const allowed = [plan.id, plan.data.parent?.id].filter(Boolean);
  if (allowed.includes(strategy.data.plan.id)) return [];
  return [
    {
      file: entry.filePath,
      field: 'strategy',
      message: `strategin "${strategy.id}" hör till planen ${strategy.data.plan.id}, inte till ${allowed.join(' eller ')}: välj en strategi ur den planen`,
    },
  ];
}

/** A nyckeltal's targets lie within its plan's years, one per year. */
function targetRules(entry: Located & Entry<'nyckeltal'>, catalog: Catalog): Problem[] {
  const plan = resolve(catalog, entry.data.plan);
  if (!plan) return [];
  const years = entry.data.targets.map((t) => t.year);
  return years.flatMap((year, index) => [
    ...(year < plan.data.startYear || year > plan.data.endYear
      ? [{ file: entry.filePath, field: `targets[${index}].year`, message: `${year} ligger utanför planens år ${plan.data.startYear}–${plan.data.endYear}` }]
      : []),
    ...(years.indexOf(year) !== index
      ? [{ file: entry.filePath, field: `targets[${index}].year`, message: `det finns redan ett målvärde för ${year}` }]
      : []),
  ]);
}

/** Activity counts cite the report on their own plan and period. */
function countRules(entry: Located & Entry<'activities'>, catalog: Catalog): Problem[] {
  const plan = resolve(catalog, entry.data.plan);
  if (!plan) return [];
  return entry.data.counts.flatMap((row, index) => {
    const report = resolve(catalog, row.report);
    if (!report || (report.data.period.id === row.period.id && report.data.plan.id === plan.id)) return [];
    return [
      {
        file: entry.filePath,
        field: `counts[${index}].report`,
        message: `rapporten ${report.id} gäller ${report.data.plan.id} per ${report.data.period.id}, inte ${plan.id} per ${row.period.id}`,
      },
    ];
  });
}

function itemRules(entry: Located, catalog: Catalog): Problem[] {
  switch (entry.collection) {
    case 'uppdrag':
      return strategyRule(entry, catalog);
    case 'nyckeltal':
      return [...strategyRule(entry, catalog), ...targetRules(entry, catalog)];
    case 'activities':
      return countRules(entry, catalog);
    default:
      return [];
  }
}

type Item = Entry<'uppdrag'> | Entry<'nyckeltal'>;

/**
 * An item that continues another (`continues`) must follow it from an earlier plan of the
 * same body, a nyckeltal in the same unit (the chart spans the years), and the chain must
 * end: each step goes back to an earlier plan, so a loop means one of the steps is wrong.
 */
function continuityRules(entry: Located, catalog: Catalog): Problem[] {
  if (entry.collection !== 'uppdrag' && entry.collection !== 'nyckeltal') return [];
  const item = entry;
  const previousRef = item.data.continues;
  if (!previousRef) return [];
  const previous: Item | undefined = resolve(catalog, previousRef);
  const plan = resolve(catalog, item.data.plan);
  const previousPlan = previous && resolve(catalog, previous.data.plan);
  if (!previous || !plan || !previousPlan) return [];
  const problems: Problem[] = [];
  const at = (message: string) => problems.push({ file: entry.filePath, field: 'continues', message });
  if (previous.id === item.id) {
    at('en post kan inte fortsätta sig själv: ange id för posten i den tidigare planen');
    return problems;
  }
  if (previousPlan.data.body.id !== plan.data.body.id) {
    at(
      `"${previous.id}" hör till ${previousPlan.id}, som antas av ${previousPlan.data.body.id}, men den här planen antas av ${plan.data.body.id}: en post kan bara fortsätta från samma organs plan`,
    );
  }
  if (previousPlan.data.startYear >= plan.data.startYear) {
    at(
      `"${previous.id}" hör till ${previousPlan.id} (${previousPlan.data.startYear}), som inte är tidigare än den här planen ${plan.id} (${plan.data.startYear}): continues ska peka bakåt i tiden, till förra årets post`,
    );
  }
  if (item.collection === 'nyckeltal' && previous.collection === 'nyckeltal' && previous.data.unit !== item.data.unit) {
    at(
      `"${previous.id}" mäts i ${previous.data.unit}, det här nyckeltalet i ${item.data.unit}: ett nyckeltal som fortsätter ska mätas i samma enhet, annars ta bort continues`,
    );
  }
  const chain = [item.id];
  for (let step: Item | undefined = previous; step; step = step.data.continues && resolve(catalog, step.data.continues)) {
    chain.push(step.id);
    if (step.id === item.id) {
      at(`kedjan går i cirkel: ${chain.join(' → ')}; den äldsta posten ska inte ha continues`);
      break;
    }
    if (chain.indexOf(step.id) !== chain.length - 1) break; // a loop further back, reported on its own members
  }
  return problems;
}

/** One successor per item, so that the history across years reads as one line. */
function forkedChains(entries: Located[]): Problem[] {
  const successors = new Map<string, { entry: Located; continues: string }[]>();
  for (const entry of entries) {
    if (entry.collection !== 'uppdrag' && entry.collection !== 'nyckeltal') continue;
    const previous = entry.data.continues;
    if (!previous) continue;
    const key = `${entry.collection}/${previous.id}`;
    successors.set(key, [...(successors.get(key) ?? []), { entry, continues: previous.id }]);
  }
  return [...successors.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map(({ entry, continues }) => ({
        file: entry.filePath,
        field: 'continues',
        message: `"${continues}" fortsätts också av ${group
          .filter((other) => other.entry !== entry)
          .map((other) => other.entry.filePath)
          .join(', ')}: bara en post kan fortsätta en och samma post, så att historien blir en linje; ta bort continues i den ena`,
      })),
    );
}

/**
 * All cross-entry problems in the validated entries. `invalid` names the entries
 * (`collection/id`) whose files exist but failed their schema: references to them are
 * not reported again as missing.
 */
export function checkIntegrity(entries: Located[], catalog: Catalog, invalid: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  problems.push(
    ...duplicates(
      entries.filter((e) => e.collection === 'decisions'),
      ({ data }) => `${data.body.id} ${data.date} § ${data.paragraph}`,
      'beslutet',
    ),
    ...duplicates(
      entries.filter((e) => e.collection === 'periods'),
      ({ data }) => `${data.kind} ${data.year}`,
      'perioden',
    ),
    ...forkedChains(entries),
  );
  for (const entry of entries) {
    problems.push(...danglingRefs(entry.filePath, refsIn(entry.data), catalog, invalid), ...periodsOutsidePlan(entry, catalog), ...itemRules(entry, catalog), ...continuityRules(entry, catalog));
  }
  return problems;
}
