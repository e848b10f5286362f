/**
 * Loads every collection from Astro's content layer once per build and indexes it.
 * Pages call `getCatalog()`; the shaping itself happens in `src/lib/`.
 */
import { getCollection } from 'astro:content';
import { buildBacklinks, buildCatalog, type Catalog, type Entry } from '#lib/core/catalog.ts';
import { COLLECTIONS, type CollectionName, type Ref } from '../schemas/index.ts';

let loaded: Promise<{ catalog: Catalog; backlinks: ReturnType<typeof buildBacklinks> }> | undefined;

async function load() {
  const all = await Promise.all(
    COLLECTIONS.map(async (collection) =>
      (await getCollection(collection)).map((entry) => ({
        collection: collection as CollectionName,
        id: entry.id,
        data: entry.data as Entry['data'],
        filePath: entry.filePath,
        body: entry.body,
      })),
    ),
  );
  const catalog = buildCatalog(all.flat());
  return { catalog, backlinks: buildBacklinks(catalog) };
}

export function getCatalog() {
  loaded ??= load();
  return loaded;
}

export type { Ref };
