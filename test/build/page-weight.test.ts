/**
 * Page weight budgets over the built site: every page, gzipped with the stylesheets,
 * scripts and SVG images it loads, stays within 50 kB, and no page needs JavaScript to be
 * read: every page loads one small script that writes the print date, and search its own. Sizes are deterministic, so they are tested; build and search
 * times depend on the machine and stay in `npm run bench` (docs/performance.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  heaviestByType,
  kilobytes,
  PAGE_BUDGET_BYTES,
  type PageWeight,
  pageWeights,
} from '../../scripts/bench/page-weight.ts';
import { EMBED_PATH } from '#lib/core/security.ts';
import { builtSite, PRINT_DATE_SCRIPT } from '../helpers/built-site.ts';

let dist = '';
let weights: PageWeight[] = [];

beforeAll(() => {
  dist = builtSite();
  weights = pageWeights(dist);
}, 300_000);

const SEARCH_PAGE = '/sok/';

describe('page weight', () => {
  it('is within the budget for every page, with everything the page loads', () => {
    const table = heaviestByType(weights).map(
      (w) =>
        `${kilobytes(w.total).padStart(8)}  ${w.type} (${w.pages} ${w.pages === 1 ? 'page' : 'pages'}, heaviest ${w.page}: html ${kilobytes(w.html)}, css ${kilobytes(w.css)}, js ${kilobytes(w.js)}, svg ${kilobytes(w.svg)})`,
    );
    console.log(`Heaviest page per type, gzipped (budget ${kilobytes(PAGE_BUDGET_BYTES)}):\n${table.join('\n')}`);
    expect(weights.length).toBeGreaterThan(100);
    const over = weights.filter((w) => w.total > PAGE_BUDGET_BYTES).map((w) => `${w.page}: ${kilobytes(w.total)}`);
    expect(over, `over ${kilobytes(PAGE_BUDGET_BYTES)}`).toEqual([]);
  });

  it('counts the stylesheet every page loads, so the measure sees more than the HTML', () => {
    for (const weight of weights) {
      expect(weight.css, weight.page).toBeGreaterThan(0);
      expect(weight.total, weight.page).toBe(weight.html + weight.css + weight.js + weight.svg);
    }
  });
});

describe('JavaScript', () => {
  it('only enhances: every page loads the print date’s script, as a file from the site, and only search more', () => {
    for (const weight of weights.filter((w) => !w.page.startsWith(EMBED_PATH))) {
      const scripts = weight.loads.filter((path) => path.endsWith('.js'));
      expect(
        scripts.filter((path) => PRINT_DATE_SCRIPT.test(path)),
        weight.page,
      ).toHaveLength(1);
      if (weight.page !== SEARCH_PAGE) expect(scripts, weight.page).toHaveLength(1);
      expect(weight.scripts, weight.page).toBe(scripts.length);
    }
  });

  it('loads no script on an embed page: a chart in someone else’s page is never printed from there', () => {
    const embeds = weights.filter((w) => w.page.startsWith(EMBED_PATH));
    expect(embeds.length).toBeGreaterThan(0);
    for (const weight of embeds) expect(weight.scripts, weight.page).toBe(0);
  });

  it('loads Pagefind only when a search is made: the search page neither links nor preloads it', () => {
    const search = weights.find((w) => w.page === SEARCH_PAGE)!;
    expect(search.js).toBeGreaterThan(0);
    expect(search.loads.filter((path) => path.includes('pagefind'))).toEqual([]);
    expect(readFileSync(join(dist, 'sok/index.html'), 'utf8')).not.toContain('/pagefind/');
  });
});
