/**
 * The real search index, queried the way the search page queries it: the build's own
 * `writeSearchIndex` writes the Pagefind bundle to a temporary folder, a tiny static
 * server serves it, and Pagefind's browser script (`pagefind.js`, which runs in Node
 * without a worker) searches it over HTTP.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { normaliseQuery } from '../../src/lib/dnr.ts';
import { lookupPrefixes } from '../../src/lib/search-records.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { ROOT } from './content.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
};

/** Serves a folder on 127.0.0.1 at a free port; resolves to its base URL and a stop function. */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = readFileSync(join(dir, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface Hit {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
}

/** What the tests need of Pagefind's browser API. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string | string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { data(): Promise<Hit> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchIndex {
  /** The folder holding `pagefind/`. */
  dir: string;
  /** Searches as the search page does: the query normalised first. Returns every hit, best first. */
  search(query: string | null, options?: Parameters<PagefindApi['search']>[1]): Promise<Hit[]>;
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
      const response = await pagefind.search(query === null ? null : normaliseQuery(query, prefixes), options);
      return Promise.all(response.results.map((result) => result.data()));
    },
    filters: () => pagefind.filters(),
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
