/** How many of a plan's items stood in each status at a period: the numbers reports quote. */
import { NYCKELTAL_STATUSES, UPPDRAG_STATUSES, type NyckeltalStatus, type UppdragStatus } from '../schemas/index.ts';
import { type Catalog, type Entry, entries } from './catalog.ts';

export function itemsOfPlan<C extends 'uppdrag' | 'nyckeltal'>(catalog: Catalog, collection: C, planId: string): Entry<C>[] {
  return entries(catalog, collection).filter((entry) => entry.data.plan.id === planId);
}

export function uppdragStatusAt(entry: Entry<'uppdrag'>, periodId: string): UppdragStatus | undefined {
  return entry.data.statuses.find((s) => s.period.id === periodId)?.status;
}

export function nyckeltalStatusAt(entry: Entry<'nyckeltal'>, periodId: string): NyckeltalStatus | undefined {
  return entry.data.results.find((r) => r.period.id === periodId)?.status;
}

/** Counts per status in vocabulary order; items with no status for the period count as `unreported`. */
export function countByStatus<S extends string>(vocabulary: readonly S[], statuses: (S | undefined)[]) {
  const counts = Object.fromEntries(vocabulary.map((s) => [s, 0])) as Record<S, number>;
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
