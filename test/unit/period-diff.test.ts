/** What changed between reports: which items, in which direction, and the flow between statuses. */
import { describe, expect, it } from 'vitest';
import {
  changeDirection,
  changeSentence,
  compareWithPrevious,
  planTransitions,
  reportsOfPlan,
  statusChanges,
  transitions,
} from '#lib/views/period-diff.ts';
import { NYCKELTAL_STATUSES } from '../../src/schemas/index.ts';
import { itemsOfPlan, uppdragStatusAt } from '#lib/views/status-summary.ts';
import { base, catalogOf, followedUpPlan, type Input } from '../helpers/catalog.ts';

describe('changeDirection', () => {
  it('orders helt > delvis > ej uppfyllt', () => {
    expect(changeDirection('delvis-uppfyllt', 'helt-uppfyllt')).toBe('battre');
    expect(changeDirection('ej-uppfyllt', 'delvis-uppfyllt')).toBe('battre');
    expect(changeDirection('helt-uppfyllt', 'ej-uppfyllt')).toBe('samre');
  });

  it('does not rank "går ej att mäta": a change to or from it is its own kind', () => {
    expect(changeDirection('helt-uppfyllt', 'gar-ej-att-mata')).toBe('ej-jamforbar');
    expect(changeDirection('gar-ej-att-mata', 'ej-uppfyllt')).toBe('ej-jamforbar');
  });

  it('tells a first status and a missing one apart from a change, and sees no change as none', () => {
    expect(changeDirection(undefined, 'delvis-uppfyllt')).toBe('ny');
    expect(changeDirection('delvis-uppfyllt', undefined)).toBe('utgar');
    expect(changeDirection('delvis-uppfyllt', 'delvis-uppfyllt')).toBeUndefined();
    expect(changeDirection(undefined, undefined)).toBeUndefined();
  });
});

describe('a plan followed up in April and August', () => {
  const catalog = followedUpPlan();
  const uppdrag = [...catalog.uppdrag.values()];

  it('lists the items that changed, with direction, and leaves the unchanged out', () => {
    const changes = statusChanges(uppdrag, uppdragStatusAt, 'per-april-2025', 'per-augusti-2025');
    expect(changes.map((c) => [c.item.id, c.from, c.to, c.direction]).sort()).toEqual([
      ['battre', 'delvis-uppfyllt', 'helt-uppfyllt', 'battre'],
      ['ny', undefined, 'helt-uppfyllt', 'ny'],
      ['samre', 'delvis-uppfyllt', 'ej-uppfyllt', 'samre'],
    ]);
  });

  it('counts the flow between statuses, unchanged items included, adding up to all items', () => {
    const flow = transitions(uppdrag, uppdragStatusAt, 'per-april-2025', 'per-augusti-2025');
    expect(flow).toContainEqual({ from: 'delvis-uppfyllt', to: 'delvis-uppfyllt', count: 1 });
    expect(flow).toContainEqual({ from: 'delvis-uppfyllt', to: 'helt-uppfyllt', count: 1 });
    expect(flow.reduce((sum, f) => sum + f.count, 0)).toBe(uppdrag.length);
  });

  it('compares consecutive reported periods only, never one not yet followed up', () => {
    const moves = planTransitions(catalog, 'plan-2025');
    expect(moves.map((m) => [m.from.id, m.to.id])).toEqual([['per-april-2025', 'per-augusti-2025']]);
    expect(moves[0].nyckeltal).toContainEqual({ from: 'delvis-uppfyllt', to: 'gar-ej-att-mata', count: 1 });
  });

  it('orders reports by period, and an undated report first within its period', () => {
    expect(reportsOfPlan(catalog, 'plan-2025').map((r) => r.id)).toEqual([
      'tertialrapport',
      'delarsrapport',
      'augusti-uppfoljning',
    ]);
  });

  it('compares a report with the previous report on an earlier period, and names those on the same period', () => {
    const comparison = compareWithPrevious(catalog, catalog.reports.get('augusti-uppfoljning')!);
    expect(comparison.previous?.id).toBe('tertialrapport');
    expect(comparison.samePeriod.map((r) => r.id)).toEqual(['delarsrapport']);
    expect(comparison.uppdrag.map((c) => c.item.id).sort()).toEqual(['battre', 'ny', 'samre']);
    expect(comparison.nyckeltal.map((c) => [c.item.id, c.direction])).toEqual([
      ['matbar', 'ej-jamforbar'],
      ['over', 'utgar'],
    ]);
  });

  it('has nothing to compare for the first report', () => {
    const comparison = compareWithPrevious(catalog, catalog.reports.get('tertialrapport')!);
    expect(comparison).toMatchObject({ previous: undefined, uppdrag: [], nyckeltal: [] });
  });
});

/**
 * A plan of 2024 followed up in April and for the full year (August skipped), as staff
 * publish it, and a 2025 plan whose items continue from it, first followed up in April 2025.
 */
function twoYears() {
  type UppdragStatus = Input['uppdrag']['statuses'][number]['status'];
  type NyckeltalStatus = Input['nyckeltal']['results'][number]['status'];
  const status = (period: string, value: UppdragStatus) => ({ period, status: value, text: 'Text.' });
  const item = (
    plan: string,
    title: string,
    statuses: [string, UppdragStatus][],
    extra: Partial<Input['uppdrag']> = {},
  ): Input['uppdrag'] => ({
    title,
    plan,
    strategy: 'forsta',
    origin: 'egen',
    responsibleUnit: 'stab',
    statuses: statuses.map(([period, value]) => status(period, value)),
    ...extra,
  });
  const measure = (
    plan: string,
    title: string,
    results: [string, number | null, NyckeltalStatus][],
    extra: Partial<Input['nyckeltal']> = {},
  ): Input['nyckeltal'] => ({
    title,
    plan,
    strategy: 'andra',
    term: 'kortsiktig',
    description: 'Mått.',
    unit: '%',
    direction: 'higher',
    targets: [{ year: 2024, value: 80 }],
    results: results.map(([period, value, st]) => ({ period, value, status: st, comment: 'Kommentar.' })),
    source: { name: 'Rapport' },
    ...extra,
  });
  const plan = (title: string, year: number, periods: string[]): Input['plans'] => ({
    title,
    body: 'rs',
    kind: 'plan-och-budget',
    startYear: year,
    endYear: year,
    vocabulary: 'uppdrag-nyckeltal',
    summary: 'Plan.',
    decisions: [],
    periods,
    parent: 'regionplan',
  });
  const report = (plan: string, period: string, title: string, date: string | null): Input['reports'] => ({
    title,
    kind: 'uppfoljning',
    plan,
    period,
    date,
    dnr: 'RS/1/2024',
    summary: 'Uppföljning.',
  });
  const [A24, H24, A25] = ['per-april-2024', 'helar-2024', 'per-april-2025'];
  return catalogOf({
    ...base,
    periods: {
      [A24]: { year: 2024, kind: 'april', endDate: '2024-04-30' },
      'per-augusti-2024': { year: 2024, kind: 'augusti', endDate: '2024-08-31' },
      [H24]: { year: 2024, kind: 'helar', endDate: '2024-12-31' },
      [A25]: { year: 2025, kind: 'april', endDate: '2025-04-30' },
    },
    plans: {
      regionplan: { ...plan('Regionplan', 2024, []), kind: 'regionplan', body: 'rf', endYear: 2026, parent: undefined },
      'plan-2024': plan('Plan 2024', 2024, [A24, 'per-augusti-2024', H24]),
      'plan-2025': plan('Plan 2025', 2025, [A25]),
    },
    uppdrag: {
      sjonk: item('plan-2024', 'Sjönk', [
        [A24, 'delvis-uppfyllt'],
        [H24, 'ej-uppfyllt'],
      ]),
      sjonk2: item('plan-2024', 'Sjönk också', [
        [A24, 'delvis-uppfyllt'],
        [H24, 'ej-uppfyllt'],
      ]),
      steg: item('plan-2024', 'Steg', [
        [A24, 'ej-uppfyllt'],
        [H24, 'helt-uppfyllt'],
      ]),
      kvar: item('plan-2024', 'Kvar', [
        [A24, 'delvis-uppfyllt'],
        [H24, 'delvis-uppfyllt'],
      ]),
      tyst: item('plan-2024', 'Tyst på helåret', [[A24, 'helt-uppfyllt']]),
      tillkom: item('plan-2024', 'Tillkom under året', [[H24, 'delvis-uppfyllt']]),
      ingen: item('plan-2024', 'Aldrig rapporterad', []),
      fortsatter: item('plan-2025', 'Fortsätter', [[A25, 'delvis-uppfyllt']], { continues: 'sjonk' }),
    },
    nyckeltal: {
      matt: measure('plan-2024', 'Mätt', [
        [A24, 70, 'delvis-uppfyllt'],
        [H24, null, 'gar-ej-att-mata'],
      ]),
      ny: measure('plan-2024', 'Mätt från helåret', [[H24, 90, 'helt-uppfyllt']]),
    },
    reports: {
      arsredovisning: report('plan-2024', H24, 'Årsredovisning 2024', '2025-03-01'),
      tertial: report('plan-2024', A24, 'Tertialrapport per april 2024', null),
      'tertial-2025': report('plan-2025', A25, 'Tertialrapport per april 2025', '2025-05-20'),
    },
  });
}

describe('a plan followed up in April and for the full year, August skipped', () => {
  const catalog = twoYears();
  const uppdrag = itemsOfPlan(catalog, 'uppdrag', 'plan-2024');
  const [from, to] = ['per-april-2024', 'helar-2024'];

  it('compares April with the full year, since August was never followed up', () => {
    expect(planTransitions(catalog, 'plan-2024').map((m) => [m.from.id, m.to.id])).toEqual([[from, to]]);
  });

  it('counts each (from, to) pair once per item: two that fell from delvis to ej, a new one, one silent, one never reported', () => {
    const [move] = planTransitions(catalog, 'plan-2024');
    const expected = (items: typeof uppdrag, f: string | undefined, t: string | undefined) =>
      items.filter((u) => uppdragStatusAt(u, from) === f && uppdragStatusAt(u, to) === t).length;
    for (const row of move.uppdrag) expect(row.count).toBe(expected(uppdrag, row.from, row.to));
    expect(move.uppdrag).toContainEqual({ from: 'delvis-uppfyllt', to: 'ej-uppfyllt', count: 2 });
    expect(move.uppdrag).toContainEqual({ from: undefined, to: 'delvis-uppfyllt', count: 1 });
    expect(move.uppdrag).toContainEqual({ from: 'helt-uppfyllt', to: undefined, count: 1 });
    expect(move.uppdrag).toContainEqual({ from: undefined, to: undefined, count: 1 });
    expect(move.uppdrag.reduce((sum, row) => sum + row.count, 0)).toBe(uppdrag.length);
    expect(move.nyckeltal).toEqual([
      { from: 'delvis-uppfyllt', to: 'gar-ej-att-mata', count: 1 },
      { from: undefined, to: 'helt-uppfyllt', count: 1 },
    ]);
  });

  it('leaves out the item of the next plan that continues one of this plan', () => {
    expect(uppdrag.map((u) => u.id)).not.toContain('fortsatter');
  });

  it('lists the pairs in the order of the scale, by the earlier status and then the later, no status last', () => {
    const [move] = planTransitions(catalog, 'plan-2024');
    const order = [...NYCKELTAL_STATUSES, undefined];
    const ranks = move.uppdrag.map((row) => [order.indexOf(row.from), order.indexOf(row.to)]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(move.uppdrag.map((row) => [row.from, row.to])).toEqual([
      ['helt-uppfyllt', undefined],
      ['delvis-uppfyllt', 'delvis-uppfyllt'],
      ['delvis-uppfyllt', 'ej-uppfyllt'],
      ['ej-uppfyllt', 'helt-uppfyllt'],
      [undefined, 'delvis-uppfyllt'],
      [undefined, undefined],
    ]);
  });

  it('the year report compares with the April report and says what changed in plain Swedish', () => {
    const comparison = compareWithPrevious(catalog, catalog.reports.get('arsredovisning')!);
    expect(comparison.previous?.id).toBe('tertial');
    expect(comparison.uppdrag.map((c) => [c.item.id, c.direction]).sort()).toEqual([
      ['sjonk', 'samre'],
      ['sjonk2', 'samre'],
      ['steg', 'battre'],
      ['tillkom', 'ny'],
      ['tyst', 'utgar'],
    ]);
    expect(comparison.sentences?.uppdrag).toBe(
      'Av 7 uppdrag har 1 fått bättre status, 2 fått sämre status, 1 fått en status som saknades i förra rapporten ' +
        'och 1 inte fått någon status den här gången. 1 har samma status som i förra rapporten och 1 saknar status i båda rapporterna.',
    );
    expect(comparison.sentences?.nyckeltal).toBe(
      'Av 2 nyckeltal har 1 gått till eller från ”går ej att mäta” och 1 fått en status som saknades i förra rapporten.',
    );
  });

  it('the first report of the next plan has no earlier report of its own plan to compare with', () => {
    const comparison = compareWithPrevious(catalog, catalog.reports.get('tertial-2025')!);
    expect(comparison).toMatchObject({ previous: undefined, uppdrag: [], nyckeltal: [], sentences: undefined });
  });
});

describe('changeSentence', () => {
  const noun = { one: 'uppdrag', many: 'uppdrag' };
  const items = ['a', 'b', 'c'];

  it('says when nothing changed, and tells items without any status apart', () => {
    expect(changeSentence(items, [], () => 'delvis-uppfyllt', noun)).toBe(
      'Alla 3 uppdrag har samma status som i förra rapporten.',
    );
    expect(changeSentence(['a'], [], () => 'delvis-uppfyllt', noun)).toBe(
      '1 uppdrag har samma status som i förra rapporten.',
    );
    expect(changeSentence(items, [], (i) => (i === 'a' ? undefined : 'ej-uppfyllt'), noun)).toBe(
      'Inget av 3 uppdrag har ändrat status: 2 har samma status som i förra rapporten och 1 saknar status i båda rapporterna.',
    );
    expect(changeSentence([], [], () => undefined, noun)).toBe('Planen har inga uppdrag här.');
  });
});
