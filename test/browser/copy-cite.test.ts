/**
 * Copying under a chart or an entry: "Kopiera länk" copies the address with its `#id` instead of
 * jumping, "Kopiera källhänvisning" copies the citation as the page shows it, both by mouse and
 * by keyboard, and a polite status says each copy, in Swedish. Without a script the link stays
 * a plain link to the `#id`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '#lib/i18n/index.ts';
import { guardedContext, openBuiltSite, type OpenSite } from '../helpers/browser.ts';
import { builtSite, page, sitePages, urlOf } from '../helpers/built-site.ts';

const dist = builtSite();
const CITE = messages('sv').cite;
/** A page with a citation line: the first nyckeltal page. */
const path = urlOf(sitePages(dist).find((file) => /^\/nyckeltal\/[^/]+\/index\.html$/.test(file))!);
const line = page(dist, `${path}index.html`).querySelector('.cite')!;
const url = line.getAttribute('data-url')!;
const citation = line.querySelector('.cite-value')!.textContent.trim();

let site: OpenSite;
beforeAll(async () => {
  site = await openBuiltSite(dist);
});
afterAll(() => site.close());

describe('copying a link or a citation', () => {
  it('copies the address and the citation, by mouse and by keyboard, and says so', async () => {
    expect(url).toMatch(/^https:\/\/.+#.+/);
    expect(citation.length).toBeGreaterThan(20);
    const { context, problems } = await guardedContext(site, { permissions: ['clipboard-read', 'clipboard-write'] });
    const tab = await context.newPage();
    await tab.goto(`${site.url}${path}`);
    const cite = tab.locator('.cite').first();
    const clipboard = () => tab.evaluate(() => navigator.clipboard.readText());

    await cite.locator('.cite-link').click();
    expect(await clipboard()).toBe(url);
    await expect.poll(() => cite.locator('[role="status"]').innerText()).toBe(CITE.copiedLink);
    expect(new URL(tab.url()).hash).toBe('');

    const button = cite.getByRole('button', { name: CITE.copyCitation });
    await button.focus();
    await tab.keyboard.press('Enter');
    expect(await clipboard()).toBe(citation);
    await expect.poll(() => cite.locator('[role="status"]').innerText()).toBe(CITE.copiedCitation);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('leaves a plain link to the #id without a script, and no button', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${site.url}${path}`);
    const cite = tab.locator('.cite').first();
    expect(await cite.locator('.cite-link').getAttribute('href')).toBe(`#${url.split('#')[1]}`);
    expect(await cite.getByRole('button').count()).toBe(0);
    await context.close();
  });
});
