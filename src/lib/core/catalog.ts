/**
 * The whole content as one typed, indexed value: what the pure functions in `src/lib/`
 * take. Built from Astro's collections for pages, and from the files for `npm run check`.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, type Ref, collections } from '../../schemas/index.ts';

export type Data<C extends CollectionName> = z.output<(typeof collections)[C]['schema']>;

interface EntryOf<C extends CollectionName> {
  collection: C;
  id: string;
  data: Data<C>;
  /** Path from the project root, when known. */
  filePath?: string;
  /** The MDX text (running text under the frontmatter) of MDX entries. */
  text?: string;
}

/**
 * One content entry. Without a type argument it is the union over every collection,
 * discriminated by `collection`: `switch (entry.collection)` narrows `data`.
 */
export type Entry<C extends CollectionName = CollectionName> = { [K in C]: EntryOf<K> }[C];

/**
 * An entry from data that its collection's schema has already parsed: the one place where
 * parsed data meets its type, since TypeScript cannot tie a schema chosen at run time to
 * its output type.
 */
export function parsedEntry(
  collection: CollectionName,
  id: string,
  data: unknown,
  source: { filePath?: string; text?: string } = {},
): Entry {
  return { collection, id, data, ...source } as Entry;
}

/** A collection's entries by id, keeping its id-sorted list until the map grows. */
export class EntryMap<E extends { id: string }> extends Map<string, E> {
  #sorted: E[] = [];

  /** A new list of the entries sorted by id, so every listing is stable between builds. */
  sortedById(): E[] {
    // Pages ask for a collection many times each; sorting thousands of entries every time made
    // builds grow with the square of the content. A map that has grown since is sorted again.
    if (this.#sorted.length !== this.size) this.#sorted = [...this.values()].sort((a, b) => a.id.localeCompare(b.id));
    return this.#sorted.slice();
  }
}

export type Catalog = { [C in CollectionName]: EntryMap<Entry<C>> };

/** Indexes entries by id; the first of two with the same id wins (integrity reports the clash). */
export function buildCatalog(entries: Iterable<Entry>): Catalog {
  const catalog: Catalog = {
    organisations: new EntryMap(),
    bodies: new EntryMap(),
    units: new EntryMap(),
    plans: new EntryMap(),
    strategies: new EntryMap(),
    periods: new EntryMap(),
    uppdrag: new EntryMap(),
    nyckeltal: new EntryMap(),
    activities: new EntryMap(),
    reports: new EntryMap(),
    decisions: new EntryMap(),
    documents: new EntryMap(),
  };
  for (const entry of entries) addEntry(catalog, entry);
  return catalog;
}

function addEntry<C extends CollectionName>(catalog: Catalog, entry: Entry<C>): void {
  const map: EntryMap<Entry<C>> = catalog[entry.collection];
  if (!map.has(entry.id)) map.set(entry.id, entry);
}

/** Looks up a reference; `undefined` only for content that failed the check. */
export function resolve<C extends CollectionName>(catalog: Catalog, ref: Ref<C>): Entry<C> | undefined {
  const map: EntryMap<Entry<C>> = catalog[ref.collection];
  return map.get(ref.id);
}

/**
 * The entry a reference names, for content that has passed the check (which reports every
 * reference that does not resolve): a missing entry here is a fault in the build, not in content.
 */
export function entryFor<C extends CollectionName>(catalog: Catalog, ref: Ref<C>): Entry<C> {
  const entry = resolve(catalog, ref);
  if (!entry) throw new Error(`No entry ${ref.collection}/${ref.id}: the content check should have reported it.`);
  return entry;
}

/** Entries of a collection sorted by id, so every listing is stable between builds. */
export function entries<C extends CollectionName>(catalog: Catalog, collection: C): Entry<C>[] {
  const map: EntryMap<Entry<C>> = catalog[collection];
  return map.sortedById();
}

/**
 * `build` computed once per catalog: for indexes over all entries that every page would
 * otherwise rebuild, making a build grow with the square of the content. A catalog is not
 * changed after it is built, so the index stays right for as long as the catalog lives.
 */
export function perCatalog<T>(build: (catalog: Catalog) => T): (catalog: Catalog) => T {
  const built = new WeakMap<Catalog, { value: T }>();
  return (catalog) => {
    let cached = built.get(catalog);
    if (!cached) built.set(catalog, (cached = { value: build(catalog) }));
    return cached.value;
  };
}

export function isRef(value: unknown): value is Ref {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return (
    Object.keys(value).length === 2 &&
    'id' in value &&
    typeof value.id === 'string' &&
    'collection' in value &&
    isCollectionName(value.collection)
  );
}

export function isCollectionName(value: unknown): value is CollectionName {
  return COLLECTIONS.some((name) => name === value);
}

/** Every reference inside an entry's data, with the field path where it was written. */
export function refsIn(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; ref: Ref }[] {
  if (isRef(data)) return [{ path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => refsIn(item, [...path, index]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => refsIn(value, [...path, key]));
  }
  return [];
}

/**
 * The entries that reference one entry, a list per collection (empty where none do). Shared
 * by every page that asks: frozen, so that a page that sorts them in place fails the build.
 */
export type Backlinks = { readonly [C in CollectionName]: readonly Entry<C>[] };

type LinkLists = { [C in CollectionName]: Entry<C>[] };

function emptyLinkLists(): LinkLists {
  return {
    organisations: [],
    bodies: [],
    units: [],
    plans: [],
    strategies: [],
    periods: [],
    uppdrag: [],
    nyckeltal: [],
    activities: [],
    reports: [],
    decisions: [],
    documents: [],
  };
}

function addBacklink<C extends CollectionName>(links: LinkLists, entry: Entry<C>): void {
  const list: Entry<C>[] = links[entry.collection];
  list.push(entry);
}

function frozen(links: LinkLists): Backlinks {
  for (const list of Object.values(links)) Object.freeze(list);
  return Object.freeze(links);
}

/**
 * For every entry, the entries that reference it, by collection: the links in the other
 * direction. Built once for the whole catalog, since every page shows some of them.
 */
export function buildBacklinks(catalog: Catalog): (target: Ref) => Backlinks {
  const index = new Map<string, LinkLists>();
  for (const collection of COLLECTIONS) {
    for (const entry of entries(catalog, collection)) {
      const seen = new Set<string>();
      for (const { ref } of refsIn(entry.data)) {
        const key = `${ref.collection}/${ref.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let links = index.get(key);
        if (!links) index.set(key, (links = emptyLinkLists()));
        addBacklink(links, entry);
      }
    }
  }
  const backlinks = new Map([...index].map(([key, links]) => [key, frozen(links)]));
  const none = frozen(emptyLinkLists());
  return (target) => backlinks.get(`${target.collection}/${target.id}`) ?? none;
}

/** Entries grouped by the plan they belong to, keeping their order. */
export function byPlan<E extends { data: { plan: Ref<'plans'> } }>(list: readonly E[]): Map<string, E[]> {
  const index = new Map<string, E[]>();
  for (const entry of list) {
    const planEntries = index.get(entry.data.plan.id);
    if (planEntries) planEntries.push(entry);
    else index.set(entry.data.plan.id, [entry]);
  }
  return index;
}
