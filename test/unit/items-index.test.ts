/** /uppdrag/ and /nyckeltal/: the items of one kind, plan by plan. */
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { itemsPerPlan, nyckeltalIndex } from '#lib/views/items-index.ts';
import { planItemRows, planWords } from '#lib/views/plan-view.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

describe('itemsPerPlan', () => {
  for (const collection of ['uppdrag', 'nyckeltal'] as const) {
    it(`lists every ${collection} once, under its plan, and only plans that have any`, () => {
      const plans = itemsPerPlan(catalog, collection);
      expect(plans.length).toBeGreaterThan(0);
      const listed = plans.flatMap((plan) => plan.rows.map((row) => row.id));
      expect(listed.sort()).toEqual(
        entries(catalog, collection)
          .map((item) => item.id)
          .sort(),
      );
      for (const plan of plans) expect(plan.rows.every((row) => row.collection === collection)).toBe(true);
    });

    it(`counts each plan's ${collection} in the plan's own words and links to its filtered list`, () => {
      for (const shown of itemsPerPlan(catalog, collection)) {
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

describe('nyckeltalIndex', () => {
  it("gives the nyckeltal per plan and the glossary's words for short- and long-term nyckeltal", () => {
    expect(nyckeltalIndex(catalog)).toEqual({
      plans: itemsPerPlan(catalog, 'nyckeltal'),
      shortTermHref: '/om/begrepp/#kortsiktigt',
      longTermHref: '/om/begrepp/#langsiktigt',
    });
  });
});
