/**
 * A plan as its page shows it: which plan of its body is the current one, its items grouped
 * by strategy with their latest status, and the filtered views that replace a script.
 */
import { hasExampleStatus } from '#lib/content/examples.ts';
import { NYCKELTAL_STATUSES, type NyckeltalStatus, UPPDRAG_STATUSES } from '../../schemas/index.ts';
import { type Catalog, type Entry, perCatalog, resolve } from '#lib/core/catalog.ts';
import { type Lang, messages } from '#lib/i18n/index.ts';
import { format, labels } from '#lib/i18n/words.ts';
import { hrefFor, planFilterHref } from '#lib/core/routes.ts';
import { plansOfBody } from '#lib/content/plan-order.ts';
import {
  itemsOfPlan,
  latestNyckeltalResult,
  latestUppdragStatus,
  nyckeltalStatusAt,
  uppdragStatusAt,
} from './status-summary.ts';

/** What the plan calls its items: uppdrag and nyckeltal, or resultatmål and mätetal in 2020. */
export function planWords(plan: Entry<'plans'>, lang: Lang = 'sv') {
  return labels(lang).VOCABULARY_LABELS[plan.data.vocabulary];
}

/**
 * What the plan's own documents say it contains, as phrases for a sentence: `38 uppdrag (20
 * från regionplanen och 18 egna)`, `23 nyckeltal`, `102 aktiviteter`. Empty when they say nothing.
 */
export function statedContents(plan: Entry<'plans'>, lang: Lang = 'sv'): string[] {
  const stated = plan.data.stated;
  if (!stated) return [];
  const m = messages(lang);
  const { formatCount } = format(lang);
  const words = planWords(plan, lang);
  const origin =
    stated.uppdragFromRegionplan !== undefined && stated.uppdragOwn !== undefined
      ? m.planView.origin(stated.uppdragFromRegionplan, stated.uppdragOwn)
      : '';
  return [
    stated.uppdrag !== undefined && formatCount(stated.uppdrag, words.uppdrag) + origin,
    stated.nyckeltal !== undefined && formatCount(stated.nyckeltal, words.nyckeltal),
    stated.activities !== undefined && formatCount(stated.activities, m.pages.activities.activity),
  ].filter((part) => typeof part === 'string');
}

/**
 * A body's current plan is its newest one; the others are its earlier plans ("Tidigare
 * plan"). Newest by the years in the plan, not by today's date, so a build never depends
 * on the day it runs.
 */
export function planLineage(catalog: Catalog, plan: Entry<'plans'>) {
  const [current, ...earlier] = plansOfBody(catalog, plan.data.body.id);
  return { current, earlier, isCurrent: current.id === plan.id };
}

/**
 * The plan's place among its body's plans as `PlanLineage.astro` shows it: the badge, the
 * newest plan, and every plan of the body (newest first) when there is more than one.
 */
export function planLineageLinks(catalog: Catalog, plan: Entry<'plans'>) {
  const { current, earlier, isCurrent } = planLineage(catalog, plan);
  const link = (p: Entry<'plans'>) => ({
    href: hrefFor({ collection: 'plans', id: p.id }),
    title: p.data.title,
    self: p.id === plan.id,
  });
  return {
    isCurrent,
    body: resolve(catalog, plan.data.body)?.data.name ?? plan.data.body.id,
    current: link(current),
    all: earlier.length > 0 ? [current, ...earlier].map(link) : [],
  };
}

export type PlanLineageLinks = ReturnType<typeof planLineageLinks>;

export interface ItemRow {
  collection: 'uppdrag' | 'nyckeltal';
  id: string;
  href: string;
  title: string;
  /** The latest reported status, with the period it is for; undefined when none yet. */
  status: NyckeltalStatus | undefined;
  period: Entry<'periods'> | undefined;
  strategy: string;
  illustrative: boolean;
  /** The status is an example, not a reported one. */
  exampleStatus: boolean;
  /** The source of the statistics an item is followed with instead of reported statuses (said instead of a period). */
  statistics?: string;
}

/** A plan's uppdrag and nyckeltal with their latest status, as rows for lists. */
export function planItemRows(catalog: Catalog, planId: string): ItemRow[] {
  return [...perPlan(rowsOfPlan, catalog, planId, () => itemRows(catalog, planId))];
}

// The plan page, each of its filtered views and every list ask for the same rows and views.
const rowsOfPlan = perCatalog(() => new Map<string, ItemRow[]>());
const viewsOfPlan = perCatalog(() => new Map<string, FilterView[]>());

function perPlan<T>(cache: (catalog: Catalog) => Map<string, T>, catalog: Catalog, planId: string, build: () => T): T {
  const map = cache(catalog);
  let value = map.get(planId);
  if (value === undefined) map.set(planId, (value = build()));
  return value;
}

function itemRows(catalog: Catalog, planId: string): ItemRow[] {
  const uppdrag = itemsOfPlan(catalog, 'uppdrag', planId).map((entry): ItemRow => {
    const latest = latestUppdragStatus(catalog, entry);
    return row('uppdrag', entry, latest?.status, latest?.period);
  });
  const nyckeltal = itemsOfPlan(catalog, 'nyckeltal', planId).map((entry): ItemRow => {
    const latest = latestNyckeltalResult(catalog, entry);
    return row('nyckeltal', entry, latest?.status, latest?.period);
  });
  return [...uppdrag, ...nyckeltal].sort((a, b) => a.title.localeCompare(b.title, 'sv'));
}

function row(
  collection: 'uppdrag' | 'nyckeltal',
  entry: Entry<'uppdrag'> | Entry<'nyckeltal'>,
  status: NyckeltalStatus | undefined,
  period: Entry<'periods'> | undefined,
): ItemRow {
  return {
    collection,
    id: entry.id,
    href: hrefFor({ collection, id: entry.id }),
    title: entry.data.title,
    status,
    period,
    strategy: entry.data.strategy.id,
    illustrative: entry.data.illustrative !== undefined,
    exampleStatus: status !== undefined && hasExampleStatus(entry.data),
    statistics:
      status === undefined && 'series' in entry.data && entry.data.series.length > 0
        ? entry.data.source.name
        : undefined,
  };
}

export interface StrategyGroup {
  /** The strategy's id, as items refer to it. */
  id: string;
  strategy: Entry<'strategies'> | undefined;
  /** Fragment id of the group's section on the plan page. */
  anchor: string;
  uppdrag: ItemRow[];
  nyckeltal: ItemRow[];
}

/** Rows grouped by strategy, in the strategies' order in their regionplan. */
export function groupByStrategy(catalog: Catalog, rows: readonly ItemRow[]): StrategyGroup[] {
  const ids = [...new Set(rows.map((r) => r.strategy))];
  const order = (id: string) => catalog.strategies.get(id)?.data.order ?? Number.MAX_SAFE_INTEGER;
  return ids
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((id) => ({
      id,
      strategy: resolve(catalog, { collection: 'strategies', id }),
      anchor: strategyAnchor(id),
      uppdrag: rows.filter((r) => r.strategy === id && r.collection === 'uppdrag'),
      nyckeltal: rows.filter((r) => r.strategy === id && r.collection === 'nyckeltal'),
    }));
}

export function strategyAnchor(strategyId: string): string {
  return `strategi-${strategyId}`;
}

/** `alla` in a filter path means "no filter on this". */
export const ALL = 'alla';

export interface FilterView {
  planId: string;
  status: NyckeltalStatus | typeof ALL;
  strategy: string;
  href: string;
  rows: ItemRow[];
}

/**
 * Every combination of status and strategy that some item of the plan has, as a page of
 * its own, so filtering works with plain links and no script. "Alla" + "alla" is the plan
 * page. A combination no item has gets no page: the filter shows it without a link.
 */
export function filterViews(catalog: Catalog, planId: string): FilterView[] {
  return [...perPlan(viewsOfPlan, catalog, planId, () => buildFilterViews(catalog, planId))];
}

function buildFilterViews(catalog: Catalog, planId: string): FilterView[] {
  const rows = planItemRows(catalog, planId);
  const statuses = NYCKELTAL_STATUSES.filter((s) => rows.some((r) => r.status === s));
  const strategies = groupByStrategy(catalog, rows).map((g) => g.id);
  const views: FilterView[] = [];
  for (const status of [ALL, ...statuses] as const) {
    for (const strategy of [ALL, ...strategies]) {
      if (status === ALL && strategy === ALL) continue;
      const matching = rows.filter(
        (r) => (status === ALL || r.status === status) && (strategy === ALL || r.strategy === strategy),
      );
      if (matching.length === 0) continue;
      views.push({ planId, status, strategy, href: planFilterHref(planId, status, strategy), rows: matching });
    }
  }
  return views;
}

export type FilterOptions = ReturnType<typeof filterOptions>;

/**
 * The choices offered by the filter, with how many items each would show. A choice that
 * would show none has no `href`: there is no page for it (see `filterViews`).
 */
export function filterOptions(catalog: Catalog, planId: string, current: { status: string; strategy: string }) {
  const rows = planItemRows(catalog, planId);
  const statuses = NYCKELTAL_STATUSES.filter((s) => rows.some((r) => r.status === s));
  const groups = groupByStrategy(catalog, rows);
  const matches = (status: string, strategy: string) =>
    rows.filter((r) => (status === ALL || r.status === status) && (strategy === ALL || r.strategy === strategy)).length;
  const option = (status: string, strategy: string) => {
    const count = matches(status, strategy);
    return { count, href: count > 0 ? planFilterHref(planId, status, strategy) : undefined };
  };
  return {
    statuses: [ALL, ...statuses].map((status) => ({
      key: status,
      ...option(status, current.strategy),
      selected: status === current.status,
    })),
    strategies: [ALL, ...groups.map((g) => g.id)].map((strategy) => ({
      key: strategy,
      title: strategy === ALL ? undefined : (catalog.strategies.get(strategy)?.data.title ?? strategy),
      ...option(current.status, strategy),
      selected: strategy === current.strategy,
    })),
  };
}

/**
 * A plan's uppdrag or nyckeltal with their status at one period, grouped by status in
 * vocabulary order, items without a status for the period last: a report's snapshot.
 */
export function statusSnapshot(
  catalog: Catalog,
  planId: string,
  period: Entry<'periods'>,
  collection: 'uppdrag' | 'nyckeltal',
) {
  const rows =
    collection === 'uppdrag'
      ? itemsOfPlan(catalog, 'uppdrag', planId).map((e) => row('uppdrag', e, uppdragStatusAt(e, period.id), period))
      : itemsOfPlan(catalog, 'nyckeltal', planId).map((e) =>
          row('nyckeltal', e, nyckeltalStatusAt(e, period.id), period),
        );
  rows.sort((a, b) => a.title.localeCompare(b.title, 'sv'));
  const vocabulary: readonly NyckeltalStatus[] = collection === 'uppdrag' ? UPPDRAG_STATUSES : NYCKELTAL_STATUSES;
  return [...vocabulary, undefined]
    .map((status) => ({ status, rows: rows.filter((r) => r.status === status) }))
    .filter((group) => group.rows.length > 0);
}
