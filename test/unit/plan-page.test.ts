/** A plan's page model: counts, reported follow-ups, and where the newest figures come from. */
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { planYears } from '#lib/core/titles.ts';
import { planPage } from '#lib/views/plan-page.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const plans = entries(catalog, 'plans');

describe('planPage', () => {
  it('counts each kind of item the plan has, and every item is in a strategy group', () => {
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const page = planPage(catalog, plan);
      const kinds = new Set(page.rows.map((r) => r.collection));
      expect(page.counts).toHaveLength(kinds.size);
      expect(page.years).toBe(planYears(plan.data));
      expect(page.reportedCount).toBeLessThanOrEqual(page.summaries.length);
    }
  });

  it('takes the newest figures from the newest reported follow-up, with its report and date', () => {
    const followedUp = plans.map((plan) => planPage(catalog, plan)).filter((page) => page.latestSummary);
    expect(followedUp.length).toBeGreaterThan(0);
    for (const page of followedUp) {
      const latest = page.latestSummary!;
      expect(page.summaries.filter((s) => s.reported).at(-1)).toBe(latest);
      expect(page.latestReport).toBe(page.reports.filter((r) => r.data.period.id === latest.period.id).at(-1));
      const dated = page.reports.filter((r) => r.data.period.id === latest.period.id && r.data.date);
      expect(page.reportedOn).toBe(dated.at(-1)?.data.date);
    }
  });

  it('has no newest figures, report or date for a plan without a reported follow-up', () => {
    const unreported = plans.map((plan) => planPage(catalog, plan)).filter((page) => !page.latestSummary);
    expect(unreported.length).toBeGreaterThan(0);
    for (const page of unreported)
      expect([page.latestReport, page.reportedOn, page.reportedCount]).toEqual([undefined, undefined, 0]);
  });
});
