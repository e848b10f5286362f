/**
 * Accessibility, checked by axe-core in Debian's Chromium on every kind of page and two
 * entries of every collection (`samplePages`), at desktop width, at 320 px and with forced
 * colours (Windows high contrast): no violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules,
 * nor of axe's best practices (landmarks with distinct names, one main, headings in order).
 * The pages are served with the real deployment headers, so the Content-Security-Policy holds.
 * The build without examples (`--utan-exempel`), whose pages say what they have not got, is
 * checked at desktop width only, on the pages it can change: they share the frame and styles
 * checked in every mode.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GuardedContext, guardedContext, type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { MODES, violations } from '../helpers/axe.ts';
import {
  builtLiveSite,
  builtLiveSiteWithoutExamples,
  liveWithoutExamples,
  validateLive,
} from '../helpers/live-content.ts';
import { samplePages } from '../helpers/sample-pages.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';

// Every valid content must pass: the live content's build (an invariant test).
const dist = builtLiveSite();
const pages = samplePages(dist, validateLive().catalog);
/** Pages whose markup a build without examples does not change (texts of the site, the format of the files): checked above. */
const SAME_WITHOUT_EXAMPLES = new Set(['404', 'tillgänglighet', 'öppna data']);

/**
 * The sample pages of the build without examples that it can change: not the pages above, nor
 * the list and entry pages of a collection whose every entry it publishes as it is.
 */
function pagesWithoutExamples(dist: string) {
  const { files, result, catalog } = liveWithoutExamples();
  const original = new Map(files.map((file) => [`${file.collection}/${file.id}`, file.data]));
  const untouched = new Set(
    COLLECTIONS.filter(
      (collection) =>
        !result.removed.some((file) => file.collection === collection) &&
        result.files
          .filter((file) => file.collection === collection)
          .every((file) => file.data === original.get(`${file.collection}/${file.id}`)),
    ),
  );
  return samplePages(dist, catalog, { filteredViewOptional: true }).filter(
    ({ kind }) => !SAME_WITHOUT_EXAMPLES.has(kind) && !untouched.has(kind.replace(/^lista /, '')),
  );
}
let site: OpenSite;

beforeAll(async () => {
  site = await openBuiltSite(dist);
}, 60_000);
afterAll(async () => {
  await site?.close();
});

describe.each(MODES)('axe-core, $name', ({ options }) => {
  let guarded: GuardedContext;
  let page: Page;

  beforeAll(async () => {
    guarded = await guardedContext(site, options);
    page = await guarded.context.newPage();
  });
  afterAll(async () => {
    await guarded?.context.close();
  });

  it.each(pages)('$path ($kind) has no violations', async ({ path }) => {
    await page.goto(`${site.url}${path}`);
    // A search in the address runs in the page: check the results, not the empty list before them.
    if (path.includes('?q='))
      await expect.poll(() => page.locator('[role="status"]').textContent(), { timeout: 10_000 }).toMatch(/träff/);
    expect(await violations(page)).toEqual([]);
    expect(guarded.problems.splice(0)).toEqual([]);
  });
});

describe.each(MODES.filter((mode) => mode.name === 'desktop'))('axe-core without examples, $name', ({ options }) => {
  const withoutDist = builtLiveSiteWithoutExamples();
  const withoutPages = pagesWithoutExamples(withoutDist);
  let without: OpenSite;
  let guarded: GuardedContext;
  let page: Page;

  beforeAll(async () => {
    without = await openBuiltSite(withoutDist);
    guarded = await guardedContext(without, options);
    page = await guarded.context.newPage();
  }, 60_000);
  afterAll(async () => {
    await guarded?.context.close();
    await without?.close();
  });

  it.each(withoutPages)('$path ($kind) has no violations', async ({ path }) => {
    await page.goto(`${without.url}${path}`);
    if (path.includes('?q='))
      await expect.poll(() => page.locator('[role="status"]').textContent(), { timeout: 10_000 }).toMatch(/träff/);
    expect(await violations(page)).toEqual([]);
    expect(guarded.problems.splice(0)).toEqual([]);
  });
});
