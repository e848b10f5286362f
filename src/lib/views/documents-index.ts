/** The /dokument/ page: every document, newest first, with its kind, date and diarienummer. */
import { type Catalog, entries } from '#lib/core/catalog.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words } from '#lib/i18n/words.ts';
import { type EntryLink, entryLink } from './links.ts';
import { newestFirst } from './lists.ts';

export function documentsIndex(catalog: Catalog, lang: Lang): EntryLink[] {
  const { m, labels, format } = words(lang);
  const t = m.pages.lists.documents;
  return newestFirst(entries(catalog, 'documents')).map((d) =>
    entryLink(d, t.meta(labels.DOCUMENT_KIND_LABELS[d.data.kind], format.formatDate(d.data.date), d.data.dnr)),
  );
}
