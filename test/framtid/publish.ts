/**
 * A synthetic next period, published as staff publish one (docs/publicera.md): the new plan
 * year and its periods written by hand (there is no command for them), then the repository's
 * own commands: `npm run new` for an uppdrag, a decision and the report citing it, `npm run
 * import` for a result of every uppdrag and kortsiktigt nyckeltal of the plans that follow the
 * period up, and `npm run new` plus `npm run kolada` (with a Kolada answer from
 * test/fixtures/kolada/) for a new långsiktigt nyckeltal. Everything is derived from the
 * content it is given, never from what content/ holds today, so it works period after period.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { formatProblems } from '#lib/core/problems.ts';
import { periodLabel } from '#lib/core/titles.ts';
import { validateContent } from '../../src/data/content-files.ts';

/** Runs a staff command (`import`, `new`, `kolada`) on the content; throws with its output when it fails. */
export type Command = (script: string, args: string[]) => void;

/** What was published, for the report. */
export interface Published {
  plan: string;
  period: string;
  following: string[];
  results: number;
  uppdrag: string;
  decision: string;
  report: string;
  kolada: string;
}

/** Every synthetic entry carries the example mark: none of it comes from the sources. */
const EXAMPLE = 'Framtidsprov i testerna (npm run test:framtid), inte från källorna.';
/** The made-up Kolada indicator of test/fixtures/kolada/paged/. */
const KOLADA_FIXTURE = { kpi: 'N99001', file: 'test/fixtures/kolada/paged/n99001.json', areas: '0023,0000' };
const PERIOD_END = { april: '04-30', augusti: '08-31', helar: '12-31' } as const;
const REPORT_KIND = { april: 'tertialrapport', augusti: 'delarsrapport', helar: 'arsredovisning' } as const;
const STATUS_WORDS = ['Helt uppfyllt', 'Delvis uppfyllt', 'Ej uppfyllt'];

type Kind = keyof typeof PERIOD_END;
const periodId = (kind: Kind, year: number) => (kind === 'helar' ? `helar-${year}` : `per-${kind}-${year}`);

function catalogOf(content: string): Catalog {
  const { problems, catalog } = validateContent(dirname(content), content);
  if (problems.length > 0) throw new Error(`Innehållet har fel:\n${formatProblems(problems)}`);
  return catalog;
}

function writeJson(file: string, data: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/**
 * A period file, as docs/publicera.md says to write one, unless it is there already. It is
 * marked as an example like everything this test invents: no source follows it up.
 */
function ensurePeriod(content: string, catalog: Catalog, kind: Kind, year: number): string {
  const id = periodId(kind, year);
  if (!catalog.periods.has(id))
    writeJson(join(content, 'periods', `${id}.json`), {
      $schema: '../../public/schema/periods.json',
      year,
      kind,
      endDate: `${year}-${PERIOD_END[kind]}`,
      illustrative: EXAMPLE,
    });
  return id;
}

/** Items of a plan that are followed up per period: its uppdrag and kortsiktiga nyckeltal. */
function followedItems(catalog: Catalog, plan: string) {
  return {
    uppdrag: entries(catalog, 'uppdrag').filter((u) => u.data.plan.id === plan),
    nyckeltal: entries(catalog, 'nyckeltal').filter((n) => n.data.plan.id === plan && n.data.term === 'kortsiktig'),
  };
}

/** The next year's plan of the body with the newest plan och budget, by hand: its periods and its file. */
function newPlanYear(content: string, catalog: Catalog): string {
  const plans = entries(catalog, 'plans').filter((p) => p.data.kind === 'plan-och-budget');
  const newest = plans.sort((a, b) => b.data.endYear - a.data.endYear)[0];
  const year = newest.data.endYear + 1;
  const body = newest.data.body.id;
  const parent = entries(catalog, 'plans').find(
    (p) => p.data.kind === 'regionplan' && p.data.startYear <= year && year <= p.data.endYear,
  );
  const id = `framtidsprov-plan-${year}`;
  const periods = (['april', 'augusti', 'helar'] as const).map((kind) => ensurePeriod(content, catalog, kind, year));
  writeJson(join(content, 'plans', `${id}.json`), {
    $schema: '../../public/schema/plans.json',
    title: `Framtidsprov: plan och budget ${year}`,
    body,
    kind: 'plan-och-budget',
    startYear: year,
    endYear: year,
    vocabulary: newest.data.vocabulary,
    ...(parent ? { parent: parent.id } : {}),
    summary: `En påhittad plan för ${year}, för att pröva att ett nytt planår kan publiceras.`,
    decisions: [],
    periods,
    illustrative: EXAMPLE,
  });
  return id;
}

/** The first period after the newest one reported, among the plans' periods, and the plans that follow it up. */
function nextPeriod(catalog: Catalog, newPlan: string): { period: string; plans: string[] } {
  const end = (id: string) => catalog.periods.get(id)!.data.endDate;
  const reported = [
    ...entries(catalog, 'uppdrag').flatMap((u) => u.data.statuses.map((s) => s.period.id)),
    ...entries(catalog, 'nyckeltal').flatMap((n) => n.data.results.map((r) => r.period.id)),
  ];
  const newest = reported.sort((a, b) => end(a).localeCompare(end(b))).at(-1);
  const later = entries(catalog, 'plans').flatMap((plan) =>
    plan.data.periods
      .map((p) => p.id)
      .filter((p) => !newest || end(p) > end(newest))
      .map((period) => ({ period, plan: plan.id })),
  );
  const withItems = later.filter(({ plan }) => {
    const items = followedItems(catalog, plan);
    return items.uppdrag.length + items.nyckeltal.length > 0;
  });
  const pool = withItems.length > 0 ? withItems : later.filter(({ plan }) => plan === newPlan);
  const period = pool.map((c) => c.period).sort((a, b) => end(a).localeCompare(end(b)))[0];
  return { period, plans: [...new Set(pool.filter((c) => c.period === period).map((c) => c.plan))].sort() };
}

/** A strategy the plan's items may name: one of the plan's own, or of the regionplan it builds on. */
function strategyFor(catalog: Catalog, plan: string): string {
  const data = catalog.plans.get(plan)!.data;
  const allowed = [plan, ...(data.parent ? [data.parent.id] : [])];
  const strategy = entries(catalog, 'strategies').find((s) => allowed.includes(s.data.plan.id));
  if (!strategy) throw new Error(`Planen ${plan} har ingen strategi att knyta ett nytt uppdrag till.`);
  return strategy.id;
}

/** A cell for Swedish Excel: quoted when it holds a semicolon, a quote or a line break. */
const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The planning system's export of one period for the given plans, as Swedish Excel saves it
 * (BOM, semicolons, decimal comma, CRLF), with the columns of scripts/mappings/stratsys.json
 * and Insyn's id on every row. Statuses go round helt, delvis, ej; a nyckeltal that could not
 * be measured last time stays so; values are last period's plus a tenth, or a fixed number.
 */
function planningExport(catalog: Catalog, plans: string[], word: string): { text: string; rows: number } {
  const rows: string[][] = [['Insyn-id', 'Namn', 'Nodtyp', 'Period', 'Status', 'Utfall', 'Kommentar']];
  for (const plan of plans) {
    const { uppdrag, nyckeltal } = followedItems(catalog, plan);
    uppdrag.forEach((u, i) =>
      rows.push([u.id, u.data.title, 'Uppdrag', word, STATUS_WORDS[i % 3], '', `Läget ${word}; arbetet pågår.`]),
    );
    nyckeltal.forEach((n, i) => {
      const last = n.data.results.at(-1);
      if (last?.status === 'gar-ej-att-mata') {
        rows.push([n.id, n.data.title, 'Indikator', word, 'Går ej att mäta', '', 'Kan inte mätas ännu.']);
        return;
      }
      const value = typeof last?.value === 'number' ? Math.round(last.value * 11) / 10 : 12.5;
      const shown = String(value).replace('.', ',');
      rows.push([n.id, n.data.title, 'Indikator', word, STATUS_WORDS[(i + 1) % 3], shown, `Utfallet är ${shown}.`]);
    });
  }
  return { text: `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`, rows: rows.length - 1 };
}

/**
 * Publishes a synthetic next period into `content` with `command`; `work` is a folder for the
 * export and mapping files staff would have beside the repository.
 */
export function publishNextPeriod(root: string, content: string, work: string, command: Command): Published {
  const plan = newPlanYear(content, catalogOf(content));
  let catalog = catalogOf(content);
  const { period, plans } = nextPeriod(catalog, plan);
  const data = catalog.periods.get(period)!.data;
  const target = plans[0];
  const day = (offset: number) => {
    const date = new Date(`${data.endDate}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + offset);
    return date.toISOString().slice(0, 10);
  };

  // An uppdrag of the new plan year, as new uppdrag come with a new plan.
  const label = periodLabel(catalog.periods.get(period)!);
  const uppdragTitle = `Framtidsprov: följa upp ${label} öppet`;
  const responsible =
    entries(catalog, 'uppdrag').find((u) => u.data.plan.id === target)?.data.responsibleUnit.id ??
    entries(catalog, 'units')[0].id;
  command('new', [
    'uppdrag',
    ...['--title', uppdragTitle, '--plan', plan, '--strategy', strategyFor(catalog, plan), '--origin', 'egen'],
    ...['--responsible', responsible],
    ...['--description', 'Ett påhittat uppdrag som prövar att en ny period kan publiceras.', '--illustrative', EXAMPLE],
  ]);
  catalog = catalogOf(content);
  const uppdrag = entries(catalog, 'uppdrag').find((u) => u.data.title === uppdragTitle)!.id;

  // Results of every followed item, through the documented mapping with the export's word for the period.
  const word = `Framtidsprov ${label}`;
  const exported = planningExport(catalog, plans, word);
  const csv = join(work, `export-${period}.csv`);
  writeFileSync(csv, exported.text);
  const mapping = JSON.parse(readFileSync(join(root, 'scripts/mappings/stratsys.json'), 'utf8'));
  const mappingFile = join(work, 'mappning.json');
  writeJson(mappingFile, { ...mapping, periods: { ...mapping.periods, [word]: period } });
  command('import', [csv, '--mapping', mappingFile, '--period', period, '--write']);

  // The board's decision on the report, then the report citing it, on a paragraph not yet taken.
  const body = catalog.plans.get(target)!.data.body.id;
  const date = day(30);
  const taken = new Set(entries(catalog, 'decisions').map((d) => d.id));
  let paragraph = 900;
  const short = catalog.bodies.get(body)!.data.shortName?.toLowerCase();
  while (taken.has(`${short}-${date}-${paragraph}`)) paragraph++;
  const before = new Set(taken);
  command('new', [
    'beslut',
    ...['--body', body, '--date', date, '--paragraph', String(paragraph), '--dnr', 'RS/999/2099'],
    ...['--title', `Framtidsprov: rapport ${label}`, '--summary', 'Styrelsen godkände rapporten.'],
    ...['--illustrative', EXAMPLE],
  ]);
  catalog = catalogOf(content);
  const decision = entries(catalog, 'decisions').find((d) => !before.has(d.id))!.id;
  const report = `framtidsprov-rapport-${period}`;
  command('new', [
    'rapport',
    ...['--id', report, '--title', `Framtidsprov: rapport ${label}`, '--kind', REPORT_KIND[data.kind]],
    ...['--plan', target, '--period', period, '--date', date, '--dnr', 'RS/999/2099'],
    ...['--summary', 'Läget för planens uppdrag och nyckeltal.', '--decision', decision, '--illustrative', EXAMPLE],
  ]);

  // A långsiktigt nyckeltal of the regionplan the target plan builds on, with Kolada's values.
  const regionplan = catalog.plans.get(target)!.data.parent?.id ?? target;
  const kolada = `framtidsprov-kolada-${period}`;
  command('new', [
    'nyckeltal',
    ...['--id', kolada, '--title', `Framtidsprov: Kolada ${label}`, '--plan', regionplan],
    ...['--strategy', strategyFor(catalog, regionplan), '--term', 'langsiktig', '--unit', 'kr/inv'],
    ...['--description', 'Ett påhittat mått från Kolada.', '--direction', 'lower', '--kolada', KOLADA_FIXTURE.kpi],
    ...['--illustrative', EXAMPLE],
  ]);
  command('kolada', [
    kolada,
    ...['--file', join(root, KOLADA_FIXTURE.file), '--area', KOLADA_FIXTURE.areas, '--retrieved', day(40), '--write'],
  ]);

  catalogOf(content);
  if (!existsSync(join(content, 'plans', `${plan}.json`))) throw new Error(`Planen ${plan} skrevs inte.`);
  return { plan, period, following: plans, results: exported.rows, uppdrag, decision, report, kolada };
}
