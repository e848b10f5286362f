/** How many of a plan's items stood in each status at a period: the numbers reports quote. */
import {
  NYCKELTAL_STATUSES,
  UPPDRAG_STATUSES,
  type NyckeltalStatus,
  type Ref,
  type UppdragStatus,
} from '../../schemas/index.ts';
import { byPlan, type Catalog, type Entry, entries, perCatalog, resolve } from '#lib/core/catalog.ts';
import { type Lang, messages } from '#lib/i18n/index.ts';
import { format } from '#lib/i18n/words.ts';
import { keysOf, recordOf } from '#lib/core/guards.ts';

/** A plan's uppdrag or nyckeltal, by id. */
export function itemsOfPlan<C extends 'uppdrag' | 'nyckeltal'>(
  catalog: Catalog,
  collection: C,
  planId: string,
): Entry<C>[] {
  const byId: Map<string, Entry<C>[]> = itemsByPlan(catalog)[collection];
  return [...(byId.get(planId) ?? [])];
}

const itemsByPlan = perCatalog((catalog): { [C in 'uppdrag' | 'nyckeltal']: Map<string, Entry<C>[]> } => ({
  uppdrag: byPlan(entries(catalog, 'uppdrag')),
  nyckeltal: byPlan(entries(catalog, 'nyckeltal')),
}));

export function uppdragStatusAt(entry: Entry<'uppdrag'>, periodId: string): UppdragStatus | undefined {
  return entry.data.statuses.find((s) => s.period.id === periodId)?.status;
}

export function nyckeltalStatusAt(entry: Entry<'nyckeltal'>, periodId: string): NyckeltalStatus | undefined {
  return entry.data.results.find((r) => r.period.id === periodId)?.status;
}

/** Counts per status in vocabulary order; items with no status for the period count as `unreported`. */
export function countByStatus<S extends string>(vocabulary: readonly S[], statuses: (S | undefined)[]) {
  const counts = recordOf(vocabulary, () => 0);
  let unreported = 0;
  for (const status of statuses) {
    if (status === undefined) unreported += 1;
    else counts[status] += 1;
  }
  return { counts, unreported, total: statuses.length };
}

/** The status summary of a plan at one period, for uppdrag and for nyckeltal. */
export function planSummary(catalog: Catalog, planId: string, periodId: string) {
  return {
    uppdrag: countByStatus(
      UPPDRAG_STATUSES,
      itemsOfPlan(catalog, 'uppdrag', planId).map((e) => uppdragStatusAt(e, periodId)),
    ),
    nyckeltal: countByStatus(
      NYCKELTAL_STATUSES,
      itemsOfPlan(catalog, 'nyckeltal', planId).map((e) => nyckeltalStatusAt(e, periodId)),
    ),
  };
}

/** Periods in time order (by their last day), resolved from references. */
export function periodsInOrder(catalog: Catalog, refs: readonly Ref<'periods'>[]): Entry<'periods'>[] {
  return refs
    .map((ref) => resolve(catalog, ref))
    .filter((period): period is Entry<'periods'> => period !== undefined)
    .sort((a, b) => a.data.endDate.localeCompare(b.data.endDate));
}

/** The most recent status an uppdrag has, with the period and text that go with it. */
export function latestUppdragStatus(catalog: Catalog, entry: Entry<'uppdrag'>) {
  return uppdragHistory(catalog, entry)[0];
}

/** The most recent result of a nyckeltal, with its period. */
export function latestNyckeltalResult(catalog: Catalog, entry: Entry<'nyckeltal'>) {
  const latest = nyckeltalHistory(catalog, entry)[0];
  return latest && { period: latest.period, result: latest, status: latest.status };
}

/**
 * The status summary of a plan for each period of its follow-up plan, in time order.
 * `reported` is false for periods no item has a status for yet (not yet followed up).
 */
export function planSummaries(catalog: Catalog, planId: string) {
  const plan = catalog.plans.get(planId);
  if (!plan) return [];
  return periodsInOrder(catalog, plan.data.periods).map((period) => {
    const summary = planSummary(catalog, planId, period.id);
    const reported =
      summary.uppdrag.unreported < summary.uppdrag.total || summary.nyckeltal.unreported < summary.nyckeltal.total;
    return { period, ...summary, reported };
  });
}

type Counted<S extends string> = { counts: Record<S, number>; unreported: number; total: number };

/**
 * The counts in words, as the reports put them: "2 av 38 uppdrag helt uppfyllda,
 * 35 delvis uppfyllda och 1 ej uppfyllt". `noun` is the plan's own word for the items.
 */
export function statusSentence<S extends string>(
  summary: Counted<S>,
  noun: { one: string; many: string },
  words: Record<S, { one: string; many: string }>,
  lang: Lang = 'sv',
): string {
  const t = messages(lang).charts.counts;
  const { formatCount, formatNumber, joinList } = format(lang);
  const parts = keysOf(summary.counts).map((status, index) => {
    const count = summary.counts[status];
    const word = count === 1 ? words[status].one : words[status].many;
    const of = index === 0 ? t.of(formatCount(summary.total, noun)) : '';
    return `${formatNumber(count, 0)}${of} ${word}`;
  });
  if (summary.unreported > 0) parts.push(t.unreported(formatNumber(summary.unreported, 0)));
  return joinList(parts);
}

/** What was reported per period, newest period first, with the periods resolved. */
function historyOf<R extends { period: Ref<'periods'> }>(
  catalog: Catalog,
  reported: readonly R[],
): (Omit<R, 'period'> & { period: Entry<'periods'> })[] {
  const byPeriod = new Map<string, R>();
  for (const report of reported) if (!byPeriod.has(report.period.id)) byPeriod.set(report.period.id, report);
  return periodsInOrder(
    catalog,
    reported.map((r) => r.period),
  )
    .reverse()
    .flatMap((period) => {
      const report = byPeriod.get(period.id);
      return report ? [{ ...report, period }] : [];
    });
}

/** An uppdrag's statuses, newest period first, with the periods resolved. */
export const uppdragHistory = (catalog: Catalog, entry: Entry<'uppdrag'>) => historyOf(catalog, entry.data.statuses);

/** A nyckeltal's results, newest period first, with the periods resolved. */
export const nyckeltalHistory = (catalog: Catalog, entry: Entry<'nyckeltal'>) => historyOf(catalog, entry.data.results);
