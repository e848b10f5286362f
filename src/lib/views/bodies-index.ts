/** The /organ/ page: the political bodies, each with its kind and short name. */
import { type Catalog, entries } from '#lib/core/catalog.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words } from '#lib/i18n/words.ts';
import { isNamedExampleField } from '#lib/content/examples.ts';
import { type EntryLink, entryLink } from './links.ts';

/** Each body in the catalogue's order; its facts carry the mark when its kind or short name is an invented one. */
export function bodiesIndex(catalog: Catalog, lang: Lang): EntryLink[] {
  const { BODY_KIND_LABELS } = words(lang).labels;
  return entries(catalog, 'bodies').map((b) =>
    entryLink(
      b,
      [BODY_KIND_LABELS[b.data.kind], b.data.shortName].filter(Boolean).join(', '),
      isNamedExampleField(b.data, 'kind') ||
        (b.data.shortName !== undefined && isNamedExampleField(b.data, 'shortName')),
    ),
  );
}
