/**
 * axe-core in Chromium: WCAG 2.0, 2.1 and 2.2 A and AA and axe's best practices, in the three
 * modes every page is checked in (desktop, 320 px, forced colours).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContextOptions, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const MODES: { name: string; options: BrowserContextOptions }[] = [
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
export async function violations(page: Page): Promise<string[]> {
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
