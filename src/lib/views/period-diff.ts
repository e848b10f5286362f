/**
 * What changed between two follow-ups of the same plan: which items changed status and in
 * which direction, and how many moved from each status to each other one.
 */
import { NYCKELTAL_STATUSES, type NyckeltalStatus } from '../../schemas/index.ts';
import { byPlan, type Catalog, type Entry, entries, entryFor, perCatalog, resolve } from '#lib/core/catalog.ts';
import { type Lang, messages } from '#lib/i18n/index.ts';
import { format, labels } from '#lib/i18n/words.ts';
import { keysOf } from '#lib/core/guards.ts';
import { itemsOfPlan, nyckeltalStatusAt, planSummaries, uppdragStatusAt } from './status-summary.ts';

/**
 * `battre`/`samre`: up or down the scale helt > delvis > ej uppfyllt. `ej-jamforbar`: to or
 * from "går ej att mäta", which is not a step on that scale. `ny`: a status where there was
 * none; `utgar`: none where there was one.
 */
export type ChangeDirection = 'battre' | 'samre' | 'ej-jamforbar' | 'ny' | 'utgar';

const RANK: Partial<Record<NyckeltalStatus, number>> = { 'ej-uppfyllt': 0, 'delvis-uppfyllt': 1, 'helt-uppfyllt': 2 };

/** The direction of a change of status, or `undefined` when nothing changed. */
export function changeDirection(
  from: NyckeltalStatus | undefined,
  to: NyckeltalStatus | undefined,
): ChangeDirection | undefined {
  if (from === to) return undefined;
  if (from === undefined) return 'ny';
  if (to === undefined) return 'utgar';
  const [a, b] = [RANK[from], RANK[to]];
  if (a === undefined || b === undefined) return 'ej-jamforbar';
  return b > a ? 'battre' : 'samre';
}

export interface StatusChange<T, S extends NyckeltalStatus = NyckeltalStatus> {
  item: T;
  from: S | undefined;
  to: S | undefined;
  direction: ChangeDirection;
}

/** The items whose status differs between two periods, in the order given. */
export function statusChanges<T, S extends NyckeltalStatus>(
  items: readonly T[],
  statusAt: (item: T, periodId: string) => S | undefined,
  fromPeriod: string,
  toPeriod: string,
): StatusChange<T, S>[] {
  return items.flatMap((item) => {
    const from = statusAt(item, fromPeriod);
    const to = statusAt(item, toPeriod);
    const direction = changeDirection(from, to);
    return direction ? [{ item, from, to, direction }] : [];
  });
}

/** Scale order for reading: helt, delvis, ej uppfyllt, går ej att mäta, then no status. */
const orderOf = (status: NyckeltalStatus | undefined) =>
  status === undefined ? NYCKELTAL_STATUSES.length : NYCKELTAL_STATUSES.indexOf(status);

/**
 * How many items went from each status to each other status, unchanged ones included, so
 * the flow between two reports can be read as a table. Only pairs that occur are listed,
 * in the order of the scale (by the earlier status, then the later one), not the items'.
 */
export function transitions<T, S extends NyckeltalStatus>(
  items: readonly T[],
  statusAt: (item: T, periodId: string) => S | undefined,
  fromPeriod: string,
  toPeriod: string,
): { from: S | undefined; to: S | undefined; count: number }[] {
  const counts = new Map<string, { from: S | undefined; to: S | undefined; count: number }>();
  for (const item of items) {
    const from = statusAt(item, fromPeriod);
    const to = statusAt(item, toPeriod);
    const key = `${from}>${to}`;
    const row = counts.get(key) ?? { from, to, count: 0 };
    row.count += 1;
    counts.set(key, row);
  }
  return [...counts.values()].sort((a, b) => orderOf(a.from) - orderOf(b.from) || orderOf(a.to) - orderOf(b.to));
}

/**
 * What changed between two reports in one plain sentence, unchanged items included:
 * "Av 5 uppdrag har 1 fått bättre status och 1 fått sämre status. 3 har samma status som
 * i förra rapporten." `items` are all the plan's items, `changes` those whose status changed.
 */
export function changeSentence<T>(
  items: readonly T[],
  changes: readonly StatusChange<T>[],
  statusAt: (item: T) => NyckeltalStatus | undefined,
  noun: { one: string; many: string },
  lang: Lang = 'sv',
): string {
  const t = messages(lang).periodDiff;
  const { formatNumber, joinList } = format(lang);
  if (items.length === 0) return t.none(noun.many);
  const changed = new Set(changes.map((c) => c.item));
  const unchanged = items.filter((item) => !changed.has(item));
  const same = unchanged.filter((item) => statusAt(item) !== undefined).length;
  const never = unchanged.length - same;
  const n = (count: number) => formatNumber(count, 0);
  const parts = keysOf(t.changes).flatMap((direction) => {
    const count = changes.filter((c) => c.direction === direction).length;
    return count > 0 ? [`${n(count)} ${t.changes[direction]}`] : [];
  });
  const rest = [same > 0 && t.same(n(same)), never > 0 && t.never(n(never))].filter((part) => part !== false);
  const of = `${n(items.length)} ${items.length === 1 ? noun.one : noun.many}`;
  if (parts.length === 0) {
    if (never === 0) return t.allSame(of, items.length === 1);
    return t.noneChanged(of, joinList(rest));
  }
  const first = t.changed(of, joinList(parts));
  return rest.length > 0 ? `${first} ${joinList(rest)}.` : first;
}

/**
 * A plan's reports in time order: by the period they report on, then by date. A report
 * without a known date goes first within its period: the region's follow-ups build on
 * the undated tertial and year reports, never the other way round.
 */
export function reportsOfPlan(catalog: Catalog, planId: string): Entry<'reports'>[] {
  return [...(reportsByPlan(catalog).get(planId) ?? [])];
}

const reportsByPlan = perCatalog((catalog) => {
  const endOf = (report: Entry<'reports'>) => resolve(catalog, report.data.period)?.data.endDate ?? '';
  const index = byPlan(entries(catalog, 'reports'));
  for (const reports of index.values()) {
    reports.sort(
      (a, b) =>
        endOf(a).localeCompare(endOf(b)) ||
        (a.data.date ?? '').localeCompare(b.data.date ?? '') ||
        a.id.localeCompare(b.id),
    );
  }
  return index;
});

/**
 * A report compared with the previous report of the same plan, the one on the latest
 * earlier period. Reports on the same period show the same statuses, so they are listed
 * as `samePeriod` rather than compared.
 */
export function compareWithPrevious(catalog: Catalog, report: Entry<'reports'>, lang: Lang = 'sv') {
  const all = reportsOfPlan(catalog, report.data.plan.id);
  const period = resolve(catalog, report.data.period);
  const endDate = period?.data.endDate ?? '';
  const earlier = all.filter((other) => (resolve(catalog, other.data.period)?.data.endDate ?? '') < endDate);
  const previous = earlier.at(-1);
  const samePeriod = all.filter((other) => other.id !== report.id && other.data.period.id === report.data.period.id);
  if (!previous) return { previous, samePeriod, uppdrag: [], nyckeltal: [], sentences: undefined };
  const planId = report.data.plan.id;
  const [from, to] = [previous.data.period.id, report.data.period.id];
  const words = labels(lang).VOCABULARY_LABELS[entryFor(catalog, report.data.plan).data.vocabulary];
  const uppdragItems = itemsOfPlan(catalog, 'uppdrag', planId);
  const nyckeltalItems = itemsOfPlan(catalog, 'nyckeltal', planId);
  const uppdrag = statusChanges(uppdragItems, uppdragStatusAt, from, to);
  const nyckeltal = statusChanges(nyckeltalItems, nyckeltalStatusAt, from, to);
  return {
    previous,
    samePeriod,
    uppdrag,
    nyckeltal,
    /** What changed, in a sentence each, in the plan's own words for its items. */
    sentences: {
      uppdrag: changeSentence(uppdragItems, uppdrag, (u) => uppdragStatusAt(u, to), words.uppdrag, lang),
      nyckeltal: changeSentence(nyckeltalItems, nyckeltal, (n) => nyckeltalStatusAt(n, to), words.nyckeltal, lang),
    },
  };
}

/**
 * How statuses moved between each pair of consecutive followed-up periods of a plan:
 * for uppdrag and nyckeltal, the count per (from, to) pair, unchanged items included.
 */
export function planTransitions(catalog: Catalog, planId: string) {
  const reported = planSummaries(catalog, planId).filter((s) => s.reported);
  const uppdrag = itemsOfPlan(catalog, 'uppdrag', planId);
  const nyckeltal = itemsOfPlan(catalog, 'nyckeltal', planId);
  return reported.slice(1).map((to, index) => {
    const from = reported[index];
    return {
      from: from.period,
      to: to.period,
      uppdrag: transitions(uppdrag, uppdragStatusAt, from.period.id, to.period.id),
      nyckeltal: transitions(nyckeltal, nyckeltalStatusAt, from.period.id, to.period.id),
    };
  });
}
