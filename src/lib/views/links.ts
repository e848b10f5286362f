/**
 * Links to entries as the pages list them (`EntryLinks.astro`): the address, the title, the
 * "Exempel" marker and a short line of facts. One place, so that every page links alike.
 */
import type { Entry } from '#lib/core/catalog.ts';
import { formatDate } from '#lib/core/format.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { sv } from '#lib/i18n/sv.ts';

export interface EntryLink {
  href: string;
  title: string;
  illustrative: boolean;
  meta?: string;
}

/** Entries named by a title or a name of their own, which may be examples. */
type Linkable = Entry<
  'plans' | 'uppdrag' | 'nyckeltal' | 'reports' | 'documents' | 'organisations' | 'bodies' | 'units'
>;

/** A link to the entry, with `meta` after it when given. */
export function entryLink(entry: Linkable, meta?: string): EntryLink {
  return {
    href: hrefFor({ collection: entry.collection, id: entry.id }),
    title: 'title' in entry.data ? entry.data.title : entry.data.name,
    illustrative: entry.data.illustrative !== undefined,
    ...(meta === undefined ? {} : { meta }),
  };
}

/** A report's date, or that the sources give none. */
export const reportDate = (report: Entry<'reports'>): string =>
  report.data.date ? formatDate(report.data.date) : sv.source.dateMissing;

/** A document's diarienummer and date: `RS/595/2023, 8 november 2023`. */
export const documentFacts = (document: Entry<'documents'>): string =>
  `${document.data.dnr}, ${formatDate(document.data.date)}`;
