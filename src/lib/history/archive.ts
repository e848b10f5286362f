/**
 * Pages as they were: every superseded version of a page keeps a page of its own at
 * `/arkiv/<day>/<the live page's path>`, so that a citation keeps pointing at the figures it
 * cites after the next period is published. A version is drawn entirely from the catalogue as
 * it stood at the end of its day in Sweden (day-catalogs.ts): the entry and everything its page
 * shows of other entries. An uppdrag's, nyckeltal's, activity's, decision's or document's page
 * gets a version for each day its own file changed; a plan's, report's, period's, unit's or
 * strategy's page, whose figures come from other entries, for each day on which the page drawn
 * from that day's catalogue came out different. A page that would show an entry whose version
 * no longer validates is left out for that day rather than shown wrong. The newest version is
 * the live page and gets no archived copy. Pure: the history, its days and the catalogue are given.
 */
import { type CollectionName, type Ref } from '../../schemas/index.ts';
import { type Catalog, type Entry, entries, isCollectionName, resolve } from '#lib/core/catalog.ts';
import { checkIntegrity } from '#lib/content/integrity.ts';
import { archivedHref, hrefFor } from '#lib/core/routes.ts';
import { type DayCatalog, nearUnreadable, readVersion } from './day-catalogs.ts';
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
 * The entry a version's file holds, validated as `readVersion` does and against the rules
 * across entries in `catalog`, as a link to an entry not there; undefined when refused.
 */
export function versionEntry(catalog: Catalog, ref: Ref, text: string): Entry | undefined {
  const entry = readVersion(ref, text);
  if (!entry) return undefined;
  if (checkIntegrity([{ ...entry, filePath: `${ref.collection}/${ref.id}` }], catalog).length > 0) return undefined;
  return entry;
}

/** One archived page: the entry as it was, the day it stood for, and where it and the live page are. */
export interface ArchivedPage {
  day: string;
  entry: Entry;
  /** The whole catalogue at the end of that day, which the page is drawn from. */
  catalog: Catalog;
  /** `/arkiv/<day>/<collection path>/<id>/` */
  href: string;
  /** The live page, which shows the newest version. */
  liveHref: string;
}

/** The collections whose page shows figures from the entry's own file: a version per day the file changed. */
const OWN_FIGURES: ReadonlySet<CollectionName> = new Set([
  'uppdrag',
  'nyckeltal',
  'activities',
  'decisions',
  'documents',
]);

/**
 * The collections whose page shows figures of other entries (a plan's status counts, a unit's
 * items): a version per day the page, drawn from that day's catalogue, came out different.
 */
export const DRAWN_COLLECTIONS = ['plans', 'reports', 'periods', 'units', 'strategies'] as const;

/**
 * What a page shows, drawn from a catalogue, as text: equal for two catalogues exactly when
 * the page shows the same. Given by the caller, who knows the pages.
 */
export type PageData = (catalog: Catalog, entry: Entry) => string;

/** Every archived page of the site, and the day the live version of each drawn page dates from. */
export interface Archive {
  pages: ArchivedPage[];
  /** For a page of `DRAWN_COLLECTIONS` (`collection/id`): the day its live version was first drawn as it is. */
  current: Map<string, string>;
}

/**
 * Every archived page of the site, for the entries the catalogue has today (a page needs a
 * live page to be a version of). `byEntry` is the history's changes per `collection/id`,
 * `days` its catalogues (`dayCatalogs`), `pageData` what a drawn page shows.
 */
export function archivedPages(
  today: Catalog,
  days: readonly DayCatalog[],
  byEntry: ReadonlyMap<string, readonly Change[]>,
  pageData: PageData,
): Archive {
  const pages: ArchivedPage[] = [];
  const page = (day: DayCatalog, entry: Entry): ArchivedPage => {
    const ref = { collection: entry.collection, id: entry.id };
    return { day: day.day, entry, catalog: day.catalog, href: archivedHref(day.day, ref), liveHref: hrefFor(ref) };
  };
  const dayOf = new Map(days.map((day) => [day.day, day]));
  for (const [key, changes] of byEntry) {
    const [collection, id] = key.split('/');
    if (!isCollectionName(collection) || !OWN_FIGURES.has(collection)) continue;
    const ref: Ref = { collection, id };
    if (!resolve(today, ref)) continue;
    for (const version of supersededVersions(changes)) {
      const day = dayOf.get(version.day);
      const entry = day && resolve(day.catalog, ref);
      if (!day || !entry) continue;
      if (day.unreadable.size > 0 && nearUnreadable(day, lineOf(day.catalog, entry), 1)) continue;
      pages.push(page(day, entry));
    }
  }
  const current = new Map<string, string>();
  for (const collection of DRAWN_COLLECTIONS) {
    for (const { id } of entries(today, collection)) {
      const ref: Ref = { collection, id };
      // Runs of days on which the page came out the same, each a version from its first day;
      // a day it could not be drawn (absent, or near an entry that cannot be read) ends a run.
      const runs: { day: DayCatalog; entry: Entry; data: string }[] = [];
      let open = false;
      for (const day of days) {
        const entry = resolve(day.catalog, ref);
        const data = entry && !nearUnreadable(day, [ref], 2) ? pageData(day.catalog, entry) : undefined;
        if (!entry || data === undefined) open = false;
        else if (!open || runs.at(-1)?.data !== data) {
          runs.push({ day, entry, data });
          open = true;
        }
      }
      // The run that lasts to the newest day is the live page; without one, every run is a superseded version.
      const newest = open ? runs.pop() : undefined;
      if (newest) current.set(`${collection}/${id}`, newest.day.day);
      for (const run of runs) pages.push(page(run.day, run.entry));
    }
  }
  return { pages, current };
}

/**
 * An item and the items it continues and is continued by: its page shows its whole line
 * across years. Other entries give just themselves.
 */
function lineOf(catalog: Catalog, entry: Entry): Ref[] {
  if (entry.collection !== 'uppdrag' && entry.collection !== 'nyckeltal') return [entry];
  const items: Entry<'uppdrag' | 'nyckeltal'>[] = entries(catalog, entry.collection);
  const line: Ref[] = [entry];
  const seen = new Set([entry.id]);
  for (let previous = entry.data.continues; previous && !seen.has(previous.id);) {
    seen.add(previous.id);
    line.push(previous);
    previous = resolve(catalog, previous)?.data.continues;
  }
  for (let id: string | undefined = entry.id; id !== undefined;) {
    const next = items.find((item) => item.data.continues?.id === id && !seen.has(item.id));
    id = next?.id;
    if (next) {
      seen.add(next.id);
      line.push(next);
    }
  }
  return line;
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
