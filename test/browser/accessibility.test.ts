/**
 * Accessibility, checked by axe-core in Debian's Chromium on every kind of page and two
 * entries of every collection (`samplePages`), at desktop width, at 320 px and with forced
 * colours (Windows high contrast): no violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules,
 * nor of axe's best practices (landmarks with distinct names, one main, headings in order).
 * The pages are served with the real deployment headers, so the Content-Security-Policy holds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GuardedContext, guardedContext, type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { builtSite } from '../helpers/built-site.ts';
import { samplePages } from '../helpers/sample-pages.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const MODES: { name: string; options: BrowserContextOptions }[] = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 900 } } },
  { name: '320 px', options: { viewport: { width: 320, height: 640 } } },
  { name: 'forced colours', options: { viewport: { width: 1280, height: 900 }, forcedColors: 'active' } },
];

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Runs axe on the page as it is now; returns one readable line per violation and element. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = (await page.evaluate((tags) => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    return axe
      .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then((result) => result.violations);
  }, AXE_TAGS)) as AxeViolation[];
  return found.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact}): ${v.help} – ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`,
    ),
  );
}

const dist = builtSite();
const pages = samplePages(dist);
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
