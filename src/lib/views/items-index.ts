/**
 * The /uppdrag/ and /nyckeltal/ pages: the items of one kind of the plans in use, plan by
 * plan, with their latest status, and a pointer to each plan's page where the list can be
 * filtered; older plans by name and count only. A region that follows up ten years of plans
 * would otherwise list every item of every year on one page (at 100 times the bundled
 * content, 3 800 uppdrag and over 50 kB), when readers come for this year's.
 */
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { latestFollowedUpPlans } from '#lib/content/plan-order.ts';
import { nyckeltalTermHref } from '#lib/core/glossary.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { type Lang, messages } from '#lib/i18n/index.ts';
import { type ItemRow, planItemRows, planWords } from './plan-view.ts';

export interface PlanItems {
  /** The id of the plan's heading. */
  id: string;
  title: string;
  href: string;
  /** Where the plan's page lists its items with the filters. */
  listHref: string;
  /** `12 uppdrag`, in the plan's own words for its items. */
  count: string;
  rows: ItemRow[];
}

/** The plans in use (`current`) and the older ones (`older`), each in plan id order. */
export interface ItemsByPlan {
  current: PlanItems[];
  older: PlanItems[];
}

/**
 * Each plan that has items of the collection, in plan id order, with those items: in
 * `current` each body's newest plan followed up in a report and any newer one, as the start
 * page and search count them; the others in `older`.
 */
export function itemsPerPlan(catalog: Catalog, collection: 'uppdrag' | 'nyckeltal'): ItemsByPlan {
  const inUse = new Set(
    latestFollowedUpPlans(catalog).flatMap(({ plan, newer }) => [plan.id, ...newer.map((p) => p.id)]),
  );
  const byPlan: ItemsByPlan = { current: [], older: [] };
  for (const plan of entries(catalog, 'plans')) {
    const rows = planItemRows(catalog, plan.id).filter((row) => row.collection === collection);
    if (rows.length === 0) continue;
    const href = hrefFor({ collection: 'plans', id: plan.id });
    byPlan[inUse.has(plan.id) ? 'current' : 'older'].push({
      id: `plan-${plan.id}`,
      title: plan.data.title,
      href,
      listHref: `${href}#lista`,
      count: `${rows.length} ${planWords(plan)[collection].many}`,
      rows,
    });
  }
  return byPlan;
}

/** The /nyckeltal/ page: its nyckeltal per plan, and where the glossary explains short- and long-term ones. */
export function nyckeltalIndex(catalog: Catalog, lang: Lang = 'sv') {
  const { glossary } = messages(lang);
  return {
    plans: itemsPerPlan(catalog, 'nyckeltal'),
    shortTermHref: nyckeltalTermHref('kortsiktig', glossary),
    longTermHref: nyckeltalTermHref('langsiktig', glossary),
  };
}
