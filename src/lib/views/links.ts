/**
 * Links to entries as the pages list them (`EntryLinks.astro`): the address, the title, the
 * "Exempel" marker and a short line of facts. One place, so that every page links alike.
 */
import { isExampleField } from '#lib/content/examples.ts';
import type { Entry } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words } from '#lib/i18n/words.ts';

export interface EntryLink {
  href: string;
  title: string;
  illustrative: boolean;
  meta?: string;
  /** The facts after the link hold an example (a body's invented short name) when the entry itself is not one. */
  metaExample?: boolean;
}

/**
 * The collections whose entries a list marks by their name only: an organisation, a body or a
 * unit with an invented website, short name or parent is marked where that value is shown,
 * as a decision with only an invented title is (`decisionExamples`).
 */
const MARKED_BY_NAME: ReadonlySet<string> = new Set(['organisations', 'bodies', 'units']);

/** Entries named by a title or a name of their own, which may be examples. */
type Linkable = Entry<
  'plans' | 'uppdrag' | 'nyckeltal' | 'reports' | 'documents' | 'organisations' | 'bodies' | 'units'
>;

/** A link to the entry, with `meta` after it when given. */
export function entryLink(entry: Linkable, meta?: string, metaExample = false): EntryLink {
  const illustrative = MARKED_BY_NAME.has(entry.collection)
    ? isExampleField(entry.data, 'name')
    : entry.data.illustrative !== undefined;
  return {
    href: hrefFor({ collection: entry.collection, id: entry.id }),
    title: 'title' in entry.data ? entry.data.title : entry.data.name,
    illustrative,
    ...(meta === undefined ? {} : { meta, metaExample: metaExample && !illustrative }),
  };
}

/** A report's date, or that the sources give none. */
export const reportDate = (report: Entry<'reports'>, lang: Lang = 'sv'): string =>
  report.data.date ? words(lang).format.formatDate(report.data.date) : words(lang).m.source.dateMissing;

/** A document's diarienummer and date: `RS/595/2023, 8 november 2023`. */
export const documentFacts = (document: Entry<'documents'>, lang: Lang = 'sv'): string =>
  `${document.data.dnr}, ${words(lang).format.formatDate(document.data.date)}`;
