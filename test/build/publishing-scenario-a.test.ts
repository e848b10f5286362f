/**
 * Publishing the next period, as staff do it by docs/publicera.md: in a temporary git repository
 * with the bundled content, the documented commands run and each step is committed; the
 * result is built once and checked as every build is (links, html-validate,
 * axe in three modes on the plan, report, uppdrag and nyckeltal pages, page weight), and
 * the history says what changed in words for the public, never a commit subject.
 * What is expected is derived from the content each scenario ends with. The scenarios'
 * content lives here only; content/ stays the source facts.
 *
 * A: the next period (per augusti 2024) imported by title from a Swedish-Excel CSV, the
 *    board's decision and the report citing it, an uppdrag in the 2025 plan, a nyckeltal
 *    fed from saved Kolada answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { STATUS_LABELS } from '#lib/core/labels.ts';
import { isExampleField } from '#lib/content/examples.ts';
import { compareWithPrevious, planTransitions } from '#lib/views/period-diff.ts';
import { itemsOfPlan } from '#lib/views/status-summary.ts';
import { planItemRows } from '#lib/views/plan-view.ts';
import { sv } from '#lib/i18n/sv.ts';
import type { NyckeltalStatus } from '../../src/schemas/index.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { fileFor, page, parseSwedishNumber, textOf } from '../helpers/built-site.ts';
import { ROOT } from '../helpers/content.ts';
import { newTestIndicator, newUppdrag } from '../helpers/commands.ts';
import { commitAll } from '../helpers/git.ts';
import { buildContent, catalogIn, contentRepository, publish } from '../helpers/publishing.ts';
import {
  PLAN_2024,
  PLAN_2025,
  EXAMPLE,
  SUBJECT,
  importPeriod,
  decisionAndReport,
  checksOverTheBuild,
  historyText,
} from '../helpers/publishing-scenario.ts';

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
