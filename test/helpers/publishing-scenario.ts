/**
 * What the publishing scenarios share (test/build/publishing-scenario-*.test.ts): the plans
 * they publish to, the staff commands they run as docs/publicera.md says, and the checks every
 * scenario's build passes. Each scenario is a file of its own, so that the two run side by side.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Catalog } from '#lib/core/catalog.ts';
import { PAGE_BUDGET_BYTES, pageWeights } from '../../scripts/bench/page-weight.ts';
import { MODES, violations } from './axe.ts';
import { guardedContext, openBuiltSite, type OpenSite } from './browser.ts';
import { brokenLinks, fileFor, filesIn, page, textOf } from './built-site.ts';
import { ROOT } from './content.ts';
import { htmlErrors } from './html-validity.ts';
import { nuErrors } from './nu-checker.ts';
import { catalogIn, planningExport, publish } from './publishing.ts';

export const PLAN_2024 = 'rs-plan-och-budget-2024';
export const PLAN_2025 = 'rs-plan-och-budget-2025';
export const MAPPING = join(ROOT, 'scripts/mappings/stratsys.json');
export const EXAMPLE = 'Scenario i testerna, inte från källorna.';
/** Every commit subject the scenarios write starts so: none may reach a page or a feed. */
export const SUBJECT = 'DEV-SUBJECT';

/**
 * Imports one period of a plan from a generated export, matched by title, with a copy of
 * the documented mapping that knows the export's word for the period (as its error says to do).
 */
export function importPeriod(dir: string, content: string, plan: string, period: string, word: string) {
  const csv = join(dir, `export-${period}.csv`);
  writeFileSync(csv, planningExport(catalogIn(dir), plan, word));
  const mapping = JSON.parse(readFileSync(MAPPING, 'utf8'));
  const mappingFile = join(dir, 'mapping.json');
  writeFileSync(mappingFile, JSON.stringify({ ...mapping, periods: { ...mapping.periods, [word]: period } }));
  publish(content, 'import.ts', [csv, '--mapping', mappingFile, '--period', period, '--write']);
}

/** A decision by the board and the report citing it. */
export function decisionAndReport(
  content: string,
  d: { date: string; paragraph: string; title: string },
  r: { id: string; title: string; kind: string; plan: string; period: string },
) {
  publish(content, 'new.ts', [
    'beslut',
    '--body',
    'regionstyrelsen',
    '--date',
    d.date,
    '--paragraph',
    d.paragraph,
    '--dnr',
    'RS/99/2024',
    '--title',
    d.title,
    '--summary',
    `Regionstyrelsen godkände ${r.title.toLowerCase()}.`,
    '--illustrative',
    EXAMPLE,
  ]);
  publish(content, 'new.ts', [
    'rapport',
    '--id',
    r.id,
    '--title',
    r.title,
    '--kind',
    r.kind,
    '--plan',
    r.plan,
    '--period',
    r.period,
    '--date',
    d.date,
    '--dnr',
    'RS/99/2024',
    '--summary',
    `${r.title}: läget för planens uppdrag och nyckeltal.`,
    '--decision',
    `rs-${d.date}-${d.paragraph}`,
    '--illustrative',
    EXAMPLE,
  ]);
}

/** Every text file the build wrote that a visitor or a feed reader gets. */
export const readable = (dist: string) =>
  filesIn(dist)
    .filter((f) => /\.(html|xml|json|jsonld|rdf|csv)$/.test(f))
    .map((f) => [f, readFileSync(join(dist, f), 'utf8')] as const);

/** The checks every scenario's build passes, on the pages the scenario changed. */
export function checksOverTheBuild(state: { dist: string; catalog: Catalog; pages: string[] }) {
  it('every internal link and #fragment resolves', () => {
    expect(filesIn(state.dist).length).toBeGreaterThan(0);
    expect(brokenLinks(state.dist)).toEqual([]);
  });

  it('every page is valid HTML', async () => {
    const pages = filesIn(state.dist).filter((f) => f.endsWith('.html'));
    expect(await htmlErrors(state.dist, pages)).toEqual([]);
  }, 120_000);

  it('every page has no error by the Nu HTML Checker (one run over the whole build)', () => {
    expect(nuErrors(state.dist)).toEqual([]);
  }, 180_000);

  it('every page is within the page weight budget', () => {
    const over = pageWeights(state.dist).filter((w) => w.total > PAGE_BUDGET_BYTES);
    expect(over.map((w) => `${w.page}: ${w.total}`)).toEqual([]);
  });

  it('no commit subject appears on any page, feed or data file', () => {
    const leaks = readable(state.dist).filter(([, text]) => text.includes(SUBJECT));
    expect(leaks.map(([file]) => file)).toEqual([]);
  });

  describe('axe-core, desktop, 320 px and forced colours', () => {
    let site: OpenSite;
    beforeAll(async () => {
      site = await openBuiltSite(state.dist);
    }, 60_000);
    afterAll(async () => {
      await site?.close();
    });

    /** Every changed page in one mode, in a context of its own. */
    async function found({ options }: (typeof MODES)[number]): Promise<string[]> {
      const { context } = await guardedContext(site, options);
      const browserPage = await context.newPage();
      const out: string[] = [];
      for (const path of state.pages) {
        await browserPage.goto(`${site.url}${path}`);
        out.push(...(await violations(browserPage)).map((v) => `${path}: ${v}`));
      }
      await context.close();
      return out;
    }

    it('the plan, report, uppdrag and nyckeltal pages have no violations in any mode (checked at once)', async () => {
      expect(state.pages.length).toBeGreaterThan(0);
      const results = await Promise.all(MODES.map(async (mode) => [mode.name, await found(mode)] as const));
      expect(Object.fromEntries(results)).toEqual(Object.fromEntries(MODES.map(({ name }) => [name, []])));
    }, 180_000);
  });
}

/** The entry's "Ändringshistorik" section, as text. */
export const historyText = (dist: string, href: string) =>
  textOf(page(dist, fileFor(dist, href)!).querySelector('.change-history'));
