/**
 * Accessibility, checked by axe-core in Debian's Chromium on every kind of page and two
 * entries of every collection (`samplePages`), at desktop width, at 320 px and with forced
 * colours (Windows high contrast): no violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules,
 * nor of axe's best practices (landmarks with distinct names, one main, headings in order).
 * The pages are served with the real deployment headers, so the Content-Security-Policy holds.
 * The build without examples (`--utan-exempel`), whose pages say what they have not got, is
 * checked the same way on its own sample pages.
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
import { type SamplePage, samplePages } from '../helpers/sample-pages.ts';

/**
 * axe over the sample pages of one build, in the three modes: a page per mode, each in its own
 * context, so that the three modes of a page are checked at once.
 */
function axeInEveryMode(title: string, dist: string, pages: SamplePage[]) {
  describe(title, () => {
    let site: OpenSite;
    let modes: { name: string; guarded: GuardedContext; page: Page }[] = [];

    beforeAll(async () => {
      site = await openBuiltSite(dist);
      modes = await Promise.all(
        MODES.map(async ({ name, options }) => {
          const guarded = await guardedContext(site, options);
          return { name, guarded, page: await guarded.context.newPage() };
        }),
      );
    }, 60_000);
    afterAll(async () => {
      await Promise.all(modes.map(({ guarded }) => guarded.context.close()));
      await site?.close();
    });

    /** What axe and the guard found on the page in one mode: nothing, or one line per problem. */
    async function problems({ guarded, page }: (typeof modes)[number], path: string): Promise<string[]> {
      await page.goto(`${site.url}${path}`);
      // A search in the address runs in the page: check the results, not the empty list before them.
      if (path.includes('?q='))
        await expect.poll(() => page.locator('[role="status"]').textContent(), { timeout: 10_000 }).toMatch(/träff/);
      return [...(await violations(page)), ...guarded.problems.splice(0)];
    }

    it.each(pages)('$path ($kind) has no violations', async ({ path }) => {
      const found = await Promise.all(modes.map(async (mode) => [mode.name, await problems(mode, path)] as const));
      expect(Object.fromEntries(found)).toEqual(Object.fromEntries(MODES.map(({ name }) => [name, []])));
    });
  });
}

// Every valid content must pass: the live content's builds, with and without examples (invariant tests).
const dist = builtLiveSite();
axeInEveryMode('axe-core, desktop, 320 px and forced colours', dist, samplePages(dist, validateLive().catalog));
const without = builtLiveSiteWithoutExamples();
axeInEveryMode(
  'axe-core on the build without examples, desktop, 320 px and forced colours',
  without,
  samplePages(without, liveWithoutExamples().catalog, { filteredViewOptional: true }),
);
