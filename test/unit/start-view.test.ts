/** The start page's headline: the newest followed-up plan's figures, dates and next follow-up. */
import { describe, expect, it } from 'vitest';
import { otherFollowedUpPlans, plansNotFollowedUp, startHeadline } from '#lib/views/start-view.ts';
import { reportsOfPlan } from '#lib/views/period-diff.ts';
import { planSummary } from '#lib/views/status-summary.ts';
import { catalogOf } from '../helpers/catalog.ts';
import { SAMPLE_FILES, SAMPLE_PLAN, SAMPLE_TEXTS, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

describe('startHeadline', () => {
  const headline = startHeadline(catalog)!;

  it('is the plan with the newest followed-up period, with that period’s counts', () => {
    expect([headline.plan.id, headline.period.id]).toEqual([SAMPLE_PLAN, 'per-augusti-2024']);
    const summary = planSummary(catalog, headline.plan.id, headline.period.id);
    expect(headline.nyckeltal.total).toBe(summary.nyckeltal.total);
    expect(headline.nyckeltal.figures.map((f) => f.count)).toEqual(Object.values(summary.nyckeltal.counts));
    expect(headline.uppdrag.figures.map((f) => f.count)).toEqual(Object.values(summary.uppdrag.counts));
    // Per augusti 2024: heltid helt, vantetider ej; samverkan was not reported.
    expect(headline.uppdrag.figures).toEqual([
      { status: 'helt-uppfyllt', count: 1 },
      { status: 'delvis-uppfyllt', count: 0 },
      { status: 'ej-uppfyllt', count: 1 },
    ]);
  });

  it('was published on the newest dated report of that period, and names the plan’s next follow-up', () => {
    expect(headline.report.id).toBe('delarsrapport-augusti-2024');
    expect(headline.published).toBe('2024-09-20');
    expect(headline.next?.id).toBe('helar-2024');
  });

  it('says nothing was published when the period’s reports have no date', () => {
    const undated = catalogOf(
      {
        ...SAMPLE_FILES,
        reports: {
          ...SAMPLE_FILES.reports,
          'delarsrapport-augusti-2024': { ...SAMPLE_FILES.reports['delarsrapport-augusti-2024'], date: null },
        },
      },
      SAMPLE_TEXTS,
    );
    expect(startHeadline(undated)).toMatchObject({ period: { id: 'per-augusti-2024' }, published: undefined });
  });
});

describe('plans not followed up', () => {
  it('are the plans without any report, never the headline plan', () => {
    const pending = plansNotFollowedUp(catalog);
    expect(pending.map((p) => p.id).sort()).toEqual(['regionplan-2024', 'rs-plan-2025']);
    for (const plan of pending) expect(reportsOfPlan(catalog, plan.id), plan.id).toEqual([]);
    expect(pending.map((p) => p.id)).not.toContain(startHeadline(catalog)!.plan.id);
  });

  it('leave the other followed-up plans to their own list, without the headline plan', () => {
    expect(otherFollowedUpPlans(catalog, startHeadline(catalog))).toEqual([]);
    // Fullmäktige's regionplan followed up for the full year: another body's plan, listed with its report.
    const both = catalogOf(
      {
        ...SAMPLE_FILES,
        plans: {
          ...SAMPLE_FILES.plans,
          'regionplan-2024': { ...SAMPLE_FILES.plans['regionplan-2024'], periods: ['per-april-2024'] },
        },
        reports: {
          ...SAMPLE_FILES.reports,
          'regionplan-april-2024': {
            title: 'Regionplanen per april 2024',
            kind: 'uppfoljning',
            plan: 'regionplan-2024',
            period: 'per-april-2024',
            date: '2024-06-01',
            dnr: 'RF/1/2024',
            summary: 'Läget.',
          },
        },
      },
      SAMPLE_TEXTS,
    );
    const headline = startHeadline(both);
    expect(headline?.plan.id).toBe(SAMPLE_PLAN);
    const others = otherFollowedUpPlans(both, headline);
    expect(others.map(({ plan, latest }) => [plan.id, latest.id])).toEqual([
      ['regionplan-2024', 'regionplan-april-2024'],
    ]);
  });
});
