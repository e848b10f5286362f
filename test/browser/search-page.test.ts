/**
 * The search page in a real browser, against the built site: the form, the query and
 * filters in the URL, the announced result count, keyboard use, and the page without
 * JavaScript. Reads the shared build of the test run and drives Debian’s Chromium.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite } from '../helpers/browser.ts';
import { entries } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { HIDDEN_MARK } from '#lib/search/search-excerpt.ts';
import { buildSearchRecords } from '#lib/search/search-records.ts';
import { validateFrozen } from '../helpers/content.ts';

let site: Awaited<ReturnType<typeof openBuiltSite>>;
let context: BrowserContext;
/** Every URL the pages requested, to check nothing left the site and when Pagefind loaded. */
let requests: string[] = [];
/** Errors the pages logged or threw: there must be none. */
const errors: string[] = [];

beforeAll(async () => {
  site = await openBuiltSite();
  context = await site.browser.newContext();
  context.on('request', (request) => requests.push(request.url()));
}, 120_000);
afterAll(async () => {
  expect(errors).toEqual([]);
  await context?.close();
  await site?.close();
});

async function open(path: string): Promise<Page> {
  requests = [];
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      errors.push(`${path}: ${message.text()} ${message.location().url}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${path}: ${response.status()} ${response.url()}`);
  });
  await page.goto(`${site.url}${path}`);
  return page;
}

/** Results shown at a time, as `src/client/search.ts` shows them. */
const PAGE_SIZE = 10;
const status = (page: Page) => page.locator('[role="status"]');
const results = (page: Page) => page.locator('.search-results > li');

/** Waits for a search to be announced and returns the announcement. */
async function announced(page: Page): Promise<string> {
  await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/träff/);
  return (await status(page).textContent()) ?? '';
}

describe('the search page', () => {
  it('is a real GET form with a labelled search field, and loads Pagefind only when a search is made', async () => {
    const page = await open('/sok/');
    const form = page.locator('form[role="search"]');
    expect(await form.getAttribute('method')).toBe('get');
    expect(await form.getAttribute('action')).toBe('/sok/');
    await expect.poll(() => page.getByLabel('Sökord').getAttribute('name')).toBe('q');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    await page.getByLabel('Sökord').fill('styrmodellen');
    await page.getByLabel('Sökord').press('Enter');
    expect(await announced(page)).toMatch(/^\d+ träffar för ”styrmodellen”\.$/);
    expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('styrmodellen');
    await page.close();
  });

  it('runs the search in a shared link, fills in the form, and shows each hit as a heading with a link, its type and facts', async () => {
    const page = await open(`/sok/?q=${encodeURIComponent('§ 194')}`);
    expect(await announced(page)).toMatch(/träff(ar)? för ”§ 194”/);
    expect(await page.getByLabel('Sökord').inputValue()).toBe('§ 194');
    const first = results(page).first();
    expect(await first.locator('h3 a').getAttribute('href')).toBe('/beslut/rs-2023-11-08-194/');
    expect(await first.locator('.search-result__meta').textContent()).toMatch(
      /^Beslut · 8 november 2023 · .* · RS\/595\/2023$/,
    );
    const excerpt = (await first.locator('.search-result__excerpt').textContent()) ?? '';
    expect(excerpt).toContain('§ 194');
    expect(excerpt).not.toContain('paragraf0194');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows an uppdrag’s status in words and its plan, and the Exempel mark', async () => {
    const page = await open(`/sok/?q=${encodeURIComponent('samisk kulturkompetens')}`);
    await announced(page);
    const meta = (await results(page).first().locator('.search-result__meta').textContent()) ?? '';
    expect(meta).toMatch(/^Uppdrag · (Helt|Delvis|Ej) uppfyllt per april 2024 · Regionstyrelsens plan och budget 2024/);
    expect(meta).toContain('Exempel');
    await page.close();
  });

  it('finds a diarienummer however it is written', async () => {
    for (const query of ['RS/595/2023', 'RS 595/2023', '595/2023']) {
      const page = await open(`/sok/?q=${encodeURIComponent(query)}`);
      await announced(page);
      // The case's decision first, then the plan or report with that dnr, then its documents.
      expect(await results(page).first().locator('a').getAttribute('href'), query).toMatch(/^\/beslut\//);
      await page.close();
    }
  }, 60_000);

  it('narrows by a filter, keeps it in the URL, and goes back with the browser', async () => {
    const page = await open('/sok/?q=ekonomi');
    const all = Number((await announced(page)).match(/^\d+/)![0]);
    expect(await page.getByLabel('Typ').isVisible()).toBe(false); // behind "Avgränsa och ordna" until asked for
    await page.locator('summary', { hasText: 'Avgränsa och ordna' }).click();
    await page.getByLabel('Typ').selectOption('Beslut');
    await expect.poll(() => status(page).textContent()).not.toMatch(new RegExp(`^${all} `));
    const narrowed = Number((await announced(page)).match(/^\d+/)![0]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('typ')).toBe('Beslut');
    const types = await page.locator('.search-result__type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(type).toBe('Beslut');

    await page.goBack();
    await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`^${all} `));
    expect(await page.getByLabel('Typ').inputValue()).toBe('');
    await page.close();
  });

  it('lists by filters alone, without a word', async () => {
    const page = await open(`/sok/?status=${encodeURIComponent('Går ej att mäta')}`);
    expect(await announced(page)).toBe('5 träffar med de valda filtren.');
    expect(await page.getByLabel('Senaste status').inputValue()).toBe('Går ej att mäta');
    expect(await page.getByLabel('Senaste status').isVisible()).toBe(true);
    await page.close();
  });

  it('can be used with the keyboard alone: search, reach the hits, show more, with visible focus', async () => {
    const page = await open('/sok/');
    await page.keyboard.press('Tab'); // skip link
    let focused = '';
    for (let i = 0; i < 20 && focused !== 'sok-q'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('sok-q');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    await page.keyboard.type('ekonomi');
    await page.keyboard.press('Enter');
    const total = Number((await announced(page)).match(/^\d+/)![0]);
    expect(total).toBeGreaterThan(PAGE_SIZE);
    expect(await results(page).count()).toBe(PAGE_SIZE);

    let onResult = false;
    for (let i = 0; i < 30 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => Boolean(document.activeElement?.closest('.search-result')));
    }
    expect(onResult).toBe(true);

    await page.getByRole('button', { name: /Visa fler träffar/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => results(page).count()).toBe(Math.min(total, 2 * PAGE_SIZE));
    const focusedHref = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focusedHref).toBe(await results(page).nth(PAGE_SIZE).locator('a').getAttribute('href'));
    expect(await page.getByRole('button', { name: /Visa fler träffar/ }).isHidden()).toBe(total <= 2 * PAGE_SIZE);
    await page.close();
  });

  it('loads Pagefind when the field gets focus, and shows results as the visitor types, without Enter', async () => {
    const fresh = await site.browser.newContext(); // an empty cache
    const seen: string[] = [];
    fresh.on('request', (request) => seen.push(request.url()));
    const page = await fresh.newPage();
    await page.goto(`${site.url}/sok/`, { waitUntil: 'networkidle' });
    expect(seen.filter((url) => url.includes('/pagefind/'))).toEqual([]); // nothing for a visitor who only looks
    await page.getByLabel('Sökord').focus();
    await expect.poll(() => seen.some((url) => url.includes('/pagefind/pagefind.js')), { timeout: 10_000 }).toBe(true);
    await page.getByLabel('Sökord').pressSequentially('tertialrapport', { delay: 20 });
    await expect.poll(() => results(page).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await announced(page)).toMatch(/^\d+ träff(ar)? för ”tertialrapport”\.$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('tertialrapport');
    await fresh.close();
  });

  it('"Visa inte exempel" leaves the examples out and is kept in the URL', async () => {
    const page = await open('/sok/?q=ekonomi');
    await announced(page);
    expect(await page.locator('.search-result__example').count()).toBeGreaterThan(0);
    const all = Number((await announced(page)).match(/^\d+/)![0]);
    // Beside the field, visible without opening "Avgränsa och ordna".
    await expect.poll(() => page.getByLabel('Visa inte exempel').isVisible()).toBe(true);
    expect(await page.locator('details[data-search-filters]').getAttribute('open')).toBeNull();
    await page.getByLabel('Visa inte exempel').check();
    await expect.poll(() => status(page).textContent()).not.toMatch(new RegExp(`^${all} `));
    await announced(page);
    expect(await page.locator('.search-result__example').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('exempel')).toBe('nej');
    await page.close();
  });

  it.each([
    ['a phone', { width: 412, height: 823 }],
    ['a desktop', { width: 1350, height: 940 }],
  ])('shows a shared link’s results without moving anything on the page, on %s', async (_, viewport) => {
    const fresh = await site.browser.newContext({ viewport });
    const page = await fresh.newPage();
    // Every layout shift, as Lighthouse counts them (none excused by input: nothing is typed).
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.url}/sok/?q=ekonomi`);
    await announced(page);
    expect(await results(page).count()).toBeGreaterThan(0);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    await fresh.close();
  });

  it('starts a shared link’s search only after the page has painted, so Pagefind never delays it', async () => {
    const page = await open(`/sok/?q=${encodeURIComponent('ekonomi')}`);
    await announced(page);
    const [paint, pagefind] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      performance.getEntriesByType('resource').find((entry) => entry.name.includes('/pagefind/'))?.startTime,
    ]);
    expect(paint).toBeGreaterThan(0);
    expect(pagefind).toBeGreaterThan(paint);
    await page.close();
  });

  it('makes no request outside the site', async () => {
    const page = await open(`/sok/?q=${encodeURIComponent('tertialrapport')}`);
    await announced(page);
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url.startsWith(site.url)).toBe(true);
    await page.close();
  });
});

describe('the search page in the reader’s words, over the built index', () => {
  // What to expect, from the content: the records' visible texts and the entries' titles.
  const { catalog, entries: all } = validateFrozen();
  const texts = new Map(all.map((e) => [`${e.collection}/${e.id}`, e.text]));
  const visible = new Map(
    buildSearchRecords(catalog, (c, id) => texts.get(`${c}/${id}`)).map((r) => [
      r.url,
      r.content.split(HIDDEN_MARK)[0].toLowerCase(),
    ]),
  );
  const titled = (pattern: RegExp) =>
    (['uppdrag', 'nyckeltal'] as const).flatMap((collection) =>
      entries(catalog, collection)
        .filter((e) => pattern.test(e.data.title))
        .map((e) => hrefFor(e)),
    );
  const hrefs = async (query: string) => {
    const page = await open(`/sok/?q=${encodeURIComponent(query)}`);
    await announced(page);
    const found = await results(page)
      .locator('h3 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    await page.close();
    return found;
  };

  it('vårdcentral puts entries about primärvård in the top three', async () => {
    const found = await hrefs('vårdcentral');
    expect(found.length).toBeGreaterThan(0);
    for (const href of found.slice(0, 3)) expect(visible.get(href), href).toContain('primärvård');
  });

  it('sjukfrånvaro finds Frisktal, and användning finds Energianvändning', async () => {
    for (const [query, pattern] of [
      ['sjukfrånvaro', /^frisktal/i],
      ['användning', /energianvändning/i],
    ] as const) {
      const expected = titled(pattern);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(
        (await hrefs(query)).some((href) => expected.includes(href)),
        query,
      ).toBe(true);
    }
  });

  it('RS/595/2023 puts a decision filed under it first', async () => {
    const decisions = entries(catalog, 'decisions')
      .filter((d) => d.data.dnr === 'RS/595/2023')
      .map((d) => hrefFor(d));
    expect(decisions).toContain((await hrefs('RS/595/2023'))[0]);
  });
});

describe('the search page without JavaScript', () => {
  it('explains what to do and offers the lists to browse', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${site.url}/sok/?q=styrmodellen`);
    expect(await page.locator('.search-page__nojs').textContent()).toMatch(/Sökningen behöver JavaScript/);
    const browse = await page
      .locator('.search-page__browse a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(browse).toEqual(['/planer/', '/uppdrag/', '/nyckeltal/', '/rapporter/', '/beslut/', '/dokument/']);
    expect(await page.locator('[data-search-results]').isHidden()).toBe(true);
    await noScript.close();
  });
});
