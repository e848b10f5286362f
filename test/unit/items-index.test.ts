/** /uppdrag/ and /nyckeltal/: the items of one kind, plan by plan. */
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { latestFollowedUpPlans } from '#lib/content/plan-order.ts';
import { itemsPerPlan, nyckeltalIndex } from '#lib/views/items-index.ts';
import { planItemRows, planWords } from '#lib/views/plan-view.ts';
import { catalogOf } from '../helpers/catalog.ts';
import { SAMPLE_FILES, SAMPLE_TEXTS, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

describe('itemsPerPlan', () => {
  for (const collection of ['uppdrag', 'nyckeltal'] as const) {
    it(`lists every ${collection} once, under its plan, and only plans that have any`, () => {
      const { current, older } = itemsPerPlan(catalog, collection);
      expect(current.length).toBeGreaterThan(0);
      const listed = [...current, ...older].flatMap((plan) => plan.rows.map((row) => row.id));
      expect(listed.sort()).toEqual(
        entries(catalog, collection)
          .map((item) => item.id)
          .sort(),
      );
      for (const plan of [...current, ...older])
        expect(plan.rows.every((row) => row.collection === collection)).toBe(true);
    });

    it(`shows the ${collection} of the plans in use, and the older plans apart`, () => {
      const { current, older } = itemsPerPlan(catalog, collection);
      const inUse = new Set(
        latestFollowedUpPlans(catalog)
          .flatMap(({ plan, newer }) => [plan, ...newer])
          .map((p) => `plan-${p.id}`),
      );
      expect(current.map((plan) => plan.id).every((id) => inUse.has(id))).toBe(true);
      expect(older.some((plan) => inUse.has(plan.id))).toBe(false);
    });

    it(`counts each plan's ${collection} in the plan's own words and links to its filtered list`, () => {
      const { current, older } = itemsPerPlan(catalog, collection);
      for (const shown of [...current, ...older]) {
        const plan = entries(catalog, 'plans').find((p) => `plan-${p.id}` === shown.id);
        if (!plan) throw new Error(`no plan for ${shown.id}`);
        const rows = planItemRows(catalog, plan.id).filter((row) => row.collection === collection);
        expect(shown.count).toBe(`${rows.length} ${planWords(plan)[collection].many}`);
        expect(shown.href).toBe(hrefFor({ collection: 'plans', id: plan.id }));
        expect(shown.listHref).toBe(`${shown.href}#lista`);
        expect(shown.title).toBe(plan.data.title);
      }
    });
  }
});

describe('itemsPerPlan with an older plan of the same body', () => {
  const { heltid } = SAMPLE_FILES.uppdrag;
  const withOlder = catalogOf(
    {
      ...SAMPLE_FILES,
      strategies: {
        ...SAMPLE_FILES.strategies,
        tidigare: { title: 'Tidigare mål', plan: 'rs-verksamhetsplan-2020', order: 1, description: 'Ett äldre mål.' },
      },
      uppdrag: {
        ...SAMPLE_FILES.uppdrag,
        aldre: { ...heltid, plan: 'rs-verksamhetsplan-2020', strategy: 'tidigare', statuses: [] },
      },
    },
    SAMPLE_TEXTS,
  );

  it('puts the older plan apart, with its count and a link to its list, not above the plans in use', () => {
    const { current, older } = itemsPerPlan(withOlder, 'uppdrag');
    expect(older.map((plan) => plan.id)).toEqual(['plan-rs-verksamhetsplan-2020']);
    expect(older[0].listHref).toBe(`${hrefFor({ collection: 'plans', id: 'rs-verksamhetsplan-2020' })}#lista`);
    expect(current.map((plan) => plan.id)).not.toContain('plan-rs-verksamhetsplan-2020');
    expect(current.length).toBeGreaterThan(0);
  });
});

describe('nyckeltalIndex', () => {
  it("gives the nyckeltal per plan and the glossary's words for short- and long-term nyckeltal", () => {
    expect(nyckeltalIndex(catalog)).toEqual({
      plans: itemsPerPlan(catalog, 'nyckeltal'),
      shortTermHref: '/om/begrepp/#kortsiktigt',
      longTermHref: '/om/begrepp/#langsiktigt',
    });
  });
});
