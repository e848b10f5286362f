/**
 * The real search index, queried the way the search page queries it: the build's own
 * `writeSearchIndex` writes the Pagefind bundle to a temporary folder, a tiny static
 * server serves it, and Pagefind's browser script (`pagefind.js`, which runs in Node
 * without a worker) searches it over HTTP.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { normaliseQuery } from '#lib/core/dnr.ts';
import { lookupPrefixes } from '#lib/search/search-records.ts';
import { type SearchOptions, rankedSearch } from '#lib/search/search-ranking.ts';
import { validateContent } from '../../src/data/content-files.ts';
import { ROOT } from './content.ts';
import { serveStatic } from './static-server.ts';

export interface Hit {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  content: string;
  locations: number[];
}

/** What the tests need of Pagefind's browser API. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options?: SearchOptions,
  ): Promise<{ results: { id: string; score: number; data(): Promise<Hit> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchIndex {
  /** The folder holding `pagefind/`. */
  dir: string;
  /** Searches as the search page does: the query normalised, the results ranked. Returns every hit, best first. */
  search(query: string | null, options?: SearchOptions & { withoutExamples?: boolean }): Promise<Hit[]>;
  /** Pagefind's own order, without the ranking: what the ranking is compared with. */
  plainSearch(query: string): Promise<Hit[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

/** Builds the bundled content's search index and opens it for searching. */
export async function openSearchIndex(root = ROOT): Promise<SearchIndex> {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-search-'));
  await writeSearchIndex(root, join(dir, 'pagefind'));
  const prefixes = lookupPrefixes(validateContent(root).catalog);
  const server = await serveStatic(dir);
  const pagefind = (await import(join(dir, 'pagefind', 'pagefind.js'))) as PagefindApi;
  await pagefind.options({ basePath: `${server.url}/pagefind/`, baseUrl: '/' });
  return {
    dir,
    async search(query, options) {
      const results = await rankedSearch(pagefind, query === null ? null : normaliseQuery(query, prefixes), options);
      return Promise.all((results ?? []).map((result) => result.data()));
    },
    async plainSearch(query) {
      const response = await pagefind.search(normaliseQuery(query, prefixes));
      return Promise.all(response.results.map((result) => result.data()));
    },
    filters: () => pagefind.filters(),
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
