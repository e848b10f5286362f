/** The start page's headline: the newest followed-up plan's figures, dates and next follow-up. */
import { describe, expect, it } from 'vitest';
import { otherFollowedUpPlans, plansNotFollowedUp, startHeadline } from '#lib/views/start-view.ts';
import { reportsOfPlan } from '#lib/views/period-diff.ts';
import { planSummary } from '#lib/views/status-summary.ts';
import { validateBundled } from '../helpers/content.ts';

const { catalog } = validateBundled();

describe('startHeadline', () => {
  const headline = startHeadline(catalog)!;
  const reported = [...catalog.reports.values()].map((r) => catalog.periods.get(r.data.period.id)!);

  it('is the plan with the newest followed-up period, with that period’s counts', () => {
    const newest = reported
      .map((p) => p.data.endDate)
      .sort()
      .at(-1);
    expect(headline.period.data.endDate).toBe(newest);
    const summary = planSummary(catalog, headline.plan.id, headline.period.id);
    expect(headline.nyckeltal.total).toBe(summary.nyckeltal.total);
    expect(headline.nyckeltal.figures.map((f) => f.count)).toEqual(Object.values(summary.nyckeltal.counts));
    expect(headline.uppdrag.figures.map((f) => f.count)).toEqual(Object.values(summary.uppdrag.counts));
  });

  it('was published on the newest dated report of that period, and names the plan’s next follow-up', () => {
    const reports = reportsOfPlan(catalog, headline.plan.id).filter((r) => r.data.period.id === headline.period.id);
    const dates = reports.map((r) => r.data.date).filter((d): d is string => d !== null);
    expect(headline.published).toBe(dates.sort().at(-1));
    const later = headline.plan.data.periods
      .map((ref) => catalog.periods.get(ref.id)!)
      .filter((p) => p.data.endDate > headline.period.data.endDate)
      .sort((a, b) => a.data.endDate.localeCompare(b.data.endDate));
    expect(headline.next?.id).toBe(later[0]?.id);
    expect(headline.report.id).toBe(reports.at(-1)!.id);
  });
});

describe('plans not followed up', () => {
  it('are the plans without any report, never the headline plan', () => {
    const pending = plansNotFollowedUp(catalog);
    expect(pending.length).toBeGreaterThan(0);
    for (const plan of pending) expect(reportsOfPlan(catalog, plan.id), plan.id).toEqual([]);
    expect(pending.map((p) => p.id)).not.toContain(startHeadline(catalog)!.plan.id);
  });

  it('leave the other followed-up plans to their own list, without the headline plan', () => {
    const others = otherFollowedUpPlans(catalog, startHeadline(catalog));
    for (const { plan, latest } of others) {
      expect(plan.id).not.toBe(startHeadline(catalog)!.plan.id);
      expect(latest.data.plan.id).toBe(plan.id);
    }
  });
});
