/**
 * Items followed across years: an uppdrag or nyckeltal that `continues` one in an earlier
 * plan forms a chain, read as one line from the oldest plan to the newest, and for
 * nyckeltal one series of results and targets that a chart can draw across the years.
 */
import type { NyckeltalStatus, Ref } from '../../schemas/index.ts';
import { type Catalog, type Entry, entries, resolve } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { planYears } from '#lib/core/titles.ts';

type ItemCollection = 'uppdrag' | 'nyckeltal';

/**
 * For every item, its chain across years, oldest first, the item itself included (a chain
 * of one when it continues nothing and nothing continues it). Built once for the catalog,
 * since the forward links (which item continues this one) need a look at all items.
 * Loops and forks are integrity errors; should either slip through, the walk still ends.
 */
export function buildLineage(catalog: Catalog): LineageOf {
  let lineage = built.get(catalog);
  if (!lineage) built.set(catalog, (lineage = indexLineage(catalog)));
  return lineage;
}

type LineageOf = <C extends ItemCollection>(ref: Ref<C>) => Entry<C>[];

// Every item page asks; the index over all items is built once per catalog, not per page.
const built = new WeakMap<Catalog, LineageOf>();

function indexLineage(catalog: Catalog): LineageOf {
  // `uppdrag/<id>` → the id of the item that continues it.
  const successor = new Map<string, string>();
  for (const collection of ['uppdrag', 'nyckeltal'] as const) {
    for (const item of entries(catalog, collection)) {
      const previous = item.data.continues;
      const key = previous && `${collection}/${previous.id}`;
      if (key && !successor.has(key)) successor.set(key, item.id);
    }
  }
  return <C extends ItemCollection>(ref: Ref<C>) => {
    // An item continues one of its own collection (the schema's `continues` says which).
    const item = (id: string | undefined) => (id === undefined ? undefined : resolve(catalog, { ...ref, id }));
    const start = resolve(catalog, ref);
    if (!start) return [];
    const seen = new Set([start.id]);
    const chain: Entry<C>[] = [start];
    for (let prev = item(start.data.continues?.id); prev && !seen.has(prev.id);) {
      seen.add(prev.id);
      chain.unshift(prev);
      prev = item(prev.data.continues?.id);
    }
    for (let next = item(successor.get(`${ref.collection}/${start.id}`)); next && !seen.has(next.id);) {
      seen.add(next.id);
      chain.push(next);
      next = item(successor.get(`${ref.collection}/${next.id}`));
    }
    return chain;
  };
}

/** One step of a chain as `Lineage.astro` shows it. */
export interface LineageStep {
  href: string;
  title: string;
  /** The plan's years, `2024` or `2025–2027`. */
  years: string;
  planTitle: string;
  /** The step is the page being read. */
  current: boolean;
}

/** The steps of an item's own chain across years, the item marked as the current one. */
export function itemLineageSteps<C extends ItemCollection>(catalog: Catalog, item: Entry<C>): LineageStep[] {
  const collection: C = item.collection;
  return lineageSteps(catalog, collection, buildLineage(catalog)({ collection, id: item.id }), item.id);
}

export function lineageSteps<C extends ItemCollection>(
  catalog: Catalog,
  collection: C,
  chain: Entry<C>[],
  currentId: string,
): LineageStep[] {
  return chain.map((item) => {
    const plan = resolve(catalog, item.data.plan);
    const years = plan ? planYears(plan.data) : '';
    return {
      href: hrefFor({ collection, id: item.id }),
      title: item.data.title,
      years,
      planTitle: plan?.data.title ?? item.data.plan.id,
      current: item.id === currentId,
    };
  });
}

export interface LineageResult {
  /** The nyckeltal of the chain that reported it. */
  item: string;
  plan: string;
  period: Ref<'periods'>;
  year: number;
  /** Last day of the period, `YYYY-MM-DD`: the x position of the point. */
  endDate: string;
  value: number | null;
  status: NyckeltalStatus;
  comment: string;
}

export interface LineageTarget {
  item: string;
  plan: string;
  year: number;
  value: number;
  note?: string;
}

/**
 * A nyckeltal chain's results and targets as one series, in time order. Should two plans
 * of the chain give a value for the same period or year (rolling regionplans overlap), the
 * later plan's wins: it is the later decision. Each point names the item it came from, so
 * a table beside the chart can cite it.
 */
export function lineageSeries(
  catalog: Catalog,
  chain: Entry<'nyckeltal'>[],
): { results: LineageResult[]; targets: LineageTarget[] } {
  const results = new Map<string, LineageResult>();
  const targets = new Map<number, LineageTarget>();
  for (const item of chain) {
    for (const result of item.data.results) {
      const period = resolve(catalog, result.period);
      if (!period) continue;
      results.set(result.period.id, {
        item: item.id,
        plan: item.data.plan.id,
        period: result.period,
        year: period.data.year,
        endDate: period.data.endDate,
        value: result.value,
        status: result.status,
        comment: result.comment,
      });
    }
    for (const target of item.data.targets) {
      targets.set(target.year, {
        item: item.id,
        plan: item.data.plan.id,
        year: target.year,
        value: target.value,
        note: target.note,
      });
    }
  }
  return {
    results: [...results.values()].sort((a, b) => a.endDate.localeCompare(b.endDate)),
    targets: [...targets.values()].sort((a, b) => a.year - b.year),
  };
}
