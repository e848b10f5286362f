/** The /organisation/ page: the organisations whose plans the site follows. */
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import type { EntryLink } from './links.ts';

/**
 * Each organisation in the catalogue's order. Marked when the entry is an example, not by its
 * name only as `entryLink` marks organisations elsewhere: this list is where they are introduced.
 */
export function organisationsIndex(catalog: Catalog): EntryLink[] {
  return entries(catalog, 'organisations').map((o) => ({
    href: hrefFor({ collection: 'organisations', id: o.id }),
    title: o.data.name,
    illustrative: o.data.illustrative !== undefined,
  }));
}
