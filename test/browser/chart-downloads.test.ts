/**
 * Charts saved as SVG files keep their text inside the drawing whatever fonts the reader
 * has: each file is opened in Chromium with every text set in a wide monospaced bold font
 * (DejaVu Sans Mono, wider than the sans-serif fonts the site asks for), and every text's
 * box must lie inside the view box.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { builtSite, filesIn } from '../helpers/built-site.ts';

/** A wide fallback, as a reader without the site's fonts might get, forced over the file's own style. */
const WIDE_FONT = `text { font-family: 'DejaVu Sans Mono', monospace !important; font-weight: 700 !important; }`;

let site: OpenSite;
beforeAll(async () => {
  site = await openBuiltSite();
}, 120_000);
afterAll(() => site?.close());

describe('charts saved as SVG files', () => {
  it('keep every text inside the view box with a wide fallback font', async () => {
    const files = filesIn(builtSite()).filter((file) => /^\/diagram\/.+\.svg$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    // The site's policy forbids styles added in the page; the reader's own fonts need none.
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const outside: string[] = [];
    for (const file of files) {
      await page.goto(`${site.url}${file}`);
      const found = await page.evaluate((css) => {
        const svg = document.documentElement as unknown as SVGSVGElement;
        const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
        style.textContent = css;
        svg.append(style);
        const view = svg.viewBox.baseVal;
        const root = svg.getScreenCTM()!.inverse();
        return [...svg.querySelectorAll('text')].flatMap((text) => {
          if (!text.textContent?.trim()) return [];
          // The text's box in the view box's units, wherever in the drawing it sits.
          const box = text.getBBox();
          const matrix = root.multiply(text.getScreenCTM()!);
          const corners = [
            new DOMPoint(box.x, box.y).matrixTransform(matrix),
            new DOMPoint(box.x + box.width, box.y + box.height).matrixTransform(matrix),
          ];
          const inside = corners.every(
            (p) =>
              p.x >= view.x - 0.5 &&
              p.x <= view.x + view.width + 0.5 &&
              p.y >= view.y - 0.5 &&
              p.y <= view.y + view.height + 0.5,
          );
          return inside
            ? []
            : [
                `${text.textContent.trim()} (${corners.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`).join(' – ')})`,
              ];
        });
      }, WIDE_FONT);
      outside.push(...found.map((text) => `${file}: ${text}`));
    }
    await context.close();
    expect(outside).toEqual([]);
  }, 60_000);
});
