/**
 * Page weight budgets over the built site: every page, gzipped with the stylesheets,
 * scripts and SVG images it loads, stays within 50 kB, and no page but search needs
 * JavaScript to be read. Sizes are deterministic, so they are tested; build and search
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
import { builtSite } from '../helpers/built-site.ts';

let dist = '';
let weights: PageWeight[] = [];

beforeAll(() => {
  dist = builtSite();
  weights = pageWeights(dist);
}, 240_000);

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
  it('is on no page but search: everything is readable as HTML and CSS', () => {
    expect(weights.filter((w) => w.scripts > 0).map((w) => w.page)).toEqual([SEARCH_PAGE]);
  });

  it('loads Pagefind only when a search is made: the search page neither links nor preloads it', () => {
    const search = weights.find((w) => w.page === SEARCH_PAGE)!;
    expect(search.js).toBeGreaterThan(0);
    expect(search.loads.filter((path) => path.includes('pagefind'))).toEqual([]);
    expect(readFileSync(join(dist, 'sok/index.html'), 'utf8')).not.toContain('/pagefind/');
  });
});
