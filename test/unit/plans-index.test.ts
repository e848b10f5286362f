/** /planer/: current plans first, then the earlier ones with their facts. */
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { PLAN_KIND_LABELS } from '#lib/core/labels.ts';
import { planYears } from '#lib/core/titles.ts';
import { currentPlans } from '#lib/content/plan-order.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { earlierPlans, planFacts, plansIndex } from '#lib/views/plans-index.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

describe('earlierPlans', () => {
  it('are all plans that are not current, newest first year first', () => {
    const earlier = earlierPlans(catalog);
    const current = currentPlans(catalog);
    expect([...earlier, ...current].map((p) => p.id).sort()).toEqual(entries(catalog, 'plans').map((p) => p.id));
    for (const plan of earlier) expect(current).not.toContain(plan);
    for (let i = 1; i < earlier.length; i++)
      expect(earlier[i - 1].data.startYear).toBeGreaterThanOrEqual(earlier[i].data.startYear);
  });
});

describe('planFacts', () => {
  it('names the kind, the body, the years and the diarienummer when there is one', () => {
    expect(entries(catalog, 'plans').length).toBeGreaterThan(0);
    for (const plan of entries(catalog, 'plans')) {
      const body = catalog.bodies.get(plan.data.body.id);
      const facts = planFacts(catalog, plan, 'sv');
      expect(facts.startsWith(`${PLAN_KIND_LABELS[plan.data.kind]}, ${body?.data.name}, ${planYears(plan.data)}`)).toBe(
        true,
      );
      expect(facts.endsWith(plan.data.dnr ? `, dnr ${plan.data.dnr}` : planYears(plan.data))).toBe(true);
    }
  });
});

describe('plansIndex', () => {
  it('lists the current plans, then the earlier ones, each as a link with its facts', () => {
    const { current, earlier } = plansIndex(catalog, 'sv');
    const plans = entries(catalog, 'plans');
    const rowOf = (plan: (typeof plans)[number]) => ({
      href: hrefFor({ collection: 'plans', id: plan.id }),
      title: plan.data.title,
      illustrative: plan.data.illustrative !== undefined,
      facts: planFacts(catalog, plan, 'sv'),
    });
    expect(current).toEqual(currentPlans(catalog).map(rowOf));
    expect(earlier).toEqual(earlierPlans(catalog).map(rowOf));
    expect(current.length + earlier.length).toBe(plans.length);
  });
});
