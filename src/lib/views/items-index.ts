/**
 * The /uppdrag/ and /nyckeltal/ pages: every item of one kind, plan by plan, with its latest
 * status, and a pointer to the plan's page where the list can be filtered.
 */
import { type Catalog, entries } from '#lib/core/catalog.ts';
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

/** Each plan that has items of the collection, in plan id order, with those items. */
export function itemsPerPlan(catalog: Catalog, collection: 'uppdrag' | 'nyckeltal'): PlanItems[] {
  return entries(catalog, 'plans').flatMap((plan) => {
    const rows = planItemRows(catalog, plan.id).filter((row) => row.collection === collection);
    if (rows.length === 0) return [];
    const href = hrefFor({ collection: 'plans', id: plan.id });
    return [
      {
        id: `plan-${plan.id}`,
        title: plan.data.title,
        href,
        listHref: `${href}#lista`,
        count: `${rows.length} ${planWords(plan)[collection].many}`,
        rows,
      },
    ];
  });
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
