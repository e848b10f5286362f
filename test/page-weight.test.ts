/**
 * Page weight budget: what a visitor on a weak connection downloads to read a page, as a
 * server sends it gzipped: the HTML and every stylesheet, script and image it references.
 * Sizes are deterministic, so the budget is a test; download times belong to the benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtSite, filesIn, page } from './helpers/built-site.ts';

/** The budget from the performance issue: 50 KB for any content page, everything included. */
const BUDGET = 50 * 1024;

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;

describe('page weight', () => {
  const dist = builtSite();
  const pages = filesIn(dist).filter((file) => file.endsWith('.html'));

  /** Gzipped bytes of a page and of the same-site files it loads on its own (Pagefind loads only on a search). */
  function weight(file: string): { total: number; parts: Record<string, number> } {
    const root = page(dist, file);
    const parts: Record<string, number> = { [file]: gzipped(readFileSync(join(dist, file))) };
    const assets = [
      ...root.querySelectorAll('link[rel="stylesheet"][href], link[rel="icon"][href]').map((e) => e.getAttribute('href')!),
      ...root.querySelectorAll('script[src], img[src]').map((e) => e.getAttribute('src')!),
    ];
    for (const href of assets) {
      expect(href, `${file}: ${href}`).toMatch(/^\/[^/]/);
      parts[href] = gzipped(readFileSync(join(dist, href.split(/[?#]/)[0])));
    }
    return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts };
  }

  it(`keeps every page within ${BUDGET / 1024} KB gzipped, HTML, CSS, scripts and images together`, () => {
    const weights = pages.map((file) => ({ file, ...weight(file) })).sort((a, b) => b.total - a.total);
    const heaviest = weights.slice(0, 5).map((w) => `${w.file}: ${(w.total / 1024).toFixed(1)} KB`);
    console.log(`Tyngsta sidorna (gzip):\n  ${heaviest.join('\n  ')}`);
    expect(weights.filter((w) => w.total > BUDGET).map((w) => `${w.file}: ${w.total} B ${JSON.stringify(w.parts)}`)).toEqual([]);
  });
});
