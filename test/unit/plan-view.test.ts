/** Plans as pages show them: current and earlier plans, vocabulary, strategy groups and filtered views. */
import { describe, expect, it } from 'vitest';
import { itemsOfPlan } from '#lib/views/status-summary.ts';
import {
  ALL,
  filterOptions,
  filterViews,
  groupByStrategy,
  planItemRows,
  planLineage,
  planWords,
  statedContents,
  statusSnapshot,
} from '#lib/views/plan-view.ts';
import { currentPlans, latestFollowedUpPlans } from '#lib/content/plan-order.ts';
import { formatCount } from '#lib/core/format.ts';
import { entries } from '#lib/core/catalog.ts';
import { followedUpPlan } from '../helpers/catalog.ts';
import { SAMPLE_FILES, SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const plan = (id: string) => catalog.plans.get(id)!;

describe('planLineage', () => {
  it('makes the newest plan of a body current and the others earlier, both ways', () => {
    expect(planLineage(catalog, plan('rs-verksamhetsplan-2020'))).toMatchObject({
      isCurrent: false,
      current: { id: 'rs-plan-2025' },
    });
    const current = planLineage(catalog, plan('rs-plan-2025'));
    expect(current.isCurrent).toBe(true);
    expect(current.earlier.map((p) => p.id)).toEqual([SAMPLE_PLAN, 'rs-verksamhetsplan-2020']);
    expect(planLineage(catalog, plan('regionplan-2024'))).toMatchObject({ isCurrent: true, earlier: [] });
  });

  it('lists one current plan per body', () => {
    expect(currentPlans(catalog).map((p) => p.id)).toEqual(['regionplan-2024', 'rs-plan-2025']);
  });

  it('summarises the newest plan with a report, naming the newer plans not followed up yet', () => {
    const followedUp = latestFollowedUpPlans(catalog).map(({ plan, newer }) => [plan.id, newer.map((p) => p.id)]);
    // Fullmäktige's regionplan has no report: it is its body's newest plan all the same.
    expect(followedUp).toEqual([
      ['regionplan-2024', []],
      [SAMPLE_PLAN, ['rs-plan-2025']],
    ]);
  });
});

describe('planWords', () => {
  it('keeps the 2020 plan in its own terms', () => {
    expect(planWords(plan('rs-verksamhetsplan-2020'))).toMatchObject({
      uppdrag: { many: 'resultatmål' },
      nyckeltal: { many: 'mätetal' },
    });
    expect(planWords(plan(SAMPLE_PLAN)).uppdrag.many).toBe('uppdrag');
  });
});

describe('items by strategy', () => {
  it('gives every item of the plan one row with its latest status', () => {
    const rows = planItemRows(catalog, SAMPLE_PLAN);
    expect(rows).toHaveLength(
      itemsOfPlan(catalog, 'uppdrag', SAMPLE_PLAN).length + itemsOfPlan(catalog, 'nyckeltal', SAMPLE_PLAN).length,
    );
    expect(rows.find((r) => r.id === 'frisktal')).toMatchObject({
      status: 'gar-ej-att-mata',
      href: '/nyckeltal/frisktal/',
      illustrative: true,
    });
    expect(rows.find((r) => r.id === 'heltid')).toMatchObject({
      status: 'helt-uppfyllt',
      period: { id: 'per-augusti-2024' },
      illustrative: false,
    });
  });

  it('groups in the strategies’ order and loses no item', () => {
    const rows = planItemRows(catalog, SAMPLE_PLAN);
    const groups = groupByStrategy(catalog, rows);
    expect(groups.map((g) => g.strategy?.data.order)).toEqual([1, 2]);
    expect(groups.reduce((n, g) => n + g.uppdrag.length + g.nyckeltal.length, 0)).toBe(rows.length);
    expect(groups[0].anchor).toBe('strategi-vard');
    expect(groups[1].uppdrag.map((r) => r.id)).toEqual(['heltid']);
  });
});

describe('filtered views', () => {
  const views = filterViews(catalog, SAMPLE_PLAN);

  it('exist for every status and strategy that occur, alone and combined where some item has both, but not for all-and-all', () => {
    const rows = planItemRows(catalog, SAMPLE_PLAN);
    const pairs = new Set(rows.map((r) => `${r.status} ${r.strategy}`));
    const statuses = new Set(rows.map((r) => r.status));
    const strategies = new Set(rows.map((r) => r.strategy));
    expect(views).toHaveLength(statuses.size + strategies.size + pairs.size);
    expect(views.every((v) => v.rows.length > 0)).toBe(true);
    expect(views.some((v) => v.status === ALL && v.strategy === ALL)).toBe(false);
    expect(views.find((v) => v.status === 'ej-uppfyllt' && v.strategy === ALL)?.href).toBe(
      `/planer/${SAMPLE_PLAN}/urval/ej-uppfyllt/alla/`,
    );
  });

  it('hold exactly the rows that match, so status views add up to the plan', () => {
    const byStatus = views.filter((v) => v.strategy === ALL);
    // Latest statuses: heltid and samverkan helt, vantetider ej; helpdesk helt, sjukfranvaro delvis, frisktal unmeasurable.
    expect(byStatus.map((v) => [v.status, v.rows.map((r) => r.id).sort()])).toEqual([
      ['helt-uppfyllt', ['helpdesk', 'heltid', 'samverkan']],
      ['delvis-uppfyllt', ['sjukfranvaro']],
      ['ej-uppfyllt', ['vantetider']],
      ['gar-ej-att-mata', ['frisktal']],
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
    const options = filterOptions(catalog, SAMPLE_PLAN, { status: 'delvis-uppfyllt', strategy: ALL });
    expect(options.statuses.find((o) => o.selected)?.key).toBe('delvis-uppfyllt');
    expect(options.strategies.filter((o) => o.key !== ALL).map((o) => [o.key, o.count])).toEqual([
      ['vard', 0],
      ['medarbetare', 1],
    ]);
    for (const option of options.strategies.filter((o) => o.key !== ALL)) {
      const view = views.find((v) => v.status === 'delvis-uppfyllt' && v.strategy === option.key);
      expect(option.count).toBe(view?.rows.length ?? 0);
      expect(option.href).toBe(view?.href);
    }
    expect(options.strategies.find((o) => o.key === ALL)?.href).toBe(
      `/planer/${SAMPLE_PLAN}/urval/delvis-uppfyllt/alla/`,
    );
    const none = filterOptions(catalog, SAMPLE_PLAN, {
      status: 'gar-ej-att-mata',
      strategy: ALL,
    }).strategies.filter((o) => o.count === 0);
    expect(none.length).toBeGreaterThan(0);
    expect(none.every((o) => o.href === undefined)).toBe(true);
    expect(options.statuses.find((o) => o.key === ALL)?.href).toBe(`/planer/${SAMPLE_PLAN}/`);
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
    const row = planItemRows(catalog, 'regionplan-2024').find((r) => r.id === 'primarvard')!;
    expect(row).toMatchObject({ status: undefined, period: undefined, statistics: 'Kolada' });
    expect(planItemRows(catalog, SAMPLE_PLAN).every((r) => r.statistics === undefined)).toBe(true);
  });
});

describe('statedContents', () => {
  it("says what the plan's documents count, in the plan's own words", () => {
    const plan2024 = plan(SAMPLE_PLAN);
    const words = planWords(plan2024);
    const stated = SAMPLE_FILES.plans[SAMPLE_PLAN].stated;
    expect(statedContents(plan2024)).toEqual([
      `${formatCount(stated.uppdrag, words.uppdrag)} (${stated.uppdragFromRegionplan} från regionplanen och ${stated.uppdragOwn} egna)`,
      formatCount(stated.nyckeltal, words.nyckeltal),
      formatCount(stated.activities, { one: 'aktivitet', many: 'aktiviteter' }),
    ]);
    const plan2020 = plan('rs-verksamhetsplan-2020');
    const words2020 = planWords(plan2020);
    const stated2020 = SAMPLE_FILES.plans['rs-verksamhetsplan-2020'].stated;
    expect(statedContents(plan2020)).toEqual([
      formatCount(stated2020.uppdrag, words2020.uppdrag),
      formatCount(stated2020.nyckeltal, words2020.nyckeltal),
    ]);
    expect(words2020.uppdrag.many).not.toBe(words.uppdrag.many);
  });

  it('is empty for a plan whose documents state nothing', () => {
    const unstated = entries(catalog, 'plans').filter((p) => !p.data.stated);
    expect(unstated.map((p) => p.id)).toEqual(['regionplan-2024', 'rs-plan-2025']);
    for (const p of unstated) expect(statedContents(p)).toEqual([]);
  });
});
