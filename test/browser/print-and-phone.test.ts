/**
 * In a real browser: the start page's economy and headline numbers, with their sources and
 * dates, are on the first screen of a 375×812 phone under a banner of at most 60 px, the plan page is at most half its old height and its list starts
 * within two desktop screens, and one nyckeltal prints on one A4 page with the page's address
 * and without the site's frame.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '#lib/core/format.ts';
import { type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { FROZEN_CONTENT } from '../helpers/content.ts';

let site: OpenSite;

beforeAll(async () => {
  site = await openBuiltSite();
}, 240_000);

afterAll(async () => {
  await site?.close();
});

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('on a phone', () => {
  it('shows the economy and the status counts, each with its source, without scrolling at 375×812', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${site.url}/`);
    // The economy and the dates line each name their source in the same block.
    for (const selector of ['.economy', '.headline .big-figures', '.headline-dates']) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.y, selector).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, selector).toBeLessThanOrEqual(812);
    }
    for (const selector of ['.economy', '.headline-dates']) {
      expect(await page.locator(`${selector} a`).count(), selector).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('keeps the example banner to one short line, at most 60 px, with its details folded', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${site.url}/`);
    const banner = page.locator('.phase-region .phase-banner');
    expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(60);
    expect(await banner.locator('.phase-details').isVisible()).toBe(false);
    await page.close();
  });
});

/**
 * The plan page's height before it was made list-first (document.documentElement.scrollHeight,
 * Chromium, measured on the page as it was): the page must stay at most half of it.
 */
const PLAN_HEIGHT_BEFORE = { desktop: 8188, phone: 11569 };

describe('the plan page', () => {
  const viewports = [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 375, height: 812 }],
  ] as const;
  for (const [name, viewport] of viewports) {
    it(`is at most half as tall as before on a ${name} (${viewport.width}×${viewport.height})`, async () => {
      const page = await site.browser.newPage({ viewport });
      await page.goto(`${site.url}/planer/rs-plan-och-budget-2024/`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(PLAN_HEIGHT_BEFORE[name] / 2);
      await page.close();
    });
  }
});

describe('on a phone, getting there (375×812)', () => {
  const PHONE = { width: 375, height: 812 };

  it('reaches search from any scroll position: the header with its search link stays on screen', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.url}/planer/rs-plan-och-budget-2024/`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(2 * PHONE.height); // a page long enough to lose the header
    const link = page.locator('header .site-search-link');
    for (const y of [0, height / 3, (2 * height) / 3, height]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      const box = (await link.boundingBox())!;
      expect(box.y, `scrolled to ${y}`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `scrolled to ${y}`).toBeLessThanOrEqual(PHONE.height);
      expect(await link.isVisible()).toBe(true);
      // Nothing of the page lies over the link: it is what a tap at its centre reaches.
      const hit = await page.evaluate(
        ([x, top]) => document.elementFromPoint(x, top)?.closest('a')?.className,
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(hit).toBe('site-search-link');
    }
    await link.click();
    await page.waitForURL(/\/sok\/$/);
    await page.close();
  });

  it('starts the plan page’s list within two screens, with a jump link to each strategy and Till toppen at the end', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.url}/planer/rs-plan-och-budget-2024/`);
    const list = (await page.locator('ul.item-list').first().boundingBox())!;
    expect(list.y).toBeLessThan(2 * PHONE.height);
    const strategies = await page.locator('.strategy-group h3').evaluateAll((hs) => hs.map((h) => h.id));
    const jumps = await page
      .locator('nav.strategy-jump a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(jumps).toEqual(strategies.map((id) => `#${id}`));
    // A jump lands on the strategy's heading below the header that stays on screen.
    await page.locator('nav.strategy-jump a').last().click();
    const target = (await page.locator(`[id="${strategies.at(-1)}"]`).boundingBox())!;
    const header = (await page.locator('header.site-header').boundingBox())!;
    expect(target.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    const toTop = page.getByRole('link', { name: 'Till toppen' });
    await toTop.click();
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(PHONE.height);
    await page.close();
  });
});

describe('on a desktop', () => {
  it('starts the plan page’s list of items within the first two screens (1280×800)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}/planer/rs-plan-och-budget-2024/`);
    const list = (await page.locator('ul.item-list').first().boundingBox())!;
    expect(list.y).toBeLessThan(2 * 800);
    await page.close();
  });
});

describe('in print', () => {
  // Every kind of nyckeltal on one A4 page: kortsiktiga without a result, with one and with several,
  // and the långsiktiga from Kolada with 21 regions' median, range and place. Of each kind the one
  // with the most content (the largest file) stands for the rest, so the check grows with the content.
  const ids = largestOfEachKind(join(FROZEN_CONTENT, 'nyckeltal'));
  for (const id of ids) {
    it(`prints the nyckeltal ${id} on one A4 page with its address, the print date and without the frame`, async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}/nyckeltal/${id}/`);
      await page.emulateMedia({ media: 'print' });
      const meta = page.locator('.print-meta');
      expect(await meta.isVisible()).toBe(true);
      expect(await meta.textContent()).toContain(`/nyckeltal/${id}/`);
      for (const frame of ['.site-header', '.site-footer', '.breadcrumbs', '.change-history']) {
        expect(await page.locator(frame).first().isVisible(), frame).toBe(false);
      }
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, displayHeaderFooter: true });
      expect(pdfPages(pdf)).toBe(1);
      await page.close();
    });
  }

  it('prints the date from the site when printing, and no date at all without JavaScript', async () => {
    const today = new Date();
    const iso = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    for (const javaScriptEnabled of [true, false]) {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${site.url}/nyckeltal/serviceniva-helpdesk/`);
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ format: 'A4' });
      const line = page.locator('.print-meta [data-print-date]');
      if (javaScriptEnabled) {
        expect(await line.isVisible()).toBe(true);
        expect(await line.textContent()).toContain(formatDate(iso));
      } else {
        expect(await line.isVisible()).toBe(false);
      }
      await context.close();
    }
  });
});

/** Per kind of nyckeltal (term, and none, one or several results), the id of the largest file. */
function largestOfEachKind(folder: string): string[] {
  const largest = new Map<string, { id: string; size: number }>();
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'))) {
    const text = readFileSync(join(folder, file), 'utf8');
    const data: { term?: string; results?: unknown[] } = JSON.parse(text);
    const results = data.results?.length ?? 0;
    const kind = `${data.term}:${Math.min(results, 2)}`;
    const size = Buffer.byteLength(text);
    if ((largest.get(kind)?.size ?? -1) < size) largest.set(kind, { id: basename(file, extname(file)), size });
  }
  if (largest.size === 0) throw new Error(`Inga nyckeltal i ${folder}`);
  return [...largest.values()].map(({ id }) => id).sort();
}
