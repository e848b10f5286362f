/** The start page's headline: the newest followed-up plan's figures, dates and next follow-up. */
import { describe, expect, it } from 'vitest';
import { otherFollowedUpPlans, plansNotFollowedUp, startHeadline } from '#lib/views/start-view.ts';
import { reportsOfPlan } from '#lib/views/period-diff.ts';
import { validateBundled } from './helpers/content.ts';

const { catalog } = validateBundled();

describe('startHeadline', () => {
  const headline = startHeadline(catalog)!;

  it('is the board’s 2024 plan per april 2024, with the counts of the Tertialrapport (source facts)', () => {
    expect(headline.plan.id).toBe('rs-plan-och-budget-2024');
    expect(headline.period.id).toBe('per-april-2024');
    expect(headline.nyckeltal.total).toBe(23);
    expect(headline.nyckeltal.figures.map((f) => f.count)).toEqual([7, 3, 8, 5]);
    expect(headline.uppdrag.total).toBe(38);
    expect(headline.uppdrag.figures.map((f) => f.count)).toEqual([2, 35, 1]);
  });

  it('was published on the follow-up report’s date, and names the next follow-up of the plan', () => {
    expect(headline.published).toBe('2024-05-07');
    expect(headline.next?.id).toBe('per-augusti-2024');
  });

  it('quotes the newest report of that period', () => {
    const reports = reportsOfPlan(catalog, headline.plan.id).filter((r) => r.data.period.id === headline.period.id);
    expect(headline.report.id).toBe(reports.at(-1)!.id);
  });
});

describe('plans not followed up', () => {
  it('are the plans without any report, never the headline plan', () => {
    const pending = plansNotFollowedUp(catalog);
    expect(pending.length).toBeGreaterThan(0);
    for (const plan of pending) expect(reportsOfPlan(catalog, plan.id), plan.id).toEqual([]);
    expect(pending.map((p) => p.id)).toContain('regionplan-2025-2027');
    expect(pending.map((p) => p.id)).not.toContain(startHeadline(catalog)!.plan.id);
  });

  it('leave the other followed-up plans to their own list, without the headline plan', () => {
    const others = otherFollowedUpPlans(catalog, startHeadline(catalog));
    for (const { plan, latest } of others) {
      expect(plan.id).not.toBe('rs-plan-och-budget-2024');
      expect(latest.data.plan.id).toBe(plan.id);
    }
  });
});
