/**
 * Pages as they were: every superseded version of an entry keeps a page of its own at
 * `/arkiv/<day>/<the live page's path>`, so that a citation keeps pointing at the figures it
 * cites after the next period is published. A version is the entry's file as it was after the
 * last visible change of a day in Sweden, read from the history the build already has (the
 * text after each change, src/data/history-reader.ts), and validated as the live content is:
 * a version today's schema refuses, whose text leaves the safe MDX subset or which links to an
 * entry no longer there is left out rather than shown wrong. The newest version is the live
 * page and gets no archived copy. Pure: the history and the catalogue are given.
 */
import { collections, type CollectionName, type Ref } from '../../schemas/index.ts';
import { type Catalog, type Entry, isCollectionName, parsedEntry, resolve } from '#lib/core/catalog.ts';
import { checkIntegrity } from '#lib/content/integrity.ts';
import { archivedHref, hrefFor } from '#lib/core/routes.ts';
import { mdxSubsetIssues } from '#lib/content/mdx-subset.ts';
import { entryVersion } from './change-notes.ts';
import { type Change, dayInSweden } from './git-history.ts';

/** One superseded version of an entry's file: the day it stood for and its text. */
export interface VersionText {
  /** `YYYY-MM-DD` in Sweden: the day whose last change made this version. */
  day: string;
  /** The timestamp of that change. */
  date: string;
  sha: string;
  text: string;
}

/**
 * The superseded versions of an entry, newest first, from its visible changes (in any
 * order): for each day but the day of its newest change, the file after that day's last
 * change. A day that ended with the entry deleted has no version; the newest day is the live page.
 */
export function supersededVersions(changes: readonly Pick<Change, 'sha' | 'date' | 'kind' | 'text'>[]): VersionText[] {
  // Stable: changes at the same second keep git's order, newest first.
  const newestFirst = [...changes].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  if (newestFirst.length === 0) return [];
  const seen = new Set([dayInSweden(newestFirst[0].date)]);
  const versions: VersionText[] = [];
  for (const change of newestFirst) {
    const day = dayInSweden(change.date);
    if (seen.has(day)) continue;
    seen.add(day);
    if (change.kind === 'deleted' || change.text === undefined) continue;
    versions.push({ day, date: change.date, sha: change.sha, text: change.text });
  }
  return versions;
}

/**
 * The entry a version's file holds, validated through the collection's schema as the live
 * content is; undefined when today's schema refuses it, when its MDX text is empty or leaves
 * the safe subset, or when it breaks a rule across entries against today's catalogue, as a
 * link to an entry no longer there (its page could not be drawn right).
 */
export function versionEntry(catalog: Catalog, ref: Ref, text: string): Entry | undefined {
  const version = entryVersion(ref.collection, text);
  if (!version) return undefined;
  const result = collections[ref.collection].schema.safeParse(version.data);
  if (!result.success) return undefined;
  if (version.text !== undefined && (!version.text.trim() || mdxSubsetIssues(version.text).length > 0))
    return undefined;
  const entry = parsedEntry(
    ref.collection,
    ref.id,
    result.data,
    version.text === undefined ? {} : { text: version.text },
  );
  // The rules across entries too, against today's catalogue: a dangling link, a period outside its plan.
  if (checkIntegrity([{ ...entry, filePath: `${ref.collection}/${ref.id}` }], catalog).length > 0) return undefined;
  return entry;
}

/** One archived page: the entry as it was, the day it stood for, and where it and the live page are. */
export interface ArchivedPage {
  day: string;
  /** The timestamp of the change that made this version. */
  date: string;
  entry: Entry;
  /** `/arkiv/<day>/<collection path>/<id>/` */
  href: string;
  /** The live page, which shows the newest version. */
  liveHref: string;
}

/**
 * The collections whose page shows figures from the entry's own file: their old file is
 * the page as it was. A plan's, report's or unit's page shows its items' statuses, read
 * from today's items, so a frozen copy would pass today's figures off as the old ones.
 */
const ARCHIVED_COLLECTIONS: ReadonlySet<CollectionName> = new Set([
  'uppdrag',
  'nyckeltal',
  'activities',
  'decisions',
  'documents',
]);

/**
 * Every archived page of the site: for each entry the catalogue has today whose figures are
 * its own, each of its superseded versions that validates. `byEntry` is the history's
 * changes per `collection/id`.
 */
export function archivedPages(catalog: Catalog, byEntry: ReadonlyMap<string, readonly Change[]>): ArchivedPage[] {
  const pages: ArchivedPage[] = [];
  for (const [key, changes] of byEntry) {
    const [collection, id] = key.split('/');
    if (!isCollectionName(collection)) continue;
    if (!ARCHIVED_COLLECTIONS.has(collection)) continue;
    const ref: Ref = { collection: collection satisfies CollectionName, id };
    if (!resolve(catalog, ref)) continue;
    for (const version of supersededVersions(changes)) {
      const entry = versionEntry(catalog, ref, version.text);
      if (!entry) continue;
      pages.push({
        day: version.day,
        date: version.date,
        entry,
        href: archivedHref(version.day, ref),
        liveHref: hrefFor(ref),
      });
    }
  }
  return pages;
}

/** An earlier version as the entry's history links it. */
export interface VersionLink {
  day: string;
  href: string;
}

/** The archived versions of each entry, newest first, keyed `collection/id`. */
export function versionsByEntry(pages: readonly ArchivedPage[]): Map<string, VersionLink[]> {
  const byEntry = new Map<string, VersionLink[]>();
  for (const page of pages) {
    const key = `${page.entry.collection}/${page.entry.id}`;
    const list = byEntry.get(key) ?? [];
    list.push({ day: page.day, href: page.href });
    byEntry.set(key, list);
  }
  for (const list of byEntry.values()) list.sort((a, b) => b.day.localeCompare(a.day));
  return byEntry;
}

/**
 * An entry's changes as a frozen page of `day` shows them: those made on or before that day
 * (the version is the file after the day's last change). Without a day, all of them.
 */
export function changesUntil<C extends { day: string }>(changes: readonly C[], day: string | undefined): C[] {
  return day === undefined ? [...changes] : changes.filter((change) => change.day <= day);
}
