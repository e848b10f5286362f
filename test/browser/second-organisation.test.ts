/**
 * A kommun runs Insyn too: the Östersund fixture (test/fixtures/ostersund/content, a content
 * folder with its own insyn.json) builds with no change to the code, once, and passes the
 * checks the bundled site passes: every link resolves, every page is valid HTML, weighs
 * within the budget, and no kind of page has an axe violation (at desktop width; at 320 px and
 * in forced colours the pages whose content is the kommun's own). Its nyckeltal rank the
 * kommun among all kommuner and within its county, in the kommun's words, and its South Sami
 * page is marked `lang="sma"`, listed in the footer and found by search.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_BUDGET_BYTES, kilobytes, pageWeights } from '../../scripts/bench/page-weight.ts';
import { astroBuildOrThrow, withBuildLock } from '../helpers/astro-build.ts';
import { MODES, violations } from '../helpers/axe.ts';
import { type GuardedContext, guardedContext, type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { brokenLinks, page, sitePages, TEST_BUILD_ENV, urlOf } from '../helpers/built-site.ts';
import { ROOT } from '../helpers/content.ts';
import { htmlErrors } from '../helpers/html-validity.ts';
import { openSearchIndex } from '../helpers/search-index.ts';
import { plain } from '../helpers/text.ts';

const CONTENT = join(ROOT, 'test/fixtures/ostersund/content');

/** One page per kind of address: `/nyckeltal/x/` stands for every nyckeltal page. */
function oneOfEachKind(files: readonly string[]): string[] {
  const kinds = new Map<string, string>();
  for (const file of files) {
    const parts = urlOf(file).split('/').filter(Boolean);
    kinds.set(parts.length >= 2 ? [...parts.slice(0, -1), '*'].join('/') : parts.join('/'), file);
  }
  return [...kinds.values()];
}
const dir = mkdtempSync(join(tmpdir(), 'insyn-ostersund-'));
const dist = join(dir, 'dist');
let pages: string[] = [];
let site: OpenSite;

beforeAll(async () => {
  // Its own content cache beside a copy's content would be cleaner, but the build keeps the cache beside the folder it reads.
  withBuildLock(() => astroBuildOrThrow(dist, { ...TEST_BUILD_ENV, INSYN_CONTENT_DIR: CONTENT }));
  pages = sitePages(dist);
  site = await openBuiltSite(dist);
}, 240_000);
afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(ROOT, 'test/fixtures/ostersund/.astro-cache'), { recursive: true, force: true });
});

describe('Östersunds kommun, built from its own content folder', () => {
  it('is the kommun’s site: its name in every title, its words on the nyckeltal pages', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const file of pages) expect(page(dist, file).querySelector('title')!.text, file).toMatch(/Östersunds kommun$/);
    const text = plain(page(dist, '/nyckeltal/nettokostnad/index.html').querySelector('main')!.text);
    expect(text).toMatch(/Plats \d+ av 290 bland kommunerna 2022 och plats \d av 8 i Jämtlands län/);
    expect(text).toContain('de 8 kommunerna i Jämtlands län 2022');
    expect(text).toContain('Alla kommuner 2022');
    expect(text).not.toMatch(/region/i);
    for (const file of ['/index.html', '/om/index.html', '/lattlast/index.html', '/planer/index.html'])
      expect(plain(page(dist, file).querySelector('body')!.text), file).not.toMatch(/\bregion(en|ens|styrelsen)\b/i);
    expect(plain(page(dist, '/planer/index.html').querySelector('main')!.text)).toContain('Kommunfullmäktige antar');
  });

  it('has every internal link resolving', () => {
    expect(brokenLinks(dist)).toEqual([]);
  });

  it('is valid HTML on every page', async () => {
    expect(await htmlErrors(dist, pages)).toEqual([]);
  });

  it('keeps every page within the page-weight budget', () => {
    const over = pageWeights(dist)
      .filter((w) => w.total > PAGE_BUDGET_BYTES)
      .map((w) => `${w.page}: ${kilobytes(w.total)}`);
    expect(over).toEqual([]);
  });

  it('links the easy-to-read page from the start page and the footer', () => {
    const start = page(dist, '/index.html');
    expect(start.querySelector('main a[href="/lattlast/"]')).not.toBeNull();
    expect(start.querySelector('footer a[href="/lattlast/"]')).not.toBeNull();
    expect(plain(page(dist, '/lattlast/index.html').querySelector('main')!.text)).toContain('Planen har 3 uppdrag.');
  });

  it('publishes the South Sami page with lang="sma", the Swedish frame marked Swedish, listed under Språk', () => {
    const sma = page(dist, '/sidor/staare/index.html');
    expect(sma.querySelector('html')!.getAttribute('lang')).toBe('sma');
    for (const part of ['header', 'footer', 'nav.breadcrumbs'])
      expect(sma.querySelector(part)!.getAttribute('lang'), part).toBe('sv');
    const link = page(dist, '/index.html').querySelector('footer a[href="/sidor/staare/"]')!;
    expect([link.getAttribute('lang'), link.getAttribute('hreflang')]).toEqual(['sma', 'sma']);
  });

  it('finds the South Sami page by search', async () => {
    const search = await openSearchIndex({ contentDir: CONTENT });
    try {
      const hits = await search.search('Staare');
      expect(hits.map((h) => h.url)).toContain('/sidor/staare/');
      expect(hits.find((h) => h.url === '/sidor/staare/')!.meta).toMatchObject({ lang: 'sma' });
    } finally {
      await search.close();
    }
  });
});

describe('axe-core on every kind of page of the kommun’s site', () => {
  /**
   * One page of each kind at desktop width, as the bundled site's check samples its pages. The
   * other modes test layout and colours, which the templates decide and the bundled site's
   * check covers in every mode: here they visit the start page, the plan and the nyckeltal,
   * whose content (the kommun's words, its rank in the county) is this site's own.
   */
  const visited = ({ name }: (typeof MODES)[number]) => {
    const all = oneOfEachKind(pages);
    return name === 'desktop'
      ? all
      : all.filter((file) => /^\/(?:planer\/[^/]+\/|nyckeltal\/[^/]+\/)?$/.test(urlOf(file)));
  };

  async function found(mode: (typeof MODES)[number]): Promise<string[]> {
    const guarded: GuardedContext = await guardedContext(site, mode.options);
    try {
      const tab = await guarded.context.newPage();
      const out: string[] = [];
      const files = visited(mode);
      // A filter that matched nothing would pass without checking anything.
      if (files.length < 3) out.push(`${mode.name}: bara ${files.length} sidor att kontrollera`);
      for (const file of files) {
        await tab.goto(`${site.url}${urlOf(file)}`);
        out.push(...(await violations(tab)).map((v) => `${urlOf(file)}: ${v}`));
      }
      return [...out, ...guarded.problems.splice(0)];
    } finally {
      await guarded.context.close();
    }
  }

  it('has no violations at desktop width, nor at 320 px and with forced colours on its own content', async () => {
    const results = await Promise.all(MODES.map(async (mode) => [mode.name, await found(mode)] as const));
    expect(Object.fromEntries(results)).toEqual(Object.fromEntries(MODES.map(({ name }) => [name, []])));
  }, 240_000);
});
