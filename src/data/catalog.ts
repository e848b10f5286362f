/**
 * Loads every collection from Astro's content layer once per build and indexes it, with the
 * organisation's configuration (`content/insyn.json`) beside it. Pages call `getCatalog()`
 * and hand both to `src/lib/`, where the shaping happens.
 */
import { getCollection } from 'astro:content';
import { buildBacklinks, buildCatalog, type Catalog, entries, parsedEntry } from '#lib/core/catalog.ts';
import { COLLECTIONS, type CollectionName, type Ref } from '../schemas/index.ts';
import type { Configuration } from '../schemas/configuration.ts';
import { resolve } from 'node:path';
import { CONTENT_DIR } from '../config/env.ts';
import { getConfiguration } from './configuration.ts';
import { validateContent } from './content-files.ts';
import { kindWords } from '#lib/core/organisation-words.ts';
import { messages } from '#lib/i18n/index.ts';
import { citedShortName } from '#lib/core/titles.ts';

let loaded: Promise<PageCatalog> | undefined;

async function load() {
  const all = await Promise.all(
    COLLECTIONS.map(async (collection) =>
      (await getCollection(collection)).map((entry) =>
        parsedEntry(collection, entry.id, entry.data, { filePath: entry.filePath, text: entry.body }),
      ),
    ),
  );
  const catalog = buildCatalog(all.flat());
  return { catalog, backlinks: buildBacklinks(catalog), config: getConfiguration() };
}

/**
 * `npm run dev`: the files as they are on disk now, read as the content check reads them.
 * Staff fix a file while the preview runs; Astro's content layer may take the change later
 * than the check, or (for a content folder outside the project) miss it, and a page would then
 * be rendered from a file as it was, with a reference the check no longer sees.
 */
function loadFromDisk() {
  const { catalog } = validateContent(process.cwd(), resolve(CONTENT_DIR));
  return { catalog, backlinks: buildBacklinks(catalog), config: getConfiguration() };
}

export function getCatalog(): Promise<PageCatalog> {
  if (import.meta.env.DEV) return Promise.resolve(loadFromDisk());
  loaded ??= load();
  return loaded;
}

/** The content a page is drawn from: the catalogue, its links in the other direction, and the configuration. */
export interface PageCatalog {
  catalog: Catalog;
  backlinks: ReturnType<typeof buildBacklinks>;
  config: Configuration;
}

/**
 * The content an entry page and its frame draw from: on a frozen version under /arkiv/ the
 * catalogue of its day (set by src/layouts/FrozenEntry.astro), else today's. Every template a
 * frozen page renders asks here, so that nothing on it mixes today's figures into an old page.
 */
export function pageCatalog(locals: App.Locals): Promise<PageCatalog> {
  return locals.archive ? Promise.resolve(locals.archive.content) : getCatalog();
}

export type { Ref };

/**
 * `getStaticPaths` of a collection's entry pages: one page per entry, in id order, with the
 * entry itself as the typed prop `entry` (`InferGetStaticPropsType<typeof getStaticPaths>`).
 */
export async function entryPaths<C extends CollectionName>(collection: C) {
  const { catalog } = await getCatalog();
  return entries(catalog, collection).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** The glossary's view of the site: its bodies' short names and the organisation's kind (`#lib/core/glossary.ts`). */
export async function getGlossaryContext() {
  const { catalog, config } = await getCatalog();
  return {
    // A body without a short name has no term to explain.
    bodies: entries(catalog, 'bodies').flatMap(({ data }) => {
      const shortName = citedShortName(data);
      return shortName ? [{ shortName, name: data.name, kind: data.kind, description: data.description }] : [];
    }),
    words: kindWords(config.kind),
    text: messages('sv').glossary,
  };
}
