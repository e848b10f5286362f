/** Plans as pages show them: current and earlier plans, vocabulary, strategy groups and filtered views. */
import { describe, expect, it } from 'vitest';
import { itemsOfPlan } from '#lib/views/status-summary.ts';
import {
  ALL,
  currentPlans,
  latestFollowedUpPlans,
  filterOptions,
  filterViews,
  groupByStrategy,
  planItemRows,
  planLineage,
  planWords,
  statedContents,
  statusSnapshot,
} from '#lib/views/plan-view.ts';
import { formatCount } from '#lib/core/format.ts';
import { entries } from '#lib/core/catalog.ts';
import { followedUpPlan } from '../helpers/catalog.ts';
import { validateBundled } from '../helpers/content.ts';

const { catalog } = validateBundled();
const plan = (id: string) => catalog.plans.get(id)!;

describe('planLineage', () => {
  it('makes the newest plan of a body current and the others earlier, both ways', () => {
    expect(planLineage(catalog, plan('rs-verksamhetsplan-2020'))).toMatchObject({
      isCurrent: false,
      current: { id: 'rs-plan-och-budget-2025' },
    });
    const current = planLineage(catalog, plan('rs-plan-och-budget-2025'));
    expect(current.isCurrent).toBe(true);
    expect(current.earlier.map((p) => p.id)).toEqual(['rs-plan-och-budget-2024', 'rs-verksamhetsplan-2020']);
    expect(planLineage(catalog, plan('regionplan-2020-2022')).current.id).toBe('regionplan-2025-2027');
  });

  it('lists one current plan per body', () => {
    expect(currentPlans(catalog).map((p) => p.id)).toEqual(['regionplan-2025-2027', 'rs-plan-och-budget-2025']);
  });

  it('summarises the newest plan with a report, naming the newer plans not followed up yet', () => {
    const followedUp = latestFollowedUpPlans(catalog).map(({ plan, newer }) => [plan.id, newer.map((p) => p.id)]);
    expect(followedUp).toEqual([
      ['regionplan-2025-2027', []],
      ['rs-plan-och-budget-2024', ['rs-plan-och-budget-2025']],
    ]);
  });
});

describe('planWords', () => {
  it('keeps the 2020 plan in its own terms', () => {
    expect(planWords(plan('rs-verksamhetsplan-2020'))).toMatchObject({
      uppdrag: { many: 'resultatmål' },
      nyckeltal: { many: 'mätetal' },
    });
    expect(planWords(plan('rs-plan-och-budget-2024')).uppdrag.many).toBe('uppdrag');
  });
});

describe('items by strategy', () => {
  it('gives every item of the plan one row with its latest status', () => {
    const rows = planItemRows(catalog, 'rs-plan-och-budget-2024');
    const plan = 'rs-plan-och-budget-2024';
    expect(rows).toHaveLength(
      itemsOfPlan(catalog, 'uppdrag', plan).length + itemsOfPlan(catalog, 'nyckeltal', plan).length,
    );
    expect(rows.find((r) => r.id === 'frisktal')).toMatchObject({
      status: 'gar-ej-att-mata',
      href: '/nyckeltal/frisktal/',
      illustrative: true,
    });
  });

  it('groups in the strategies’ order and loses no item', () => {
    const rows = planItemRows(catalog, 'rs-plan-och-budget-2024');
    const groups = groupByStrategy(catalog, rows);
    expect(groups.map((g) => g.strategy?.data.order)).toEqual([1, 2, 3, 4]);
    expect(groups.reduce((n, g) => n + g.uppdrag.length + g.nyckeltal.length, 0)).toBe(rows.length);
    expect(groups[0].anchor).toBe('strategi-god-och-nara-vard');
  });
});

describe('filtered views', () => {
  const views = filterViews(catalog, 'rs-plan-och-budget-2024');

  it('exist for every status and strategy that occur, alone and combined where some item has both, but not for all-and-all', () => {
    const rows = planItemRows(catalog, 'rs-plan-och-budget-2024');
    const pairs = new Set(rows.map((r) => `${r.status} ${r.strategy}`));
    const statuses = new Set(rows.map((r) => r.status));
    const strategies = new Set(rows.map((r) => r.strategy));
    expect(views).toHaveLength(statuses.size + strategies.size + pairs.size);
    expect(views.every((v) => v.rows.length > 0)).toBe(true);
    expect(views.some((v) => v.status === ALL && v.strategy === ALL)).toBe(false);
    expect(views.find((v) => v.status === 'ej-uppfyllt' && v.strategy === ALL)?.href).toBe(
      '/planer/rs-plan-och-budget-2024/urval/ej-uppfyllt/alla/',
    );
  });

  it('hold exactly the rows that match, so status views add up to the plan', () => {
    const byStatus = views.filter((v) => v.strategy === ALL);
    expect(byStatus.map((v) => [v.status, v.rows.length])).toEqual([
      ['helt-uppfyllt', 2 + 7],
      ['delvis-uppfyllt', 35 + 3],
      ['ej-uppfyllt', 1 + 8],
      ['gar-ej-att-mata', 5],
    ]);
    for (const view of views) {
      expect(
        view.rows.every(
          (r) =>
            (view.status === ALL || r.status === view.status) &&
            (view.strategy === ALL || r.strategy === view.strategy),
        ),
      ).toBe(true);
    }
  });

  it('offer choices whose counts match the views they link to', () => {
    const options = filterOptions(catalog, 'rs-plan-och-budget-2024', { status: 'delvis-uppfyllt', strategy: ALL });
    expect(options.statuses.find((o) => o.selected)?.key).toBe('delvis-uppfyllt');
    for (const option of options.strategies.filter((o) => o.key !== ALL)) {
      const view = views.find((v) => v.status === 'delvis-uppfyllt' && v.strategy === option.key);
      expect(option.count).toBe(view?.rows.length ?? 0);
      expect(option.href).toBe(view?.href);
    }
    expect(options.strategies.find((o) => o.key === ALL)?.href).toBe(
      '/planer/rs-plan-och-budget-2024/urval/delvis-uppfyllt/alla/',
    );
    const none = filterOptions(catalog, 'rs-plan-och-budget-2024', {
      status: 'gar-ej-att-mata',
      strategy: ALL,
    }).strategies.filter((o) => o.count === 0);
    expect(none.length).toBeGreaterThan(0);
    expect(none.every((o) => o.href === undefined)).toBe(true);
    expect(options.statuses.find((o) => o.key === ALL)?.href).toBe('/planer/rs-plan-och-budget-2024/');
  });

  it('are none for a plan without items', () => {
    expect(filterViews(catalog, 'rs-verksamhetsplan-2020')).toEqual([]);
  });
});

describe('statusSnapshot', () => {
  it('groups the items by their status at the period, those without one last', () => {
    const followed = followedUpPlan();
    const april = followed.periods.get('per-april-2025')!;
    const groups = statusSnapshot(followed, 'plan-2025', april, 'uppdrag');
    expect(groups.map((g) => [g.status, g.rows.map((r) => r.id).sort()])).toEqual([
      ['delvis-uppfyllt', ['battre', 'lika', 'samre']],
      [undefined, ['ny']],
    ]);
  });
});

describe('long-term nyckeltal followed with statistics', () => {
  it('say so in lists instead of showing only that no status is reported', () => {
    const row = planItemRows(catalog, 'regionplan-2024-2026').find((r) => r.id === 'nettokostnad-primarvard')!;
    expect(row).toMatchObject({ status: undefined, period: undefined, note: 'Följs med statistik från Kolada' });
    expect(planItemRows(catalog, 'rs-plan-och-budget-2024').every((r) => r.note === undefined)).toBe(true);
  });
});

describe('statedContents', () => {
  it("says what the plan's documents count, in the plan's own words", () => {
    const plan2024 = plan('rs-plan-och-budget-2024');
    const words = planWords(plan2024);
    expect(statedContents(plan2024)).toEqual([
      `${formatCount(38, words.uppdrag)} (30 från regionplanen och 8 egna)`,
      formatCount(23, words.nyckeltal),
      formatCount(231, { one: 'aktivitet', many: 'aktiviteter' }),
    ]);
    const plan2020 = plan('rs-verksamhetsplan-2020');
    const words2020 = planWords(plan2020);
    expect(statedContents(plan2020)).toEqual([
      formatCount(26, words2020.uppdrag),
      formatCount(14, words2020.nyckeltal),
    ]);
    expect(words2020.uppdrag.many).not.toBe(words.uppdrag.many);
  });

  it('is empty for a plan whose documents state nothing', () => {
    const unstated = entries(catalog, 'plans').filter((p) => !p.data.stated);
    for (const p of unstated) expect(statedContents(p)).toEqual([]);
  });
});
