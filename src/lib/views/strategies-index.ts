/** The /strategier/ page: each plan with strategies, and its strategies in their order. */
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import type { EntryLink } from './links.ts';

/** A plan's section: its heading's anchor and link, and its strategies, numbered. */
export interface StrategiesOfPlan {
  anchor: string;
  href: string;
  title: string;
  strategies: EntryLink[];
}

/** The plans with strategies, in the catalogue's order; a plan without any is left out. */
export function strategiesIndex(catalog: Catalog): StrategiesOfPlan[] {
  return entries(catalog, 'plans')
    .map((plan) => ({
      plan,
      strategies: entries(catalog, 'strategies')
        .filter((s) => s.data.plan.id === plan.id)
        .sort((a, b) => a.data.order - b.data.order),
    }))
    .filter((p) => p.strategies.length > 0)
    .map(({ plan, strategies }) => ({
      anchor: `plan-${plan.id}`,
      href: hrefFor({ collection: 'plans', id: plan.id }),
      title: plan.data.title,
      strategies: strategies.map((s) => ({
        href: hrefFor({ collection: 'strategies', id: s.id }),
        title: `${s.data.order}. ${s.data.title}`,
        illustrative: s.data.illustrative !== undefined,
      })),
    }));
}
