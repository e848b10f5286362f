/**
 * Search as a visitor meets it, for the benchmark: a built site served by a tiny static
 * server, Debian's Chromium driven by playwright-core, and for each query a fresh browser
 * (empty cache) that opens /sok/, types the query and presses Enter: once at once (the whole
 * query put in the field and Enter pressed in the same instant), and once prepared (the
 * field focused a second before, as a visitor who clicks into it, then the query typed key
 * by key at `TYPING_DELAY` and Enter pressed right after the last key). Reports, read from
 * the page's own network events, the bytes and requests from focus until the first results
 * were shown and the time from Enter to them; and, for an index split by year, the same until
 * the complete results (the archive of older years merged; for a prepared search, the archive
 * is usually in before Enter and both are the same); and whether anything of Pagefind was
 * fetched before the field got focus.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Milliseconds between keys when a prepared search is typed: a quick typist, about 8 keys a second. */
export const TYPING_DELAY = 120;

/** A search up to a point: its first results shown, or its complete results. */
export interface SearchStage {
  /** Requests and bytes transferred (headers and bodies, gzipped where served so) from focusing the field until then. */
  requests: number;
  bytes: number;
  /** Of those, Pagefind's own files, by kind: script, WebAssembly, metadata, index, filters, fragments. */
  pagefind: Record<string, number>;
  /** Milliseconds from pressing Enter until then. */
  milliseconds: number;
  /** What the page announced, as "12 träffar för ”ekonomi”." */
  announced: string;
}

export interface SearchFigures {
  query: string;
  /** Whether the field had focus a second (and the network was quiet) before the query was typed key by key and Enter pressed. */
  prepared: boolean;
  /** Until the first results were shown: what the 100 kB budget for a first search is about. */
  first: SearchStage;
  /** Until the complete results were shown and the network was quiet after them. */
  complete: SearchStage;
  /** Pagefind files requested before the field got focus: none, when it is loaded only when used. */
  before: number;
}

/** What a file of Pagefind's is: `pagefind.js`, `wasm`, `meta`, `index`, `filter`, `fragment`; undefined for the site's own. */
function pagefindKind(url: string): string | undefined {
  const path = new URL(url).pathname;
  if (!path.includes('/pagefind/')) return undefined;
  if (path.endsWith('.js')) return 'pagefind.js';
  if (path.includes('/wasm.')) return 'wasm';
  return /\.pf_(index|filter|fragment)$/.exec(path)?.[1] ?? 'meta';
}

/**
 * Serves `dir` on 127.0.0.1 at a free port, gzipping text as web servers do (Pagefind's
 * index files are compressed by Pagefind itself and sent as they are).
 */
async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (path.endsWith('/')) path += 'index.html';
    try {
      const file = join(dir, path);
      if (!statSync(file).isFile()) throw new Error('not a file');
      const type = TYPES[extname(path)];
      const gzip = type !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding']));
      response.writeHead(200, {
        'content-type': type ?? 'application/octet-stream',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      response.end(gzip ? gzipSync(readFileSync(file)) : readFileSync(file));
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A status text the page wrote, and when (`Date.now()`, the same clock as the network's events here). */
interface Said {
  at: number;
  text: string;
}

/** Runs in the page before its scripts: records every text of the status line with its time in `window.said`. */
function recordStatus(): void {
  const said: Said[] = [];
  Object.assign(window, { said });
  document.addEventListener('DOMContentLoaded', () => {
    const element = document.querySelector('[role="status"]');
    if (!element) return;
    new MutationObserver(() => said.push({ at: Date.now(), text: element.textContent ?? '' })).observe(element, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

/** A network to measure over; `undefined` fields mean the loopback as it is. */
export interface Network {
  name: string;
  /** Added to each request's round trip, in ms. */
  latency?: number;
  /** Bits per second. */
  download?: number;
  upload?: number;
}

/** The loopback, and a weak connection as a phone in the countryside may have (Lighthouse's "slow 4G"). */
export const NETWORKS: Network[] = [
  { name: 'local' },
  { name: 'slow 4G (1.6 Mbit/s, 150 ms)', latency: 150, download: 1_600_000, upload: 750_000 },
];

/** Runs each query as a first search in a fresh browser context against the site in `dist`, over `network`. */
export async function measureSearch(
  dist: string,
  queries: readonly string[],
  network: Network = NETWORKS[0],
): Promise<SearchFigures[]> {
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const figures: SearchFigures[] = [];
    for (const query of queries) {
      for (const prepared of [false, true]) {
        const context = await browser.newContext();
        await context.addInitScript(recordStatus);
        const page = await context.newPage();
        if (network.latency !== undefined) {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Network.emulateNetworkConditions', {
            offline: false,
            latency: network.latency,
            downloadThroughput: (network.download ?? 0) / 8,
            uploadThroughput: (network.upload ?? 0) / 8,
          });
        }
        const loaded: { url: string; at: number; bytes: Promise<number> }[] = [];
        /** The responses received from `from` on until `until` (a wall-clock time), with their kinds' bytes. */
        const stage = async (
          from: number,
          until: number,
          milliseconds: number,
          announced: string,
        ): Promise<SearchStage> => {
          const during = loaded.slice(from).filter((r) => r.at <= until);
          const sizes = await Promise.all(during.map((r) => r.bytes));
          return {
            requests: during.length,
            bytes: sizes.reduce((sum, n) => sum + n, 0),
            pagefind: during.reduce<Record<string, number>>((kinds, r, i) => {
              const kind = pagefindKind(r.url);
              if (kind) kinds[kind] = (kinds[kind] ?? 0) + sizes[i];
              return kinds;
            }, {}),
            milliseconds,
            announced,
          };
        };
        // Bytes on the wire: bodies as sent (gzipped where the server gzips) and headers.
        page.on('response', (response) =>
          loaded.push({
            url: response.url(),
            at: Date.now(),
            bytes: response
              .request()
              .sizes()
              .then(
                (size) => size.responseBodySize + size.responseHeadersSize,
                () => 0,
              ),
          }),
        );
        await page.goto(`${server.url}/sok/`, { waitUntil: 'networkidle' });
        const before = loaded.filter((r) => r.url.includes('/pagefind/')).length;
        const from = loaded.length;
        const field = page.getByLabel('Sökord');
        await field.focus();
        if (prepared) {
          await page.waitForTimeout(1000);
          await page.waitForLoadState('networkidle');
        }
        if (prepared) await field.pressSequentially(query, { delay: TYPING_DELAY });
        else await field.fill(query);
        const started = Date.now();
        await field.press('Enter');
        // Complete: a count that no longer says older years are still being searched.
        const status = page.locator('[role="status"]');
        await status.filter({ hasText: 'träff' }).filter({ hasNotText: 'äldre år' }).waitFor({ timeout: 60_000 });
        await page.waitForLoadState('networkidle');
        // The page's own record of when each status was written: the first after Enter came
        // with the first results, and may have lasted too short a time to be seen from here.
        const said = await page.evaluate(() => (window as unknown as { said: Said[] }).said);
        const shown = said.filter((entry) => entry.at >= started && entry.text.trim());
        const [first, complete] = [shown[0], shown.at(-1)];
        if (!first || !complete) throw new Error(`Sökningen ${query} skrev inget i statusraden.`);
        figures.push({
          query,
          prepared,
          first: await stage(from, first.at, first.at - started, first.text),
          complete: await stage(from, Number.POSITIVE_INFINITY, complete.at - started, complete.text),
          before,
        });
        await context.close();
      }
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}
