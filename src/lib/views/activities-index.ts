/** The /aktiviteter/ page: the activity counts, one entry per plan, in the catalogue's order. */
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { titleOf } from '#lib/core/titles.ts';
import type { EntryLink } from './links.ts';

export function activitiesIndex(catalog: Catalog): EntryLink[] {
  return entries(catalog, 'activities').map((a) => ({
    href: hrefFor({ collection: 'activities', id: a.id }),
    title: titleOf(catalog, a),
    illustrative: a.data.illustrative !== undefined,
  }));
}
