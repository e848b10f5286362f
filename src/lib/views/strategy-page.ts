/**
 * What a strategy's page shows, shaped once from the catalog: the plan it belongs to, and the
 * items of every plan that work towards it, plan by plan. The page only lays this out.
 */
import { type Catalog, type Entry, entries, resolve } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { planItemRows, strategyAnchor } from './plan-view.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words as wordsIn } from '#lib/i18n/words.ts';

export function strategyPage(catalog: Catalog, strategy: Entry<'strategies'>, lang: Lang) {
  const w = wordsIn(lang);
  const t = w.m.pages.strategy;
  const { data } = strategy;
  const plan = resolve(catalog, data.plan);
  return {
    kind: t.kind(data.order, plan?.data.title),
    /** Only the plans with an item towards the strategy, each linking to the strategy among its items. */
    plans: entries(catalog, 'plans')
      .map((p) => ({ plan: p, rows: planItemRows(catalog, p.id).filter((r) => r.strategy === strategy.id) }))
      .filter((p) => p.rows.length > 0)
      .map(({ plan: p, rows }) => ({
        headingId: `plan-${p.id}`,
        title: p.data.title,
        href: `${hrefFor({ collection: 'plans', id: p.id })}#${strategyAnchor(strategy.id)}`,
        rows,
      })),
  };
}
