/**
 * axe over the sample pages of one build, in the three modes (desktop, 320 px, forced
 * colours), served with the real deployment headers: one `it` per page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODES, violations } from './axe.ts';
import { type GuardedContext, guardedContext, type OpenSite, openBuiltSite } from './browser.ts';
import type { SamplePage } from './sample-pages.ts';

/**
 * axe over the sample pages of one build, in the three modes (or `only` some of them): a page
 * per mode, each in its own context, so that the modes of a page are checked at once.
 */
export function axeInEveryMode(title: string, dist: string, pages: SamplePage[], only = MODES) {
  describe(title, () => {
    let site: OpenSite;
    let modes: { name: string; guarded: GuardedContext; page: Page }[] = [];

    beforeAll(async () => {
      site = await openBuiltSite(dist);
      modes = await Promise.all(
        only.map(async ({ name, options }) => {
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
      expect(Object.fromEntries(found)).toEqual(Object.fromEntries(only.map(({ name }) => [name, []])));
    });
  });
}
