/**
 * Trust at a glance: what may appear without the example mark is derived from the content's
 * own source fields, on the bundled content and on the sample site, and anything else that
 * appears unmarked fails; real values are never marked.
 */
import { describe, expect, it } from 'vitest';
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { hasExampleStatus, hasExampleValues, isExample, isExampleField } from '#lib/content/examples.ts';
import { exportRecord } from '#lib/open-data/exports.ts';
import { EXPECTED_REPORT_DAYS, isOverdue, latestEconomy } from '#lib/views/start-view.ts';
import { validateLive } from '../helpers/live-content.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const SITE = new URL('https://insyn.example/');

/**
 * Everything shown without a mark that the sources must back: a period unmarked only when a
 * report on it exists or a plan whose periods are real follows it up (its decision names it); an uppdrag's status only when a report from the sources covers its
 * plan and period; a nyckeltal's result only when its entry names a source; a
 * nyckeltal's statistics unmarked only when they come from a named source with its id.
 */
/** The periods a source backs: reported on, or followed up by a plan whose periods are not examples. */
function backedPeriods(catalog: Catalog): Set<string> {
  return new Set([
    ...entries(catalog, 'reports').map((r) => r.data.period.id),
    ...entries(catalog, 'plans')
      .filter((plan) => !isExampleField(plan.data, 'periods'))
      .flatMap((plan) => plan.data.periods.map((p) => p.id)),
  ]);
}

function unsourcedUnmarked(catalog: Catalog): string[] {
  const backed = backedPeriods(catalog);
  const problems: string[] = [];
  for (const period of entries(catalog, 'periods')) {
    if (!isExample(period.data) && !backed.has(period.id)) problems.push(`periods/${period.id}`);
  }
  // A real status is backed by a report from the sources (not itself an example) on its plan and period.
  const sourcedReports = new Set(
    entries(catalog, 'reports')
      .filter((r) => !isExample(r.data))
      .map((r) => `${r.data.plan.id} ${r.data.period.id}`),
  );
  for (const item of entries(catalog, 'uppdrag')) {
    if (hasExampleStatus(item.data)) continue;
    for (const status of item.data.statuses) {
      if (!sourcedReports.has(`${item.data.plan.id} ${status.period.id}`))
        problems.push(`uppdrag/${item.id} ${status.period.id}`);
    }
  }
  for (const item of entries(catalog, 'nyckeltal')) {
    const { data } = item;
    if (data.results.length > 0 && !hasExampleStatus(data) && !data.source.name) problems.push(`nyckeltal/${item.id}`);
    if (data.series.length > 0 && !hasExampleValues(data) && !(data.source.kolada || data.source.url))
      problems.push(`nyckeltal/${item.id} series`);
  }
  return problems;
}

const bundled = validateLive().catalog;
const sample = sampleCatalog();

describe.each([
  ['the bundled content', bundled],
  ['the sample site', sample],
])('marks on %s', (_name, catalog) => {
  it('shows nothing unmarked that its own source fields do not back', () => {
    expect(unsourcedUnmarked(catalog)).toEqual([]);
  });

  it('marks an example status, and never a nyckeltal whose only invented part is its placement', () => {
    for (const item of entries(catalog, 'nyckeltal')) {
      const record = exportRecord('nyckeltal', item, SITE);
      expect(record.example, item.id).toBe(hasExampleValues(item.data));
      if (item.data.series.length > 0 && Array.isArray(item.data.exampleFields)) {
        const placementOnly = item.data.exampleFields.every((f) => ['plan', 'strategy', 'direction'].includes(f));
        if (placementOnly) expect(record.example, item.id).toBe(false);
      }
    }
  });

  it('flags every period no source backs as an example in its export row', () => {
    const backed = backedPeriods(catalog);
    for (const period of entries(catalog, 'periods')) {
      if (!backed.has(period.id)) expect(exportRecord('periods', period, SITE).example, period.id).toBe(true);
    }
  });
});

describe('the sample site holds one real and one example entry of each kind tested', () => {
  it('has a real Kolada series and an invented nyckeltal', () => {
    const nyckeltal = entries(sample, 'nyckeltal');
    expect(nyckeltal.some((n) => n.data.series.length > 0 && !hasExampleValues(n.data))).toBe(true);
    expect(nyckeltal.some((n) => hasExampleValues(n.data))).toBe(true);
  });
});

describe('start page facts', () => {
  it('takes the economy from the document that states it, and none when no document does', () => {
    expect(latestEconomy(sample)).toBeUndefined();
    const economy = latestEconomy(bundled)!;
    expect(economy.document.data.economy).toEqual({
      until: economy.until,
      result: economy.result,
      againstBudget: economy.againstBudget,
    });
  });

  it('calls a follow-up overdue only after its expected day, from the date given', () => {
    const period = entries(sample, 'periods').find((p) => p.id === 'per-augusti-2024')!;
    const end = new Date(`${period.data.endDate}T00:00:00Z`);
    const day = (offset: number) => new Date(end.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    expect(isOverdue(period, day(EXPECTED_REPORT_DAYS))).toBe(false);
    expect(isOverdue(period, day(EXPECTED_REPORT_DAYS + 1))).toBe(true);
  });
});
