/**
 * The whole catalogue as it stood at the end of each day in Sweden, from the history the build
 * has already read: each entry's file after its last visible change on or before that day,
 * validated as the live content is (`readVersion`, then the rules across entries
 * against that day's own catalogue). An entry created later, or deleted by then, is absent.
 *
 * An entry whose version of a day no longer validates under today's rules cannot be drawn,
 * and neither can an entry that links to it (its link would dangle): both are left out of the
 * day's catalogue and listed as unreadable, with the ids their file mentions. A page that
 * would show one of them is not frozen for that day (see `nearUnreadable`), since leaving a
 * status out of a count would be a wrong figure under a date. Pure: the history is given.
 */
import { collections, COLLECTIONS, type Ref } from '../../schemas/index.ts';
import {
  buildCatalog,
  type Catalog,
  type Entry,
  isCollectionName,
  isRef,
  parsedEntry,
  refsIn,
} from '#lib/core/catalog.ts';
import { checkIntegrity } from '#lib/content/integrity.ts';
import { mdxSubsetIssues } from '#lib/content/mdx-subset.ts';
import { type Change, dayInSweden } from './git-history.ts';
import { entryVersion } from './change-notes.ts';

/** The content at the end of one day. */
export interface DayCatalog {
  /** `YYYY-MM-DD` in Sweden. */
  day: string;
  catalog: Catalog;
  /** Entries (`collection/id`) that stood on this day but cannot be drawn, with the ids their file mentions. */
  unreadable: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The entry a version's file holds, validated through the collection's schema as the live
 * content is; undefined when today's schema refuses it, when its MDX text is empty or leaves
 * the safe subset. The rules across entries are the caller's: they need the catalogue it stood in.
 */
export function readVersion(ref: Ref, text: string): Entry | undefined {
  const version = entryVersion(ref.collection, text);
  if (!version) return undefined;
  const result = collections[ref.collection].schema.safeParse(version.data);
  if (!result.success) return undefined;
  if (version.text !== undefined && (!version.text.trim() || mdxSubsetIssues(version.text).length > 0))
    return undefined;
  return parsedEntry(ref.collection, ref.id, result.data, version.text === undefined ? {} : { text: version.text });
}

/** Words shaped as ids (`rs-plan-2024`): what a file that cannot be read might link to. */
const ID_WORDS = /[a-z0-9]+(?:-[a-z0-9]+)*/g;

/**
 * One catalogue per day on which some entry visibly changed, oldest first. `byEntry` is the
 * history's changes per `collection/id`, newest first (git-history.ts). Each file's version is
 * read once, however many days it stands, so the cost grows with the changes and the days,
 * and the days share their entries.
 */
export function dayCatalogs(byEntry: ReadonlyMap<string, readonly Change[]>): DayCatalog[] {
  // Per day, the last change of each entry that day (changes at the same second keep git's order).
  const perDay = new Map<string, Map<string, Change>>();
  for (const [key, changes] of byEntry) {
    if (!isCollectionName(key.split('/')[0])) continue;
    const newestFirst = [...changes].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
    for (const change of newestFirst) {
      const day = dayInSweden(change.date);
      const ofDay = perDay.get(day) ?? new Map<string, Change>();
      if (!ofDay.has(key)) ofDay.set(key, change);
      perDay.set(day, ofDay);
    }
  }
  const renames = renamesIn(byEntry);
  const read = new Map<string, Entry | undefined>();
  const standing = new Map<string, Change & { text: string }>();
  const result: DayCatalog[] = [];
  for (const [day, ofDay] of [...perDay].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [key, change] of ofDay) {
      if (change.kind === 'deleted' || change.text === undefined) standing.delete(key);
      else standing.set(key, { ...change, text: change.text });
    }
    let candidates: Entry[] = [];
    const unreadable = new Map<string, ReadonlySet<string>>();
    const mentions = (text: string) => new Set(text.match(ID_WORDS) ?? []);
    for (const [key, { sha, date, text }] of standing) {
      const [collection, id] = key.split('/');
      const version = `${key}\0${sha}`;
      if (!read.has(version) && isCollectionName(collection))
        read.set(version, linksRenamed(readVersion({ collection, id }, text), renames, date));
      const entry = read.get(version);
      if (entry) candidates.push(entry);
      else unreadable.set(key, mentions(text));
    }
    // A link to an entry that cannot be read dangles, so its referrer cannot be drawn either: until none is left.
    for (;;) {
      const catalog = buildCatalog(candidates);
      const located = candidates.map((entry) => ({ ...entry, filePath: `${entry.collection}/${entry.id}` }));
      const failing = new Set(checkIntegrity(located, catalog).map((problem) => problem.file));
      const kept = candidates.filter((entry) => {
        const key = `${entry.collection}/${entry.id}`;
        if (!failing.has(key)) return true;
        unreadable.set(key, new Set(refsIn(entry.data).map(({ ref }) => ref.id)));
        return false;
      });
      if (kept.length === candidates.length) {
        result.push({ day, catalog, unreadable });
        break;
      }
      candidates = kept;
    }
  }
  return result;
}

/** An id that a later change replaced: the entry's id now, and when it changed. */
interface Rename {
  id: string;
  at: number;
}

/** Every id a change of id replaced (`collection/old id`), from the history's renames. */
function renamesIn(byEntry: ReadonlyMap<string, readonly Change[]>): Map<string, Rename> {
  const renames = new Map<string, Rename>();
  for (const [key, changes] of byEntry) {
    const [collection, id] = key.split('/');
    for (const change of changes)
      if (change.from !== undefined) renames.set(`${collection}/${change.from}`, { id, at: Date.parse(change.date) });
  }
  return renames;
}

/**
 * An entry written before another entry's id changed links to the old id: the history keeps
 * that entry under its id of today (git-history.ts), so the link is read as pointing there.
 * Only for versions older than the change, so that an id used again later keeps its own meaning.
 */
function linksRenamed(entry: Entry | undefined, renames: ReadonlyMap<string, Rename>, date: string): Entry | undefined {
  if (!entry || renames.size === 0) return entry;
  const written = Date.parse(date);
  const renamed = (ref: Ref) => {
    const rename = renames.get(`${ref.collection}/${ref.id}`);
    return rename && rename.at > written ? rename : undefined;
  };
  if (!refsIn(entry.data).some(({ ref }) => renamed(ref))) return entry;
  const relinked = (value: unknown): unknown => {
    if (isRef(value)) {
      const rename = renamed(value);
      return rename ? { collection: value.collection, id: rename.id } : value;
    }
    if (Array.isArray(value)) return value.map(relinked);
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, relinked(inner)]));
    return value;
  };
  return parsedEntry(
    entry.collection,
    entry.id,
    relinked(entry.data),
    entry.text === undefined ? {} : { text: entry.text },
  );
}

/**
 * Whether a page about `starts` (the entry, and for an item its line across years) would show
 * an entry of the day that cannot be read: one within `steps` links of them, in either
 * direction, where an unreadable file links to every entry whose id it mentions. An entry
 * further away is shown only through links that entries make themselves, and an entry that
 * links to an unreadable one is unreadable too, so it is found nearer. Errs towards leaving
 * a page out.
 */
export function nearUnreadable(day: DayCatalog, starts: readonly Ref[], steps: number): boolean {
  if (day.unreadable.size === 0) return false;
  const keyOf = (ref: Ref) => `${ref.collection}/${ref.id}`;
  const linked = linksOf(day);
  let frontier = new Set(starts.map(keyOf));
  const seen = new Set(frontier);
  for (let step = 0; step < steps; step++) {
    const next = new Set<string>();
    for (const key of frontier) {
      for (const other of linked.get(key) ?? []) if (!seen.has(other)) next.add(other);
    }
    for (const key of next) {
      if (day.unreadable.has(key)) return true;
      seen.add(key);
    }
    frontier = next;
  }
  return false;
}

/**
 * Each entry's neighbours by links, both ways, built once per day. An unreadable file names
 * ids, not collections: it is a neighbour of every entry, readable or not, with an id it mentions.
 */
const links = new WeakMap<DayCatalog, Map<string, Set<string>>>();
function linksOf(day: DayCatalog): Map<string, Set<string>> {
  const known = links.get(day);
  if (known) return known;
  const graph = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    graph.set(a, (graph.get(a) ?? new Set()).add(b));
    graph.set(b, (graph.get(b) ?? new Set()).add(a));
  };
  const byId = new Map<string, string[]>();
  const named = (key: string) => {
    const id = key.slice(key.indexOf('/') + 1);
    byId.set(id, [...(byId.get(id) ?? []), key]);
  };
  for (const collection of COLLECTIONS) {
    for (const entry of day.catalog[collection].values()) {
      const key = `${entry.collection}/${entry.id}`;
      named(key);
      for (const { ref } of refsIn(entry.data)) add(key, `${ref.collection}/${ref.id}`);
    }
  }
  for (const bad of day.unreadable.keys()) named(bad);
  for (const [bad, ids] of day.unreadable) for (const id of ids) for (const key of byId.get(id) ?? []) add(bad, key);
  links.set(day, graph);
  return graph;
}
