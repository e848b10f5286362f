/**
 * A year of publishing, as staff do it by docs/publicera.md: in a temporary git repository
 * with the bundled content, the documented commands run and each step is committed; the
 * result is built once per scenario and checked as every build is (links, html-validate,
 * axe in three modes on the plan, report, uppdrag and nyckeltal pages, page weight), and
 * the history says what changed in words for the public, never a commit subject.
 * What is expected is derived from the content each scenario ends with. The scenarios'
 * content lives here only; content/ stays the source facts.
 *
 * A: the next period (per augusti 2024) imported by title from a Swedish-Excel CSV, the
 *    board's decision and the report citing it, an uppdrag in the 2025 plan, a nyckeltal
 *    fed from saved Kolada answers.
 * B: helår 2024 and its annual report, the 2025 plan with uppdrag and nyckeltal that carry on
 *    from 2024 (`continues`), and the report per april 2025.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { STATUS_LABELS } from '#lib/core/labels.ts';
import { isExampleField } from '#lib/content/examples.ts';
import { compareWithPrevious, planTransitions } from '#lib/views/period-diff.ts';
import { itemsOfPlan } from '#lib/views/status-summary.ts';
import { planItemRows } from '#lib/views/plan-view.ts';
import { sv } from '#lib/i18n/sv.ts';
import type { NyckeltalStatus } from '../../src/schemas/index.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { PAGE_BUDGET_BYTES, pageWeights } from '../../scripts/bench/page-weight.ts';
import { MODES, violations } from '../helpers/axe.ts';
import { guardedContext, openBuiltSite, type OpenSite } from '../helpers/browser.ts';
import { brokenLinks, fileFor, filesIn, page, parseSwedishNumber, textOf } from '../helpers/built-site.ts';
import { ROOT } from '../helpers/content.ts';
import { newTestIndicator, newUppdrag } from '../helpers/commands.ts';
import { commitAll } from '../helpers/git.ts';
import { htmlErrors } from '../helpers/html-validity.ts';
import { nuErrors } from '../helpers/nu-checker.ts';
import {
  buildContent,
  catalogIn,
  contentRepository,
  planningExport,
  publish,
  setContinues,
} from '../helpers/publishing.ts';

const PLAN_2024 = 'rs-plan-och-budget-2024';
const PLAN_2025 = 'rs-plan-och-budget-2025';
const MAPPING = join(ROOT, 'scripts/mappings/stratsys.json');
const EXAMPLE = 'Scenario i testerna, inte från källorna.';
/** Every commit subject the scenarios write starts so: none may reach a page or a feed. */
const SUBJECT = 'DEV-SUBJECT';

/**
 * Imports one period of a plan from a generated export, matched by title, with a copy of
 * the documented mapping that knows the export's word for the period (as its error says to do).
 */
function importPeriod(dir: string, content: string, plan: string, period: string, word: string) {
  const csv = join(dir, `export-${period}.csv`);
  writeFileSync(csv, planningExport(catalogIn(dir), plan, word));
  const mapping = JSON.parse(readFileSync(MAPPING, 'utf8'));
  const mappingFile = join(dir, 'mapping.json');
  writeFileSync(mappingFile, JSON.stringify({ ...mapping, periods: { ...mapping.periods, [word]: period } }));
  publish(content, 'import.ts', [csv, '--mapping', mappingFile, '--period', period, '--write']);
}

/** A decision by the board and the report citing it. */
function decisionAndReport(
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
const readable = (dist: string) =>
  filesIn(dist)
    .filter((f) => /\.(html|xml|json|jsonld|rdf|csv)$/.test(f))
    .map((f) => [f, readFileSync(join(dist, f), 'utf8')] as const);

/** The checks every scenario's build passes, on the pages the scenario changed. */
function checksOverTheBuild(state: { dist: string; catalog: Catalog; pages: string[] }) {
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
const historyText = (dist: string, href: string) =>
  textOf(page(dist, fileFor(dist, href)!).querySelector('.change-history'));

describe('scenario A: the next period, a decision and report, a new uppdrag and a Kolada nyckeltal', () => {
  const state = { dist: '', catalog: {} as Catalog, pages: [] as string[], before: {} as Catalog };

  beforeAll(() => {
    const { dir, content } = contentRepository('2024-06-01T10:00:00+02:00');
    state.before = catalogIn(dir);
    importPeriod(dir, content, PLAN_2024, 'per-augusti-2024', 'Delår 2024');
    commitAll(dir, `${SUBJECT}: import per augusti`, '2024-09-20T10:00:00+02:00');
    decisionAndReport(
      content,
      { date: '2024-10-02', paragraph: '150', title: 'Delårsrapport per augusti 2024' },
      {
        id: 'delarsrapport-per-augusti-2024',
        title: 'Delårsrapport per augusti 2024',
        kind: 'delarsrapport',
        plan: PLAN_2024,
        period: 'per-augusti-2024',
      },
    );
    commitAll(
      dir,
      `${SUBJECT}: report\n\nÄndring: Delårsrapporten per augusti 2024 och beslutet om den publicerade.`,
      '2024-10-03T10:00:00+02:00',
    );
    publish(
      content,
      'new.ts',
      newUppdrag({
        title: 'Följa upp planen öppet på webben',
        plan: PLAN_2025,
        strategy: 'ekonomi-i-balans-2025-2027',
        description: 'Planens uppföljning ska finnas öppet på regionens webbplats.',
        illustrative: EXAMPLE,
      }),
    );
    commitAll(dir, `${SUBJECT}: new uppdrag`, '2024-12-10T10:00:00+01:00');
    publish(
      content,
      'new.ts',
      newTestIndicator({ id: 'testindikator-fran-kolada', kolada: 'N99001', illustrative: EXAMPLE }),
    );
    publish(content, 'kolada.ts', [
      'testindikator-fran-kolada',
      '--file',
      join(ROOT, 'test/fixtures/kolada/paged/n99001.json'),
      '--area',
      '0023,0000',
      '--retrieved',
      '2025-01-10',
      '--write',
    ]);
    commitAll(dir, `${SUBJECT}: kolada`, '2025-01-10T10:00:00+01:00');
    state.catalog = catalogIn(dir);
    state.dist = buildContent(dir);
    const uppdrag = entries(state.catalog, 'uppdrag').find((u) => u.data.plan.id === PLAN_2024)!;
    const nyckeltal = entries(state.catalog, 'nyckeltal').find((n) => n.data.plan.id === PLAN_2024)!;
    state.pages = [
      hrefFor({ collection: 'plans', id: PLAN_2024 }),
      hrefFor({ collection: 'reports', id: 'delarsrapport-per-augusti-2024' }),
      hrefFor({ collection: 'uppdrag', id: uppdrag.id }),
      hrefFor({ collection: 'nyckeltal', id: nyckeltal.id }),
      hrefFor({ collection: 'uppdrag', id: 'folja-upp-planen-oppet-pa-webben' }),
      hrefFor({ collection: 'nyckeltal', id: 'testindikator-fran-kolada' }),
    ];
  }, 600_000);

  it('imported a result per augusti 2024 for every uppdrag and kortsiktigt nyckeltal of the plan, matched by title', () => {
    const items = [
      ...entries(state.catalog, 'uppdrag').filter((u) => u.data.plan.id === PLAN_2024),
      ...entries(state.catalog, 'nyckeltal').filter((n) => n.data.plan.id === PLAN_2024),
    ];
    expect(items.length).toBeGreaterThan(0);
    const periodsOf = (e: (typeof items)[number]) =>
      'statuses' in e.data
        ? e.data.statuses.map((s: { period: { id: string } | string }) =>
            typeof s.period === 'string' ? s.period : s.period.id,
          )
        : e.data.results.map((r: { period: { id: string } | string }) =>
            typeof r.period === 'string' ? r.period : r.period.id,
          );
    expect(items.filter((e) => !periodsOf(e).includes('per-augusti-2024')).map((e) => e.id)).toEqual([]);
  });

  it("the plan page has a column for each reported period in its items' tables", () => {
    const plan = page(state.dist, fileFor(state.dist, hrefFor({ collection: 'plans', id: PLAN_2024 }))!);
    const headers = plan.querySelectorAll('th').map((th) => textOf(th));
    for (const word of ['per april 2024', 'per augusti 2024'])
      expect(headers.some((h) => h.toLowerCase().includes(word))).toBe(true);
  });

  it('the plan page counts how statuses moved from April to August, one focusable, named table per kind of item', () => {
    const plan = page(state.dist, fileFor(state.dist, hrefFor({ collection: 'plans', id: PLAN_2024 }))!);
    const moves = planTransitions(state.catalog, PLAN_2024);
    expect(moves.map((m) => [m.from.id, m.to.id])).toEqual([['per-april-2024', 'per-augusti-2024']]);
    for (const [kind, rows] of [
      ['uppdrag', moves[0].uppdrag],
      ['nyckeltal', moves[0].nyckeltal],
    ] as const) {
      const id = `statusbyten-${kind}-per-april-2024-per-augusti-2024`;
      const region = plan.querySelector(`[aria-labelledby="${id}"]`);
      expect(region?.getAttribute('tabindex'), id).toBe('0');
      expect(region?.querySelector(`caption#${id}`), id).not.toBeNull();
      const shown = region!.querySelectorAll('tbody tr').map((tr) => {
        const cells = tr.querySelectorAll('td').map((td) => textOf(td));
        return [cells[0], cells[1], parseSwedishNumber(cells[3])];
      });
      // Invented statuses carry their mark on the word, as everywhere on the site.
      const marked = planItemRows(state.catalog, PLAN_2024).some((row) => row.exampleStatus);
      const label = (status: string | undefined) =>
        status
          ? `${STATUS_LABELS[status as NyckeltalStatus]}${marked ? ` ${sv.example.mark}` : ''}`
          : 'Ingen status rapporterad';
      expect(shown).toEqual(rows.map((r) => [label(r.from), label(r.to), r.count]));
      expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(itemsOfPlan(state.catalog, kind, PLAN_2024).length);
    }
    expect(moves[0].uppdrag.find((r) => r.from === 'delvis-uppfyllt' && r.to === 'ej-uppfyllt')?.count).toBeGreaterThan(
      0,
    );
  });

  it('the report per augusti says in words what changed since the report per april', () => {
    const report = state.catalog.reports.get('delarsrapport-per-augusti-2024')!;
    const comparison = compareWithPrevious(state.catalog, report);
    expect(comparison.previous?.data.period.id).toBe('per-april-2024');
    const section = page(
      state.dist,
      fileFor(state.dist, hrefFor({ collection: 'reports', id: report.id }))!,
    ).querySelector('#forandringar')!.parentNode;
    const text = textOf(section);
    expect(text).toContain(comparison.previous!.data.title);
    expect(text).toContain(comparison.sentences!.uppdrag);
    expect(text).toContain(comparison.sentences!.nyckeltal);
    for (const change of [...comparison.uppdrag, ...comparison.nyckeltal])
      expect(text).toContain(change.item.data.title);
  });

  it("an uppdrag's history says which period's status was published and how it changed", () => {
    const changed = entries(state.catalog, 'uppdrag').filter((u) => {
      const [april, august] = u.data.statuses;
      return u.data.plan.id === PLAN_2024 && april && august && april.status !== august.status;
    });
    expect(changed.length).toBeGreaterThan(0);
    for (const u of changed) {
      const [april, august] = u.data.statuses;
      const text = historyText(state.dist, hrefFor({ collection: 'uppdrag', id: u.id }));
      // A status that is an example keeps its mark in the history: the word, then the hint for screen readers.
      const mark = isExampleField(u.data, 'statuses') ? ` ${sv.example.mark}: [^.]*?` : '';
      expect(text).toMatch(new RegExp(`Status per augusti 2024 publicerad: ${STATUS_LABELS[august.status]}${mark}`));
      expect(text).toMatch(
        new RegExp(`Status ändrad från ${STATUS_LABELS[april.status]}${mark} till ${STATUS_LABELS[august.status]}`),
      );
    }
  });

  it("a nyckeltal's history says its result was published; staff's note heads the report's change", () => {
    const nyckeltal = entries(state.catalog, 'nyckeltal').find((n) => n.data.plan.id === PLAN_2024)!;
    expect(historyText(state.dist, hrefFor({ collection: 'nyckeltal', id: nyckeltal.id }))).toContain(
      'Utfall per augusti 2024 publicerat',
    );
    expect(historyText(state.dist, hrefFor({ collection: 'reports', id: 'delarsrapport-per-augusti-2024' }))).toContain(
      'Delårsrapporten per augusti 2024 och beslutet om den publicerade.',
    );
    const recent = textOf(page(state.dist, '/senaste-andringar/index.html').querySelector('main'));
    expect(recent).toContain('Delårsrapporten per augusti 2024 och beslutet om den publicerade.');
  });

  it('"Senast ändrad" of an entry the scenario did not touch is still the seed commit', () => {
    const untouched = entries(state.catalog, 'documents')[0];
    const text = historyText(state.dist, hrefFor({ collection: 'documents', id: untouched.id }));
    expect(text).toContain('Senast ändrad 1 juni 2024');
  });

  it('the new report and decision are in the site feed, dated when they were committed', () => {
    const feed = readFileSync(join(state.dist, 'flode.xml'), 'utf8');
    const entry = feed.split('<entry>').find((e) => e.includes('delarsrapport-per-augusti-2024'))!;
    expect(entry).toContain(`<published>${new Date('2024-10-03T10:00:00+02:00').toISOString()}</published>`);
    expect(entry).toContain('<dc:date>2024-10-02</dc:date>');
  });

  checksOverTheBuild(state);
});

describe('scenario B: helår 2024, the 2025 plan carrying on from 2024, and the report per april 2025', () => {
  const state = { dist: '', catalog: {} as Catalog, pages: [] as string[] };
  const CONTINUED_UPPDRAG = 3;
  const CONTINUED_NYCKELTAL = 2;

  beforeAll(() => {
    const { dir, content } = contentRepository('2024-06-01T10:00:00+02:00');
    importPeriod(dir, content, PLAN_2024, 'helar-2024', 'Helår 2024');
    decisionAndReport(
      content,
      { date: '2025-02-20', paragraph: '20', title: 'Årsredovisning 2024' },
      {
        id: 'arsredovisning-2024',
        title: 'Årsredovisning 2024',
        kind: 'arsredovisning',
        plan: PLAN_2024,
        period: 'helar-2024',
      },
    );
    commitAll(dir, `${SUBJECT}: helår`, '2025-02-21T10:00:00+01:00');
    // The 2025 plan: uppdrag and nyckeltal carried on from 2024, as staff add them.
    const seed = catalogIn(dir);
    const continued = new Set(
      entries(seed, 'nyckeltal').flatMap((n) => (n.data.continues ? [n.data.continues.id] : [])),
    );
    const from2024 = entries(seed, 'uppdrag')
      .filter((u) => u.data.plan.id === PLAN_2024)
      .slice(0, CONTINUED_UPPDRAG);
    for (const u of from2024) {
      const id = `${u.id}-2025`;
      publish(content, 'new.ts', [
        'uppdrag',
        '--id',
        id,
        '--title',
        u.data.title,
        '--plan',
        PLAN_2025,
        '--strategy',
        'ekonomi-i-balans-2025-2027',
        '--origin',
        'egen',
        '--responsible',
        'regionstaben',
        '--description',
        'Uppdraget fortsätter från 2024.',
        '--illustrative',
        EXAMPLE,
      ]);
      setContinues(join(content, 'uppdrag', PLAN_2025, `${id}.mdx`), u.id);
    }
    const nyckeltal = entries(seed, 'nyckeltal')
      .filter((n) => n.data.plan.id === PLAN_2024 && !continued.has(n.id) && n.data.results[0]?.value != null)
      .slice(0, CONTINUED_NYCKELTAL);
    for (const n of nyckeltal) {
      const id = `${n.id}-2025`;
      publish(content, 'new.ts', [
        'nyckeltal',
        '--id',
        id,
        '--title',
        `${n.data.title} 2025`,
        '--plan',
        PLAN_2025,
        '--strategy',
        'ekonomi-i-balans-2025-2027',
        '--term',
        'kortsiktig',
        '--description',
        n.data.description,
        '--unit',
        n.data.unit,
        '--direction',
        n.data.direction,
        '--target',
        `2025=${String(n.data.targets[0]?.value ?? 1).replace('.', ',')}`,
        '--source',
        'Tertialrapport per april 2025',
        '--illustrative',
        EXAMPLE,
      ]);
      setContinues(join(content, 'nyckeltal', PLAN_2025, `${id}.json`), n.id);
    }
    commitAll(dir, `${SUBJECT}: plan 2025`, '2025-03-01T10:00:00+01:00');
    importPeriod(dir, content, PLAN_2025, 'per-april-2025', 'Tertial 1 2025');
    decisionAndReport(
      content,
      { date: '2025-05-20', paragraph: '90', title: 'Tertialrapport per april 2025' },
      {
        id: 'tertialrapport-per-april-2025',
        title: 'Tertialrapport per april 2025',
        kind: 'tertialrapport',
        plan: PLAN_2025,
        period: 'per-april-2025',
      },
    );
    commitAll(dir, `${SUBJECT}: april 2025`, '2025-05-21T10:00:00+02:00');
    state.catalog = catalogIn(dir);
    state.dist = buildContent(dir);
    state.pages = [
      hrefFor({ collection: 'plans', id: PLAN_2024 }),
      hrefFor({ collection: 'plans', id: PLAN_2025 }),
      hrefFor({ collection: 'reports', id: 'arsredovisning-2024' }),
      hrefFor({ collection: 'reports', id: 'tertialrapport-per-april-2025' }),
      hrefFor({ collection: 'uppdrag', id: `${from2024[0].id}-2025` }),
      hrefFor({ collection: 'nyckeltal', id: `${nyckeltal[0].id}-2025` }),
    ];
  }, 600_000);

  it('the 2025 items link to the 2024 items they carry on from', () => {
    const carried = [
      ...entries(state.catalog, 'uppdrag').filter((u) => u.data.plan.id === PLAN_2025 && u.data.continues),
      ...entries(state.catalog, 'nyckeltal').filter((n) => n.data.plan.id === PLAN_2025 && n.data.continues),
    ];
    expect(carried.length).toBe(CONTINUED_UPPDRAG + CONTINUED_NYCKELTAL + 2);
    for (const item of carried) {
      const collection = 'statuses' in item.data ? 'uppdrag' : 'nyckeltal';
      const html = page(state.dist, fileFor(state.dist, hrefFor({ collection, id: item.id }))!);
      const links = html.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      expect(links).toContain(hrefFor({ collection, id: item.data.continues!.id }));
    }
  });

  it('the 2025 plan page and its report show the april 2025 statuses of every item', () => {
    const plan = textOf(
      page(state.dist, fileFor(state.dist, hrefFor({ collection: 'plans', id: PLAN_2025 }))!).querySelector('main'),
    );
    const items = [
      ...entries(state.catalog, 'uppdrag').filter((u) => u.data.plan.id === PLAN_2025),
      ...entries(state.catalog, 'nyckeltal').filter((n) => n.data.plan.id === PLAN_2025),
    ];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(plan).toContain(item.data.title);
  });

  it("the 2024 plan's changes since the last report are counted from the two reported periods", () => {
    const report = textOf(
      page(
        state.dist,
        fileFor(state.dist, hrefFor({ collection: 'reports', id: 'arsredovisning-2024' }))!,
      ).querySelector('main'),
    );
    expect(report.toLowerCase()).toContain('per april 2024');
  });

  checksOverTheBuild(state);
});
