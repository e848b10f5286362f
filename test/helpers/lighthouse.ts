/**
 * Lighthouse on pages of the served site, one page after another in one Debian Chromium
 * (launched by chrome-launcher; nothing is downloaded), with Lighthouse's default mobile
 * settings: a mid-range phone's screen and CPU, and a simulated slow 4G connection.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser.ts';
import { ROOT } from './content.ts';
import type { SamplePage } from './sample-pages.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The metrics the performance score is made of, as Lighthouse shows them. */
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

export interface PageAudit extends SamplePage {
  /** 0–100 per category audited. */
  scores: Partial<Record<Category, number>>;
  metrics: Record<string, string>;
  /** Audits below full marks that count towards a score, outside performance: `category: audit – title`. */
  failing: string[];
}

export interface LighthouseReport {
  lighthouse: string;
  chromium: string;
  settings: string;
  pages: PageAudit[];
}

/**
 * Lighthouse's own recording sometimes fails on a busy machine (it then says "Please run
 * Lighthouse again"): such a run is repeated, twice at most. Scores are never retried.
 */
const RETRIED = new Set(['NO_NAVSTART', 'NO_FCP', 'NO_LCP', 'NO_TRACING_STARTED', 'PROTOCOL_TIMEOUT', 'PAGE_HUNG']);

async function run(url: string, port: number, categories: readonly Category[]) {
  for (let attempt = 1; ; attempt++) {
    // No full-page screenshot: no score uses it, and it costs a second or two per page.
    const result = await lighthouse(url, {
      port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...categories],
      disableFullPageScreenshot: true,
    });
    if (!result) throw new Error(`Lighthouse gav inget resultat för ${url}`);
    const error = result.lhr.runtimeError;
    if (!error) return result.lhr;
    if (!RETRIED.has(error.code) || attempt === 3)
      throw new Error(`Lighthouse: ${url}: ${error.code} ${error.message}`);
  }
}

/**
 * Audits each page in turn; the base URL is the served site's. Performance, which depends on
 * the machine and is never asserted, is measured only when asked for (`npm run lighthouse`):
 * its trace and simulation take about a quarter of each page's time.
 */
export async function auditPages(
  baseUrl: string,
  pages: SamplePage[],
  categories: readonly Category[] = CATEGORIES,
): Promise<LighthouseReport> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  const audited: PageAudit[] = [];
  let versions = { lighthouse: '', chromium: '' };
  try {
    for (const page of pages) {
      const lhr = await run(`${baseUrl}${page.path}`, chrome.port, categories);
      versions = {
        lighthouse: lhr.lighthouseVersion,
        chromium: lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? '',
      };
      const scores = Object.fromEntries(
        categories.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]),
      ) as Partial<Record<Category, number>>;
      const failing = categories
        .filter((c) => c !== 'performance')
        .flatMap((c) =>
          lhr.categories[c].auditRefs
            .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score! < 1)
            .map((ref) => `${c}: ${ref.id} – ${lhr.audits[ref.id].title}`),
        );
      const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? '']));
      audited.push({ ...page, scores, metrics, failing });
    }
  } finally {
    chrome.kill();
  }
  return {
    ...versions,
    settings: 'Lighthouse mobil (standard): Moto G Power-skärm, 4× långsammare processor, simulerad långsam 4G',
    pages: audited,
  };
}

/** Writes the report to `test-results/lighthouse.json` and returns its path. */
export function writeReport(report: LighthouseReport): string {
  const dir = join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'lighthouse.json');
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

/** The scores as a plain-text table, one page a row. */
export function scoreTable(report: LighthouseReport): string {
  const rows = [
    ['sida', 'typ', 'prestanda', 'tillgängl.', 'bästa praxis', 'SEO', 'LCP', 'TBT'],
    ...report.pages.map((p) => [
      p.path,
      p.kind,
      ...CATEGORIES.map((c) => (p.scores[c] === undefined ? '–' : String(p.scores[c]))),
      p.metrics['largest-contentful-paint'],
      p.metrics['total-blocking-time'],
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [
    `Lighthouse ${report.lighthouse}, ${report.chromium}; ${report.settings}`,
    line(rows[0]),
    ...rows.slice(1).map(line),
  ].join('\n');
}
