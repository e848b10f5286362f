/** The /dokument/ page: every document, newest first, with its kind, date and diarienummer. */
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { formatDate } from '#lib/core/format.ts';
import { DOCUMENT_KIND_LABELS } from '#lib/core/labels.ts';
import { sv } from '#lib/i18n/sv.ts';
import { type EntryLink, entryLink } from './links.ts';
import { newestFirst } from './lists.ts';

const t = sv.pages.lists.documents;

export function documentsIndex(catalog: Catalog): EntryLink[] {
  return newestFirst(entries(catalog, 'documents')).map((d) =>
    entryLink(d, t.meta(DOCUMENT_KIND_LABELS[d.data.kind], formatDate(d.data.date), d.data.dnr)),
  );
}
