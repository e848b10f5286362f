/**
 * The search page over an index split by year, in a real browser: a shared link's search
 * shows the newest years' results first and says so, then the complete results; a visitor
 * who focuses the field before typing gets the complete results straight away; a failed
 * archive keeps the first results, says so, and a later search tries again.
 *
 * Without a second site build: a copy of the shared build with the search index written
 * again at a small limit, and the search form's `data-first-years` that a build with
 * `INSYN_SEARCH_FIRST_INDEX` at that limit writes, from the same `splitByYear`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitByYear, yearSpan } from '#lib/search/index-split.ts';
import { searchRecordDates } from '#lib/search/search-records.ts';
import { type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { builtSite } from '../helpers/built-site.ts';
import { validateFrozen } from '../helpers/content.ts';
import { type SearchIndex, openSearchIndex } from '../helpers/search-index.ts';

const QUERY = 'ekonomi';
const PAGE_SIZE = 10;
const dates = searchRecordDates(validateFrozen().catalog, []);
const years = [...new Set(dates.map((d) => Number(d.sort.date.slice(0, 4))))].sort((a, b) => b - a);
/** The two newest years exactly: the bundled content then splits, whatever its size. */
const limit = dates.filter((d) => years.slice(0, 2).includes(Number(d.sort.date.slice(0, 4)))).length;
const { firstYears } = splitByYear(dates, limit);
const span = yearSpan(firstYears!);

let dir: string;
let site: OpenSite;
let split: SearchIndex;
let whole: SearchIndex;
/** How many hits the query has in the first index alone, and in the unsplit index. */
let firstCount: number;
let wholeCount: number;
const errors: string[] = [];

beforeAll(async () => {
  [split, whole] = [await openSearchIndex({ firstLimit: limit }), await openSearchIndex()];
  firstCount = (await split.firstOnly.search(QUERY)).length;
  wholeCount = (await whole.search(QUERY)).length;
  dir = mkdtempSync(join(tmpdir(), 'insyn-split-site-'));
  cpSync(builtSite(), dir, { recursive: true });
  rmSync(join(dir, 'pagefind'), { recursive: true });
  cpSync(join(split.dir, 'pagefind'), join(dir, 'pagefind'), { recursive: true });
  const searchPage = join(dir, 'sok', 'index.html');
  const html = readFileSync(searchPage, 'utf8');
  expect(html).toContain(' data-search ');
  writeFileSync(searchPage, html.replace(' data-search ', ` data-search data-first-years="${span}" `));
  site = await openBuiltSite(dir);
}, 120_000);
afterAll(async () => {
  await site?.close();
  await Promise.all([split?.close(), whole?.close()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const status = (page: Page) => page.locator('[role="status"]');
const results = (page: Page) => page.locator('.search-results > li');
const firstMessage = () => `${firstCount} träffar för ”${QUERY}” från ${span}. Söker i äldre år …`;
const completeMessage = () => `${wholeCount} träffar för ”${QUERY}”.`;

/** A context that records every status text the page shows, and its errors. */
async function context(viewport?: { width: number; height: number }): Promise<BrowserContext> {
  const created = await site.browser.newContext(viewport ? { viewport } : {});
  await created.addInitScript(() => {
    const said: string[] = [];
    const shifts: number[] = [];
    Object.assign(window, { said, shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const element = document.querySelector('[role="status"]')!;
      new MutationObserver(() => said.push(element.textContent ?? '')).observe(element, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
  });
  return created;
}

function watchErrors(page: Page): void {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);
const hrefs = (page: Page) =>
  results(page)
    .locator('h3 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe('the search page over an index split by year', () => {
  it('has a query with hits in both parts', () => {
    expect(split.split.archive.length).toBeGreaterThan(0);
    expect(firstCount).toBeGreaterThan(0);
    expect(firstCount).toBeLessThan(wholeCount);
  });

  it('shows a shared link’s first results from the newest years, then the complete results in their place, with nothing moving', async () => {
    const browser = await context({ width: 412, height: 823 });
    let release = () => {};
    const archiveHeld = new Promise<void>((resolve) => (release = resolve));
    // The archive waits until the first results have been seen, as on a slow connection.
    await browser.route('**/pagefind/arkiv/**', async (route) => {
      await archiveHeld;
      await route.continue();
    });
    const page = await browser.newPage();
    watchErrors(page);
    await page.goto(`${site.url}/sok/?q=${QUERY}`);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe(firstMessage());
    const firstUrls = new Set(split.split.first.map((r) => r.url));
    for (const href of await hrefs(page)) expect(firstUrls.has(href!), href!).toBe(true);

    release();
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe(completeMessage());
    expect(await results(page).count()).toBe(Math.min(wholeCount, PAGE_SIZE));
    expect(await page.getByRole('button', { name: /Visa fler träffar/ }).textContent()).toContain(`av ${wholeCount}`);
    // Never "Inga träffar" or a count of nothing while the older years were searched.
    expect((await said(page)).filter((text) => /Inga träffar|^0 /.test(text))).toEqual([]);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    await browser.close();
  });

  it('replaces a typed search’s first count, announced on Enter, with the complete one', async () => {
    const browser = await context();
    const gate = () => {
      let open = () => {};
      const opened = new Promise<void>((resolve) => (open = resolve));
      return { open, opened };
    };
    // Pagefind arrives after the words are typed, as on a slow connection, so the typed
    // search waits for its first results; the archive arrives after Enter.
    const [script, archive] = [gate(), gate()];
    await browser.route('**/pagefind/pagefind.js', async (route) => {
      await script.opened;
      await route.continue();
    });
    await browser.route('**/pagefind/arkiv/**', async (route) => {
      await archive.opened;
      await route.continue();
    });
    const page = await browser.newPage();
    watchErrors(page);
    await page.goto(`${site.url}/sok/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Sökord').fill(QUERY);
    await page.waitForTimeout(300); // the typing has paused: its search has started
    script.open();
    await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByLabel('Sökord').press('Enter');
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe(firstMessage());
    archive.open();
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe(completeMessage());
    await browser.close();
  });

  it('gives a visitor who focuses the field and then types the complete results straight away', async () => {
    const browser = await context();
    const page = await browser.newPage();
    watchErrors(page);
    await page.goto(`${site.url}/sok/`, { waitUntil: 'networkidle' });
    const archiveLoaded = page.waitForResponse((response) =>
      /\/pagefind\/arkiv\/pagefind\.[^/]+\.pf_meta$/.test(response.url()),
    );
    await page.getByLabel('Sökord').focus();
    await archiveLoaded;
    await page.getByLabel('Sökord').pressSequentially(QUERY, { delay: 20 });
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe(completeMessage());
    expect((await said(page)).filter((text) => text.includes('äldre år'))).toEqual([]);
    await browser.close();
  });

  it('keeps the first results when the archive cannot be loaded, says so, and tries again at the next search', async () => {
    const browser = await context();
    let failing = true;
    await browser.route('**/pagefind/arkiv/**', (route) => (failing ? route.abort() : route.continue()));
    const page = await browser.newPage();
    await page.goto(`${site.url}/sok/?q=${QUERY}`);
    await expect
      .poll(() => status(page).textContent(), { timeout: 10_000 })
      .toBe(
        `${firstCount} träffar för ”${QUERY}” från ${span}. Äldre år kunde inte sökas just nu. Sök igen för att försöka på nytt.`,
      );
    expect(await results(page).count()).toBe(Math.min(firstCount, PAGE_SIZE));

    failing = false;
    await page.getByLabel('Sökord').press('Enter');
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe(completeMessage());
    await browser.close();
  });

  it('lists by a filter alone newest first across both parts, as the unsplit index does', async () => {
    const browser = await context();
    const page = await browser.newPage();
    watchErrors(page);
    await page.goto(`${site.url}/sok/?typ=Beslut`);
    const expected = (await whole.search(null, { filters: { typ: 'Beslut' }, sort: { date: 'desc' } })).map(
      (h) => h.url,
    );
    expect(split.split.archive.some((r) => r.url.startsWith('/beslut/'))).toBe(true);
    await expect
      .poll(() => status(page).textContent(), { timeout: 10_000 })
      .toBe(`${expected.length} träffar med de valda filtren.`);
    expect(await hrefs(page)).toEqual(expected.slice(0, PAGE_SIZE));
    await browser.close();
  });

  it('logged no error', () => {
    expect(errors).toEqual([]);
  });
});
