/**
 * End to end, in Debian's Chromium against the built site served with its deployment
 * headers: a visitor's paths by clicking real links, a search narrowed by a filter,
 * keyboard-only use with visible focus, a 320 px screen on every kind of page, and on every
 * page no console error, no failed request and no request to another host (such requests
 * are intercepted and fail the test).
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GuardedContext, guardedContext, type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { builtSite, fileFor, filesIn, page as parsedPage } from '../helpers/built-site.ts';
import { validateFrozen } from '../helpers/content.ts';
import { samplePages } from '../helpers/sample-pages.ts';

const dist = builtSite();
let site: OpenSite;
let guarded: GuardedContext;

beforeAll(async () => {
  site = await openBuiltSite(dist);
  guarded = await guardedContext(site, { viewport: { width: 1280, height: 900 } });
}, 60_000);
afterEach(() => {
  // Every test's pages: no console error or warning, no failed request, nothing from elsewhere.
  expect(guarded.problems.splice(0)).toEqual([]);
});
afterAll(async () => {
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const page = await guarded.context.newPage();
  await page.goto(`${site.url}${path}`);
  return page;
}

const pathOf = (page: Page) => decodeURIComponent(new URL(page.url()).pathname);
const h1 = (page: Page) => page.locator('h1').innerText();

/** Links inside `<main>` of a built page, as written in its HTML. */
function mainLinks(path: string): string[] {
  const root = parsedPage(dist, fileFor(dist, path)!);
  return root.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')!);
}

/**
 * A path a visitor can click from the start page to a plan, an uppdrag, a decision and a
 * document, found in the built pages: the first uppdrag (in the plan's order) whose page
 * cites a decision that links a document.
 */
function visitorPath(): string[] {
  const entry = (prefix: string) => (href: string) =>
    href.startsWith(prefix) && href.length > prefix.length && !href.includes('#');
  for (const plan of mainLinks('/').filter(entry('/planer/'))) {
    for (const uppdrag of mainLinks(plan).filter(entry('/uppdrag/'))) {
      for (const decision of mainLinks(uppdrag).filter(entry('/beslut/'))) {
        const document = mainLinks(decision).find(entry('/dokument/'));
        if (document) return [plan, uppdrag, decision, document];
      }
    }
  }
  throw new Error('Ingen väg start → plan → uppdrag → beslut → dokument i det byggda innehållet');
}

/** Where keyboard focus is now, and whether it shows: `:focus-visible` with an outline or a ring of at least 2 px. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { id: '', href: null, text: '', inMain: false, visible: false, inResult: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    return {
      id: el.id,
      href: el.getAttribute('href'),
      text: el.textContent?.trim() ?? '',
      inMain: Boolean(el.closest('main')),
      inResult: Boolean(el.closest('.search-result')),
      visible: el.matches(':focus-visible') && (outline || ring) && box.width > 0 && box.height > 0,
    };
  });
}

/** Presses Tab until `done` holds for the focused element (at most `limit` times); returns that state. */
async function tabUntil(page: Page, done: (state: Awaited<ReturnType<typeof focusState>>) => boolean, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    expect(state.visible, `fokus syns inte på ${state.id || state.href || state.text}`).toBe(true);
    if (done(state)) return state;
  }
  throw new Error(`Nådde inte målet med ${limit} tryck på Tab`);
}

describe('a visitor clicking through', () => {
  it('goes from the start page to a plan, an uppdrag, a decision and a document by real links', async () => {
    const steps = visitorPath();
    const page = await open('/');
    for (const href of steps) {
      const link = page.locator(`main a[href="${href}"]`).first();
      const text = (await link.innerText()).trim();
      await Promise.all([page.waitForURL(`**${href}`), link.click()]);
      expect(pathOf(page)).toBe(href);
      expect((await h1(page)).replace(/\s+/g, ' ')).toContain(text.replace(/\s+Exempel.*$/, ''));
    }
    await page.close();
  });

  it('searches from the header, narrows by type and opens a hit', async () => {
    const page = await open('/planer/');
    await page.locator('header').getByRole('searchbox', { name: 'Sök på webbplatsen' }).fill('ekonomi');
    await Promise.all([
      page.waitForURL('**/sok/?q=ekonomi'),
      page.locator('header').getByRole('button', { name: 'Sök' }).click(),
    ]);
    const status = page.locator('[role="status"]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^\d+ träffar/);
    const all = Number(/^\d+/.exec((await status.textContent())!)![0]);

    await page.locator('summary', { hasText: 'Avgränsa och ordna' }).click();
    await page.getByLabel('Typ').selectOption('Uppdrag');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(new RegExp(`^(?!${all} )\\d+ träff`));
    const narrowed = Number(/^\d+/.exec((await status.textContent())!)![0]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('typ')).toBe('Uppdrag');
    const types = await page.locator('.search-result__type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(type).toBe('Uppdrag');

    const first = page.locator('.search-result h3 a').first();
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/^\/uppdrag\/[^/]+\/$/);
    await Promise.all([page.waitForURL(`**${href}`), first.click()]);
    expect(await page.locator('main h1').count()).toBe(1);
    await page.close();
  });

  it('opens a chart’s SVG download on its own, styled, under the deployment policy', async () => {
    const svg = filesIn(dist).find((file) => file.startsWith('/diagram/') && file.endsWith('.svg'))!;
    const page = await open(svg);
    // chart.css, inside the file, draws the heading bold: the policy let the file's <style> apply.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('text.chart-heading')!).fontWeight)).toBe(
      '700',
    );
    await page.close();
  });
});

describe('keyboard only', () => {
  it('the skip link comes first, shows focus, and moves focus into main', async () => {
    const page = await open('/planer/');
    await page.keyboard.press('Tab');
    const skip = await focusState(page);
    expect([skip.href, skip.text, skip.visible]).toEqual(['#innehall', 'Hoppa till innehållet', true]);
    const box = await page.locator('.skip-link').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0); // on screen once focused
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('innehall');
    await page.keyboard.press('Tab');
    const next = await focusState(page);
    expect(next.inMain).toBe(true);
    expect(next.visible).toBe(true);
    await page.close();
  });

  it('reaches the main navigation with visible focus on every stop, and follows a link with Enter', async () => {
    const page = await open('/');
    const stop = await tabUntil(page, (state) => state.href === '/nyckeltal/');
    expect(stop.text).toBe('Nyckeltal');
    await Promise.all([page.waitForURL('**/nyckeltal/'), page.keyboard.press('Enter')]);
    expect(await h1(page)).toMatch(/Nyckeltal/);
    await page.close();
  });

  it('searches with the header form, reaches the hits with Tab and opens one with Enter', async () => {
    const page = await open('/rapporter/');
    await tabUntil(page, (state) => state.id === 'sok-q');
    await page.keyboard.type('RS/595/2023');
    await Promise.all([page.waitForURL('**/sok/?q=*'), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('[role="status"]').textContent(), { timeout: 10_000 }).toMatch(/träff/);
    const hit = await tabUntil(page, (state) => state.inResult);
    expect(hit.href).toMatch(/^\/[a-z]+\/[^/]+\/$/);
    await Promise.all([page.waitForURL(`**${hit.href}`), page.keyboard.press('Enter')]);
    expect(pathOf(page)).toBe(hit.href);
    await page.close();
  });

  it('shows focus on every link and control of the start page', async () => {
    const page = await open('/');
    const count = await page.evaluate(
      () => document.querySelectorAll('a[href], button, input, select, summary, [tabindex="0"]').length,
    );
    const seen = new Set<string>();
    await tabUntil(
      page,
      (state) => {
        seen.add(`${state.id}|${state.href}|${state.text}`);
        return state.href === '/senaste-andringar/'; // the last footer link
      },
      count + 5,
    );
    expect(seen.size).toBeGreaterThan(10);
    await page.close();
  });
});

describe('a 320 px wide screen', () => {
  it.each(samplePages(dist, validateFrozen().catalog))(
    '$path ($kind) needs no sideways scrolling',
    async ({ path }) => {
      const page = await guarded.context.newPage();
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${site.url}${path}`);
      if (path.includes('?q='))
        await expect.poll(() => page.locator('[role="status"]').textContent(), { timeout: 10_000 }).toMatch(/träff/);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, `${path} är ${scrollWidth} px bred`).toBeLessThanOrEqual(clientWidth);
      await page.close();
    },
  );
});

describe('the guards themselves', () => {
  it('the Content-Security-Policy stops a script from fetching from another host, and the error is caught', async () => {
    const page = await open('/om/');
    await page.evaluate(() => fetch('https://example.org/').catch(() => undefined));
    const caught = guarded.problems.splice(0);
    expect(caught.some((p) => /Content Security Policy/.test(p) && p.includes('https://example.org/'))).toBe(true);
    await page.close();
  });

  it('a request to another host that the policy lets through (a navigation) is intercepted', async () => {
    const page = await open('/om/');
    // Leaving the page aborts what it still loads (the icon); let it finish first.
    await page.waitForLoadState('networkidle');
    await page.goto('https://example.org/').catch(() => undefined);
    expect(
      guarded.problems.splice(0).some((p) => p.includes('begäran till annan webbplats https://example.org/')),
    ).toBe(true);
    await page.close();
  });
});
