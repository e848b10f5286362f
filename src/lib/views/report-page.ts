/**
 * What a follow-up report's page shows, shaped once from the catalog: its facts, what changed
 * since the previous report of the same plan, its plan's items per status as of the report,
 * its decisions and documents. The page only lays this out (its charts are described in
 * `#lib/charts/`, a layer above this one).
 */
import { hasExampleStatus } from '#lib/content/examples.ts';
import { type Catalog, type Entry, entries, entryFor } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodLabel } from '#lib/core/titles.ts';
import { decisionCite } from './decision-cite.ts';
import { documentFacts, entryLink } from './links.ts';
import { linkedBothWays } from './lists.ts';
import { type ChangeDirection, compareWithPrevious, type StatusChange } from './period-diff.ts';
import { planWords, statusSnapshot } from './plan-view.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words as wordsIn } from '#lib/i18n/words.ts';

type Noun = { one: string; many: string };
type ItemKind = 'uppdrag' | 'nyckeltal';

/** The order the directions of change are listed in. */
const DIRECTIONS: ChangeDirection[] = ['battre', 'samre', 'ej-jamforbar', 'ny', 'utgar'];

/**
 * Items whose status changed, grouped by the direction of the change with a heading that
 * counts them ("Bättre: 2 uppdrag"); no group for a direction no item took.
 */
export function changeGroups(
  changes: readonly StatusChange<Entry<ItemKind>>[],
  collection: ItemKind,
  noun: Noun,
  lang: Lang,
) {
  const w = wordsIn(lang);
  return DIRECTIONS.map((direction) => changes.filter((c) => c.direction === direction))
    .filter((group) => group.length > 0)
    .map((group) => ({
      heading: `${w.labels.CHANGE_LABELS[group[0].direction]}: ${group.length} ${group.length === 1 ? noun.one : noun.many}`,
      changes: group.map((change) => ({
        href: hrefFor({ collection, id: change.item.id }),
        title: change.item.data.title,
        from: change.from,
        to: change.to,
        example: hasExampleStatus(change.item.data),
      })),
    }));
}

export type ChangeGroup = ReturnType<typeof changeGroups>[number];

/** The report's page; `links.documents` are those that name the report (its backlinks). */
export function reportPage(
  catalog: Catalog,
  report: Entry<'reports'>,
  { documents }: { documents: readonly Entry<'documents'>[] },
  lang: Lang,
) {
  const w = wordsIn(lang);
  const t = w.m.pages.report;
  const { data } = report;
  const plan = entryFor(catalog, data.plan);
  const period = entryFor(catalog, data.period);
  const words = planWords(plan, lang);
  const when = periodLabel(period, lang);
  return {
    kind: w.labels.REPORT_KIND_LABELS[data.kind],
    plan: { href: hrefFor(data.plan), title: plan.data.title },
    period: { href: hrefFor(data.period), label: when, until: w.format.formatDate(period.data.endDate) },
    date: data.date ? w.format.formatDate(data.date) : w.m.source.missing,
    noItems: t.noItems(words.uppdrag.many, words.nyckeltal.many),
    /** The activities counted in this report, each drawn as a chart of its own. */
    activities: entries(catalog, 'activities').filter((a) => a.data.counts.some((c) => c.report.id === report.id)),
    comparison: reportComparison(catalog, report, when, lang),
    snapshots: reportSnapshots(catalog, plan, period, words, lang),
    decisions: data.decisions.map((d) => decisionCite(catalog, entryFor(catalog, d), lang)),
    documents: linkedBothWays(catalog, data.documents, documents).map((d) => entryLink(d, documentFacts(d, lang))),
  };
}

/** What changed since the previous report of the plan, and the other reports on the same period. */
function reportComparison(catalog: Catalog, report: Entry<'reports'>, when: string, lang: Lang) {
  const w = wordsIn(lang);
  const t = w.m.pages.report;
  const comparison = compareWithPrevious(catalog, report, lang);
  const words = planWords(entryFor(catalog, report.data.plan), lang);
  const { previous } = comparison;
  const kinds = (['uppdrag', 'nyckeltal'] as const).map((kind) => ({
    heading: w.format.capitalize(words[kind].many),
    sentence: comparison.sentences?.[kind],
    groups: changeGroups(comparison[kind], kind, words[kind], lang),
  }));
  return {
    previous: previous && {
      href: hrefFor({ collection: 'reports', id: previous.id }),
      title: previous.data.title,
      period: t.previousPeriod(periodLabel(entryFor(catalog, previous.data.period), lang)),
      kinds,
    },
    samePeriod:
      comparison.samePeriod.length > 0
        ? { intro: t.samePeriod(when), links: comparison.samePeriod.map((r) => entryLink(r)) }
        : undefined,
  };
}

/** The plan's uppdrag and nyckeltal per status as of the report, under a heading that names them. */
function reportSnapshots(
  catalog: Catalog,
  plan: Entry<'plans'>,
  period: Entry<'periods'>,
  words: Record<ItemKind, Noun>,
  lang: Lang,
) {
  const w = wordsIn(lang);
  const t = w.m.pages.report;
  const kinds = (['uppdrag', 'nyckeltal'] as const)
    .map((kind) => ({ noun: words[kind], groups: statusSnapshot(catalog, plan.id, period, kind) }))
    .filter((s) => s.groups.length > 0);
  return {
    heading: t.perStatus(w.format.capitalize(kinds.map((s) => s.noun.many).join(t.and)), periodLabel(period, lang)),
    kinds: kinds.map(({ noun, groups }) => ({
      heading: w.format.capitalize(noun.many),
      groups: groups.map((g) => ({
        status: g.status,
        count: `${g.rows.length} ${g.rows.length === 1 ? noun.one : noun.many}`,
        links: g.rows.map((r) => ({ href: r.href, title: r.title, illustrative: r.illustrative })),
      })),
    })),
  };
}
