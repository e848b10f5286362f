/**
 * Publishing the year's end and the next plan, as staff do it by docs/publicera.md: in a temporary git repository
 * with the bundled content, the documented commands run and each step is committed; the
 * result is built once and checked as every build is (links, html-validate,
 * axe in three modes on the plan, report, uppdrag and nyckeltal pages, page weight), and
 * the history says what changed in words for the public, never a commit subject.
 * What is expected is derived from the content each scenario ends with. The scenarios'
 * content lives here only; content/ stays the source facts.
 *
 * B: helår 2024 and its annual report, the 2025 plan with uppdrag and nyckeltal that carry on
 *    from 2024 (`continues`), and the report per april 2025.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { fileFor, page, textOf } from '../helpers/built-site.ts';
import { commitAll } from '../helpers/git.ts';
import { buildContent, catalogIn, contentRepository, publish, setContinues } from '../helpers/publishing.ts';
import {
  PLAN_2024,
  PLAN_2025,
  EXAMPLE,
  SUBJECT,
  importPeriod,
  decisionAndReport,
  checksOverTheBuild,
} from '../helpers/publishing-scenario.ts';

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
