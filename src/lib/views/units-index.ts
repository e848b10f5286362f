/** The /enheter/ page: the units of the administration, by name, each with the unit it is part of. */
import { type Catalog, entries, resolve } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words } from '#lib/i18n/words.ts';
import type { EntryLink } from './links.ts';

export function unitsIndex(catalog: Catalog, lang: Lang): EntryLink[] {
  const t = words(lang).m.pages.lists.units;
  return entries(catalog, 'units')
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'sv'))
    .map((u) => {
      const parent = u.data.parent && resolve(catalog, u.data.parent);
      return {
        href: hrefFor({ collection: 'units', id: u.id }),
        title: u.data.name,
        illustrative: u.data.illustrative !== undefined,
        meta: parent ? t.within(parent.data.name) : undefined,
      };
    });
}
