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

export type Catalog = { [C in CollectionName]: Map<string, Entry<C>> };

/** Indexes entries by id; the first of two with the same id wins (integrity reports the clash). */
export function buildCatalog(entries: Iterable<Entry>): Catalog {
  const catalog = Object.fromEntries(COLLECTIONS.map((name) => [name, new Map()])) as Catalog;
  for (const entry of entries) {
    const map = catalog[entry.collection] as Map<string, Entry>;
    if (!map.has(entry.id)) map.set(entry.id, entry);
  }
  return catalog;
}

/** Looks up a reference; `undefined` only for content that failed the check. */
export function resolve<C extends CollectionName>(catalog: Catalog, ref: Ref<C>): Entry<C> | undefined {
  return catalog[ref.collection].get(ref.id) as Entry<C> | undefined;
}

/** Entries of a collection sorted by id, so every listing is stable between builds. */
export function entries<C extends CollectionName>(catalog: Catalog, collection: C): Entry<C>[] {
  const map = catalog[collection] as Map<string, Entry>;
  let sorted = sortedEntries.get(map);
  // Pages ask for a collection many times each; sorting thousands of entries every time made
  // builds grow with the square of the content. A map that has grown since is sorted again.
  if (!sorted || sorted.length !== map.size)
    sortedEntries.set(map, (sorted = [...map.values()].sort((a, b) => a.id.localeCompare(b.id))));
  return sorted.slice() as Entry<C>[];
}

const sortedEntries = new WeakMap<Map<string, Entry>, Entry[]>();

/**
 * `build` computed once per catalog: for indexes over all entries that every page would
 * otherwise rebuild, making a build grow with the square of the content. A catalog is not
 * changed after it is built, so the index stays right for as long as the catalog lives.
 */
export function perCatalog<T>(build: (catalog: Catalog) => T): (catalog: Catalog) => T {
  const built = new WeakMap<Catalog, T>();
  return (catalog) => {
    if (!built.has(catalog)) built.set(catalog, build(catalog));
    return built.get(catalog)!;
  };
}

export function isRef(value: unknown): value is Ref {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { collection, id } = value as Record<string, unknown>;
  return keys.length === 2 && typeof id === 'string' && (COLLECTIONS as readonly unknown[]).includes(collection);
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

/** Shared by every page that asks: frozen, so that a page that sorts them in place fails the build. */
export type Backlinks = { [C in CollectionName]?: readonly Entry<C>[] };

/**
 * For every entry, the entries that reference it, by collection: the links in the other
 * direction. Built once for the whole catalog, since every page shows some of them.
 */
export function buildBacklinks(catalog: Catalog): (target: Ref) => Backlinks {
  const index = new Map<string, Backlinks>();
  for (const collection of COLLECTIONS) {
    for (const entry of entries(catalog, collection)) {
      const seen = new Set<string>();
      for (const { ref } of refsIn(entry.data)) {
        const key = `${ref.collection}/${ref.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const links = index.get(key) ?? {};
        ((links[collection] ??= []) as Entry[]).push(entry);
        index.set(key, links);
      }
    }
  }
  for (const links of index.values()) for (const list of Object.values(links)) Object.freeze(list);
  return (target) => index.get(`${target.collection}/${target.id}`) ?? {};
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
