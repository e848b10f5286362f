/**
 * A feed opened in a browser shows as a page in Swedish, under the site's own headers: what a
 * feed is, how to subscribe (reader or e-mail) with the feed's address, and its latest entries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '#lib/i18n/index.ts';
import { guardedContext, openBuiltSite, type OpenSite } from '../helpers/browser.ts';
import { builtSite, filesIn } from '../helpers/built-site.ts';

const dist = builtSite();
const TEXTS = messages('sv').feeds.page;
const feeds = filesIn(dist).filter((file) => file.endsWith('/flode.xml'));

let site: OpenSite;
beforeAll(async () => {
  site = await openBuiltSite(dist);
});
afterAll(() => site.close());

describe('a feed opened in a browser', () => {
  it('every feed names the stylesheet that shows it as a page', () => {
    expect(feeds.length).toBeGreaterThan(1);
    for (const file of feeds)
      expect(readFileSync(join(dist, file), 'utf8').split('\n')[1], file).toBe(
        '<?xml-stylesheet type="text/xsl" href="/flode.xsl"?>',
      );
  });

  it('shows what a feed is, how to subscribe with its address, and its latest entries, in Swedish', async () => {
    const file = '/flode.xml';
    const feed = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(dist, file), 'utf8')).feed;
    const entries = [feed.entry ?? []].flat();
    expect(entries.length).toBeGreaterThan(0);
    const { context, problems } = await guardedContext(site);
    const tab = await context.newPage();
    await tab.goto(`${site.url}${file}`);
    expect(await tab.locator('html').getAttribute('lang')).toBe('sv');
    expect((await tab.locator('h1').innerText()).trim()).toBe(feed.title);
    const headings = await tab.locator('h2').allInnerTexts();
    expect(headings).toEqual([TEXTS.whatHeading, TEXTS.howHeading, TEXTS.latestHeading]);
    const self = [feed.link].flat().find((link: Record<string, string>) => link['@_rel'] === 'self')['@_href'];
    expect(await tab.locator('.feed-address').innerText()).toBe(self);
    expect(await tab.locator('body').innerText()).toContain(TEXTS.mail);
    const listed = await tab.locator('.feed-entries > li > a').allInnerTexts();
    expect(listed[0]).toBe(entries[0].title);
    // The page's stylesheet applied under the policy: the address box has its own background.
    expect(await tab.locator('.feed-address').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(242, 242, 242)',
    );
    // Chromium announces that it will drop XSLT one day; the warning is about the browser,
    // not the site, and a reader without XSLT still gets the raw feed.
    expect(problems.filter((problem) => !/XSLT/.test(problem))).toEqual([]);
    await context.close();
  });
});
