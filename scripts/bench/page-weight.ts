/**
 * Page weight: what a visitor downloads to read a page, gzipped as a web server sends it:
 * the HTML and the stylesheets, scripts and SVG images the page references. One measure
 * for the budget test (test/build/page-weight.test.ts) and the benchmark (scripts/bench.ts).
 * Sizes are deterministic, so the test can fail on them; times are not, so they stay in
 * the benchmark.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** At most this many bytes, gzipped, for any page with everything it loads (the budget in docs/performance.md). */
export const PAGE_BUDGET_BYTES = 50_000;

export interface PageWeight {
  /** The page's address, as `/uppdrag/heltid-som-norm/`. */
  page: string;
  /** The route it comes from, as `/uppdrag/[id]/`. */
  type: string;
  /** Gzipped bytes of each part. */
  html: number;
  css: number;
  js: number;
  svg: number;
  total: number;
  /** `<script>` elements on the page (JSON data blocks not counted). */
  scripts: number;
  /** Site paths the page loads besides itself. */
  loads: string[];
}

/** `/uppdrag/x/` → `/uppdrag/[id]/`; `/planer/x/urval/a/b/` → `/planer/[id]/urval/[status]/[strategy]/`. */
export function pageType(page: string): string {
  const parts = page.split('/').filter(Boolean);
  if (parts.length < 2) return page;
  return parts[2] === 'urval' ? `/${parts[0]}/[id]/urval/[status]/[strategy]/` : `/${parts[0]}/[id]/`;
}

const TAG = /<(link|script|img|use|image)\b([^>]*)>/gi;
const ATTRIBUTE = /([a-z:-]+)\s*=\s*"([^"]*)"/gi;

function attributes(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(ATTRIBUTE)].map(([, name, value]) => [name.toLowerCase(), value]));
}

/** What a page loads: stylesheets, scripts (and their preloads), SVG images and icons. */
function references(html: string): { css: string[]; js: string[]; svg: string[]; scripts: number } {
  const css: string[] = [];
  const js: string[] = [];
  const svg: string[] = [];
  let scripts = 0;
  for (const [, tag, rest] of html.matchAll(TAG)) {
    const a = attributes(rest);
    const name = tag.toLowerCase();
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    if (name === 'link' && rel.includes('stylesheet') && a.href) css.push(a.href);
    else if (name === 'link' && rel.includes('modulepreload') && a.href) js.push(a.href);
    else if (name === 'link' && rel.includes('icon') && a.href?.endsWith('.svg')) svg.push(a.href);
    else if (name === 'script' && !/json/.test(a.type ?? '')) {
      scripts += 1;
      if (a.src) js.push(a.src);
    } else if (
      (name === 'img' && a.src?.endsWith('.svg')) ||
      ((name === 'use' || name === 'image') && /^\/.*\.svg/.test(a.href ?? ''))
    ) {
      svg.push((a.src ?? a.href).split('#')[0]);
    }
  }
  return { css, js, svg, scripts };
}

function pagesIn(dist: string): { page: string; file: string }[] {
  return (
    readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => file.split('\\').join('/'))
      // The browser editor is not a page of the site and has no place in its budget.
      .filter((file) => !file.startsWith('admin/'))
      .map((file) => ({ file, page: `/${file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file}` }))
      .sort((a, b) => a.page.localeCompare(b.page))
  );
}

/** The weight of every HTML page under `dist`. A referenced file that is missing counts as nothing (the link check finds it). */
export function pageWeights(dist: string): PageWeight[] {
  const gzipped = new Map<string, number>();
  const sizeOf = (path: string) => {
    const clean = path.split(/[?#]/)[0];
    if (!gzipped.has(clean)) {
      const file = join(dist, clean);
      gzipped.set(clean, clean.startsWith('/') && existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
    }
    return gzipped.get(clean)!;
  };
  return pagesIn(dist).map(({ page, file }) => {
    const text = readFileSync(join(dist, file));
    const refs = references(text.toString('utf8'));
    const sum = (paths: string[]) => [...new Set(paths)].reduce((total, path) => total + sizeOf(path), 0);
    const weight = { html: gzipSync(text).length, css: sum(refs.css), js: sum(refs.js), svg: sum(refs.svg) };
    return {
      page,
      type: pageType(page),
      ...weight,
      total: weight.html + weight.css + weight.js + weight.svg,
      scripts: refs.scripts,
      loads: [...new Set([...refs.css, ...refs.js, ...refs.svg])],
    };
  });
}

/** The heaviest page of each type, heaviest first, with how many pages the type has. */
export function heaviestByType(weights: readonly PageWeight[]): (PageWeight & { pages: number })[] {
  const byType = new Map<string, PageWeight & { pages: number }>();
  for (const weight of weights) {
    const known = byType.get(weight.type);
    if (!known || weight.total > known.total) byType.set(weight.type, { ...weight, pages: (known?.pages ?? 0) + 1 });
    else known.pages += 1;
  }
  return [...byType.values()].sort((a, b) => b.total - a.total);
}

/** `12345` bytes → `12.3 kB`. */
export const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
