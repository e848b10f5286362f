/** What the shared components are handed: a decision's citation, a plan among its body's plans, reports with their summaries. */
import { describe, expect, it } from 'vitest';
import { entries, entryFor } from '#lib/core/catalog.ts';
import { decisionCite } from '#lib/views/decision-cite.ts';
import { planLineageLinks } from '#lib/views/plan-view.ts';
import { reportSummaries } from '#lib/views/report-summaries.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const decision = (id: string) => entryFor(catalog, { collection: 'decisions', id });
const plan = (id: string) => entryFor(catalog, { collection: 'plans', id });

describe('decisionCite', () => {
  it('cites the decision as the region does, with the body by name and the diarienummer in words', () => {
    expect(decisionCite(catalog, decision('rs-2023-11-08-100'))).toMatchObject({
      href: '/beslut/rs-2023-11-08-100/',
      citation: 'RS 2023-11-08 § 100',
      body: 'Regionstyrelsen',
      dnr: 'dnr RS/10/2023',
      hasDnr: true,
      title: 'Styrelsens plan 2024',
    });
  });

  it('says when the sources give no diarienummer, and marks a decision invented as a whole once', () => {
    const unnumbered = decisionCite(catalog, decision('rf-2023-06-14-50'));
    expect([unnumbered.dnr, unnumbered.hasDnr, unnumbered.examples.whole]).toEqual([
      'dnr saknas i källan',
      false,
      false,
    ]);
    const invented = decisionCite(catalog, decision('rs-2024-10-01-150'));
    expect(invented.examples.whole).toBe(true);
    expect(invented.examples.citation).toBe(false);
  });
});

describe('planLineageLinks', () => {
  it('marks the newest plan of a body as current and lists every plan of the body, newest first', () => {
    const newest = planLineageLinks(catalog, plan('rs-plan-2025'));
    expect(newest.isCurrent).toBe(true);
    expect(newest.body).toBe('Regionstyrelsen');
    expect(newest.all[0]).toEqual({ href: '/planer/rs-plan-2025/', title: 'Styrelsens plan 2025', self: true });
    const earlier = planLineageLinks(catalog, plan(SAMPLE_PLAN));
    expect(earlier.isCurrent).toBe(false);
    expect(earlier.current.href).toBe('/planer/rs-plan-2025/');
    expect(earlier.all.filter((p) => p.self).map((p) => p.href)).toEqual([`/planer/${SAMPLE_PLAN}/`]);
    expect(earlier.all.map((p) => p.href)).toEqual(newest.all.map((p) => p.href));
  });

  it('lists no plans for a body with only one', () => {
    expect(planLineageLinks(catalog, plan('regionplan-2024')).all).toEqual([]);
  });
});

describe('reportSummaries', () => {
  it('links each report with its own summary and its example mark', () => {
    const reports = entries(catalog, 'reports');
    const summaries = reportSummaries(reports);
    expect(summaries.map((s) => s.summary)).toEqual(reports.map((r) => r.data.summary));
    expect(summaries.map((s) => s.illustrative)).toEqual(reports.map((r) => r.data.illustrative !== undefined));
    expect(summaries.every((s, i) => s.href === `/rapporter/${reports[i].id}/`)).toBe(true);
  });
});
