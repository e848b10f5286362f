/**
 * The real search index, queried the way the search page queries it: the build's own
 * `writeSearchIndex` writes the Pagefind bundle to a temporary folder, a tiny static
 * server serves it, and Pagefind's browser script (`pagefind.js`, which runs in Node
 * without a worker) searches it over HTTP, with the archive merged in as the page merges
 * it when the index is split.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { normaliseQuery } from '#lib/search/dnr.ts';
import { ARCHIVE_DIR, INDEX_PART_FILTER, type IndexSplit } from '#lib/search/index-split.ts';
import { type SearchRecord, lookupPrefixes } from '#lib/search/search-records.ts';
import { type RankedOptions, type SearchOptions, rankedSearch } from '#lib/search/search-ranking.ts';
import { validateContent } from '../../src/data/content-files.ts';
import { FROZEN } from './content.ts';
import { serveStatic } from './static-server.ts';

export interface Hit {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  content: string;
  locations: number[];
}

/** What the tests need of a Pagefind instance of the browser API. */
interface PagefindApi {
  search(
    term: string | null,
    options?: SearchOptions,
  ): Promise<{ results: { id: string; score: number; data(): Promise<Hit> }[] }>;
  preload(term: string, options?: SearchOptions): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindApi;
}

export interface Searcher {
  /** Searches as the search page does: the query normalised, the results ranked. Returns every hit, best first. */
  search(query: string | null, options?: Omit<RankedOptions, 'parts'>): Promise<Hit[]>;
  /** Pagefind's own order, without the ranking: what the ranking is compared with. */
  plainSearch(query: string): Promise<Hit[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchIndex extends Searcher {
  /** The folder holding `pagefind/`. */
  dir: string;
  /** The records as the build split them. */
  split: IndexSplit<SearchRecord>;
  /** The first index alone, without the archive: what a first search finds. */
  firstOnly: Searcher;
  close(): Promise<void>;
}

/**
/**
 * Builds the search index of the frozen content (or of the project-like folder `root`, or of
 * its `contentDir`), split at `firstLimit` records or by the build's own limit, with chunks of
 * `chunkSize` or the build's own, and opens it
 * for searching, with the archive merged when there is one.
 */
export async function openSearchIndex(
  options: { root?: string; firstLimit?: number; contentDir?: string; chunkSize?: number } = {},
): Promise<SearchIndex> {
  const root = options.root ?? FROZEN;
  const dir = mkdtempSync(join(tmpdir(), 'insyn-search-'));
  const split = await writeSearchIndex(
    root,
    join(dir, 'pagefind'),
    options.contentDir,
    options.firstLimit,
    options.chunkSize,
  );
  const prefixes = lookupPrefixes(validateContent(root, options.contentDir).catalog);
  const server = await serveStatic(dir);
  const open = async (withArchive: boolean): Promise<Searcher> => {
    // A module of its own for each: Pagefind's instances in one module share one WebAssembly
    // memory, and a second instance's start overwrites the first's.
    const script = `${pathToFileURL(join(dir, 'pagefind', 'pagefind.js')).href}?archive=${withArchive}`;
    const module = (await import(script)) as PagefindModule;
    const basePath = `${server.url}/pagefind/`;
    const parts = withArchive && split.archive.length > 0;
    const pagefind = module.createInstance({
      basePath,
      baseUrl: '/',
      ...(parts ? { mergeFilter: { [INDEX_PART_FILTER.key]: INDEX_PART_FILTER.first } } : {}),
    });
    if (parts)
      await pagefind.mergeIndex(`${basePath}${ARCHIVE_DIR}/`, {
        baseUrl: '/',
        mergeFilter: { [INDEX_PART_FILTER.key]: INDEX_PART_FILTER.archive },
      });
    return {
      async search(query, searchOptions) {
        const normalised = query === null ? null : normaliseQuery(query, prefixes);
        const results = await rankedSearch(pagefind, normalised, { ...searchOptions, parts });
        return Promise.all((results ?? []).map((result) => result.data()));
      },
      async plainSearch(query) {
        const response = await pagefind.search(normaliseQuery(query, prefixes));
        return Promise.all(response.results.map((result) => result.data()));
      },
      filters: () => pagefind.filters(),
    };
  };
  const [merged, firstOnly] = await Promise.all([open(true), open(false)]);
  return {
    ...merged,
    dir,
    split,
    firstOnly,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
