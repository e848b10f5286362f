/** The /rapporter/ page model: the plans with reports, and each plan's reports newest first with their facts. */
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { entryLink } from '#lib/views/links.ts';
import { reportsOfPlan } from '#lib/views/period-diff.ts';
import { reportsIndex } from '#lib/views/reports-index.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

describe('reportsIndex', () => {
  it('lists only the plans that have reports, each with an anchor and a link', () => {
    const withReports = entries(catalog, 'plans').filter((plan) => reportsOfPlan(catalog, plan.id).length > 0);
    const plans = reportsIndex(catalog, 'sv');
    expect(plans.map((p) => p.href)).toEqual(withReports.map((plan) => entryLink(plan).href));
    expect(plans[0]).toMatchObject({
      anchor: `plan-${SAMPLE_PLAN}`,
      href: `/planer/${SAMPLE_PLAN}/`,
      title: 'Styrelsens plan 2024',
    });
  });

  it("lists a plan's reports newest first, each with its kind, period, date and diarienummer", () => {
    const [plan] = reportsIndex(catalog, 'sv');
    expect(plan.reports.map((r) => r.href)).toEqual(
      reportsOfPlan(catalog, SAMPLE_PLAN)
        .reverse()
        .map((r) => entryLink(r).href),
    );
    expect(plan.reports[0]).toMatchObject({
      href: '/rapporter/delarsrapport-augusti-2024/',
      illustrative: false,
      meta: 'Delårsrapport, läget per augusti 2024, 20 september 2024, dnr RS/30/2024',
    });
  });

  it('says so when the sources give no date', () => {
    const undated = reportsIndex(catalog, 'sv')[0].reports.find(
      (r) => r.href === '/rapporter/tertialrapport-april-2024/',
    );
    expect(undated?.meta).toBe('Tertialrapport, läget per april 2024, datum saknas i källan, dnr RS/20/2024');
  });
});
