/**
 * Lighthouse with mobile settings on the pages that differ most (`pageTypes`): accessibility,
 * best practices and SEO must score 100 (they do not depend on timing). Performance depends
 * on the machine and is measured only by `npm run lighthouse` (Vite mode `prestanda`), which
 * runs just this file: it goes into the report, `test-results/lighthouse.json`, and the
 * table this test prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenSite, openBuiltSite } from '../helpers/browser.ts';
import { builtSite } from '../helpers/built-site.ts';
import { auditPages, CATEGORIES, type LighthouseReport, scoreTable, writeReport } from '../helpers/lighthouse.ts';
import { validateFrozen } from '../helpers/content.ts';
import { pageTypes } from '../helpers/sample-pages.ts';

const dist = builtSite();
const pages = pageTypes(dist, validateFrozen().catalog);
let site: OpenSite;
let report: LighthouseReport | undefined;

beforeAll(async () => {
  site = await openBuiltSite(dist);
  const categories = import.meta.env.MODE === 'prestanda' ? CATEGORIES : CATEGORIES.filter((c) => c !== 'performance');
  report = await auditPages(site.url, pages, categories);
}, 15 * 60_000);

afterAll(async () => {
  await site?.close();
  if (!report) return;
  const file = writeReport(report);
  console.log(`${scoreTable(report)}\n(${file})`);
});

describe('Lighthouse, mobile', () => {
  it.each(pages)('$path ($kind): accessibility, best practices and SEO 100', ({ path }) => {
    const audit = report!.pages.find((p) => p.path === path)!;
    expect(audit.failing).toEqual([]);
    expect([audit.scores.accessibility, audit.scores['best-practices'], audit.scores.seo]).toEqual([100, 100, 100]);
  });
});
