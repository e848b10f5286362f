/** Chart specs: the numbers drawn, the table beside them and the summary sentence come from one place. */
import { describe, expect, it } from 'vitest';
import {
  activitiesChart,
  allCharts,
  columnDecimals,
  formatChartNumber,
  fullTitle,
  nyckeltalResultChart,
  withSharedScale,
  planStatusChart,
  reportStatusChart,
  seriesChart,
  type ChartSpec,
} from '#lib/charts/charts.ts';
import { planSummary } from '#lib/views/status-summary.ts';
import { followedUpPlan } from '../helpers/catalog.ts';
import { SAMPLE_FILES, SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';
import { plain } from '../helpers/text.ts';
import { SAMPLE_CONFIG } from '../helpers/configuration.ts';

const catalog = sampleCatalog();

/** Every number a chart draws, and every number its table holds. */
function drawn(spec: ChartSpec): number[] {
  if (spec.kind === 'bars') return spec.groups.flatMap((g) => g.bars.map((b) => b.value)).sort((a, b) => a - b);
  if (spec.kind === 'value')
    return [spec.value, ...(spec.target === undefined ? [] : [spec.target])].sort((a, b) => a - b);
  const values = [
    ...spec.series.flatMap((s) => Object.values(s.values)),
    ...Object.values(spec.targets),
    ...Object.values(spec.band?.values ?? {}).flatMap((b) => [b.low, b.high]),
  ];
  return values.filter((v): v is number => v !== null).sort((a, b) => a - b);
}
function tabled(spec: ChartSpec): number[] {
  const numeric = spec.table.columns.filter((c) => c.kind === 'number').map((c) => c.key);
  return spec.table.rows
    .flatMap((row) => numeric.map((key) => row[key]))
    .filter((v): v is number => typeof v === 'number')
    .sort((a, b) => a - b);
}

describe('every chart of a site', () => {
  const charts = allCharts(catalog, SAMPLE_CONFIG);

  it('has a unique id, a headline, a subject and a sentence', () => {
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
    for (const chart of charts) {
      expect(chart.title.length).toBeGreaterThan(5);
      expect(fullTitle(chart)).toContain(chart.subject);
      expect(chart.summary).toMatch(/\.$/);
    }
  });

  it('has a table with exactly the numbers it draws', () => {
    for (const chart of charts) expect(tabled(chart), chart.id).toEqual(drawn(chart));
  });

  it('covers the report, plan, activity, result and Kolada charts', () => {
    const ids = charts.map((c) => c.id);
    expect(ids).toContain('rapport-tertialrapport-april-2024-status');
    expect(ids).toContain(`plan-${SAMPLE_PLAN}-uppdrag`);
    expect(ids).toContain(`aktiviteter-${SAMPLE_PLAN}`);
    expect(ids).toContain('nyckeltal-helpdesk-utfall');
    expect(ids).toContain('nyckeltal-primarvard-kolada');
  });
});

describe('reportStatusChart', () => {
  const spec = reportStatusChart(catalog, catalog.reports.get('tertialrapport-april-2024')!)!;

  it('draws the plan’s counts at the report’s period', () => {
    const summary = planSummary(catalog, SAMPLE_PLAN, 'per-april-2024');
    expect(spec.groups.map((g) => g.key)).toEqual(['uppdrag', 'nyckeltal']);
    expect(Object.fromEntries(spec.groups[0].bars.map((b) => [b.key, b.value]))).toEqual(summary.uppdrag.counts);
    expect(Object.fromEntries(spec.groups[1].bars.map((b) => [b.key, b.value]))).toEqual(summary.nyckeltal.counts);
  });

  it('says the numbers in one sentence and leaves "går ej att mäta" out of the uppdrag column', () => {
    // Per april 2024: samverkan helt, heltid and vantetider delvis; helpdesk helt, sjukfranvaro ej, frisktal unmeasurable.
    expect(plain(spec.summary)).toBe(
      'Per april 2024 var 1 av 3 uppdrag helt uppfyllt, 2 delvis uppfyllda och 0 ej uppfyllda; 1 av 3 nyckeltal helt uppfyllt, 0 delvis uppfyllda, 1 ej uppfyllt och 1 går ej att mäta.',
    );
    const row = spec.table.rows.find((r) => r.status === 'Går ej att mäta')!;
    expect(row).toEqual({ status: 'Går ej att mäta', uppdrag: null, nyckeltal: 1 });
  });
});

describe('planStatusChart', () => {
  it('draws one group per reported period and names the periods not yet followed up', () => {
    const followed = followedUpPlan();
    const spec = planStatusChart(followed, followed.plans.get('plan-2025')!, 'uppdrag')!;
    expect(spec.groups.map((g) => g.key)).toEqual(['per-april-2025', 'per-augusti-2025']);
    expect(spec.groups[0].bars.find((b) => b.key === 'ej-rapporterad')?.value).toBe(1);
    expect(spec.summary).toContain('Insyn har ingen rapport helår 2025.');
    expect(spec.table.columns.map((c) => c.label)).toEqual(['Status', 'Per april 2025', 'Per augusti 2025']);
  });

  it('is absent for a plan without items', () => {
    expect(planStatusChart(catalog, catalog.plans.get('rs-verksamhetsplan-2020')!, 'uppdrag')).toBeUndefined();
    expect(catalog.uppdrag.size).toBeGreaterThan(0);
  });
});

describe('nyckeltal charts', () => {
  it('draw a single result as the value against its target, never a one-dot line', () => {
    const spec = nyckeltalResultChart(catalog, catalog.nyckeltal.get('helpdesk')!)!;
    expect(spec).toMatchObject({ kind: 'value', value: 86, target: 80, status: 'helt-uppfyllt' });
    const lines = [...catalog.nyckeltal.values()].flatMap((entry) => {
      const chart = nyckeltalResultChart(catalog, entry);
      return chart?.kind === 'lines' ? [chart] : [];
    });
    // Sjukfrånvaro has two results in 2024, and its 2025 page draws them as its history.
    expect(lines.map((c) => c.id)).toEqual(['nyckeltal-sjukfranvaro-utfall', 'nyckeltal-sjukfranvaro-2025-utfall']);
    for (const chart of lines) expect(chart.x.length, chart.id).toBeGreaterThan(1);
  });

  it('draw results over several periods as a line against the target of each period’s year', () => {
    const followed = followedUpPlan();
    const spec = nyckeltalResultChart(followed, followed.nyckeltal.get('matbar')!)!;
    expect(spec.kind).toBe('lines');
  });

  it('keep an unmeasurable period as a gap with its status, never a zero, and skip the chart when nothing was measured', () => {
    const followed = followedUpPlan();
    const spec = nyckeltalResultChart(followed, followed.nyckeltal.get('matbar')!)!;
    if (spec.kind !== 'lines') throw new Error('expected a line chart');
    expect(spec.series[0].values).toEqual({ 'per-april-2025': 70, 'per-augusti-2025': null });
    expect(spec.table.rows[1]).toMatchObject({ period: 'Per augusti 2025', utfall: null, status: 'Går ej att mäta' });
    expect(spec.table.columns.find((c) => c.key === 'utfall')?.empty).toBe('går ej att mäta');
    expect(nyckeltalResultChart(catalog, catalog.nyckeltal.get('frisktal')!)).toBeUndefined();
  });

  it('draw Kolada statistics with the region first and the whole country for comparison, crediting Kolada', () => {
    const spec = seriesChart(catalog.nyckeltal.get('primarvard')!, SAMPLE_CONFIG)!;
    expect(spec.series.map((s) => [s.role, s.name])).toEqual([
      ['region', 'Region Exempel'],
      ['country', 'Riket'],
      ['other', 'Median för regionerna'],
    ]);
    // Riket has no value for 2021, the first year.
    expect(spec.x[0].key).toBe('2021');
    expect(spec.series[1].values['2021']).toBeUndefined();
    expect(spec.table.rows[0]).toMatchObject({ ar: '2021', 'omrade-0000': null });
    expect(spec.source?.text).toMatch(/^Kolada \(N71007\)/);
    expect(plain(spec.summary)).toContain('5 200,3 kr/inv för Region Exempel (2022)');
  });

  it('compare the region with all regions: median and spread per year as a band, and its place', () => {
    const entry = catalog.nyckeltal.get('primarvard')!;
    const spec = seriesChart(entry, SAMPLE_CONFIG)!;
    const regions = SAMPLE_FILES.nyckeltal.primarvard.series.filter((s) => s.area !== '0000');
    expect(regions).toHaveLength(4);
    // 2022: 4100, 5200.25 (the region), 5500, 6100; 2021 has three values, Region C's is null.
    expect(spec.band!.values['2022']).toEqual({ low: 4100, high: 6100 });
    expect(spec.series.find((s) => s.key === 'median')!.values['2022']).toBe((5200.25 + 5500) / 2);
    expect(spec.band!.values['2021']).toEqual({ low: 4000, high: 6000 });
    expect(spec.series.find((s) => s.key === 'median')!.values['2021']).toBe(5000.5);
    expect(spec.table.rows.at(-1)!.plats).toBe('2 av 4');
    expect(plain(spec.summary)).toContain('Plats 2 av 4 bland regionerna 2022, där plats 1 har lägst värde.');
  });
});

describe('withSharedScale', () => {
  it('gives the plan’s uppdrag and nyckeltal charts one scale: the largest count of both', () => {
    const plan = catalog.plans.get(SAMPLE_PLAN)!;
    const specs = [planStatusChart(catalog, plan, 'uppdrag')!, planStatusChart(catalog, plan, 'nyckeltal')!];
    const shared = withSharedScale(specs);
    const largest = Math.max(...specs.flatMap((s) => s.groups.flatMap((g) => g.bars.map((b) => b.value))));
    expect(shared.map((s) => s.scaleMax)).toEqual([largest, largest]);
    expect(shared.map((s) => s.groups)).toEqual(specs.map((s) => s.groups));
  });
});

describe('columnDecimals', () => {
  it('gives a column as many decimals as its most precise value, up to the cap', () => {
    expect(columnDecimals([4287, 4494.2, null], 1)).toBe(1);
    expect(columnDecimals([62, 80], 1)).toBe(0);
    expect(columnDecimals([1.25, 3], 1)).toBe(1);
    expect(columnDecimals([], 1)).toBe(0);
  });

  it('makes every number of a chart table show the same decimals', () => {
    const charts = allCharts(catalog, SAMPLE_CONFIG);
    expect(charts.some((c) => c.decimals > 0)).toBe(true);
    for (const chart of charts) {
      for (const row of chart.table.rows) {
        for (const column of chart.table.columns.filter((c) => c.kind === 'number')) {
          const value = row[column.key];
          if (typeof value !== 'number') continue;
          const text = plain(formatChartNumber(chart, value));
          expect(text.split(',')[1]?.length ?? 0, `${chart.id} ${text}`).toBe(chart.decimals);
        }
      }
    }
  });
});

describe('activitiesChart', () => {
  it('draws the counts per activity status with the report as source', () => {
    const spec = activitiesChart(catalog, catalog.activities.get(SAMPLE_PLAN)!)!;
    expect(spec.groups[0].bars.map((b) => b.value)).toEqual([5, 10, 2, 3]);
    expect(spec.summary).toBe(
      'Per april 2024 var 5 av 20 aktiviteter planerade, 10 pågående enligt plan, 2 försenade och 3 genomförda.',
    );
    expect(spec.source?.text).toBe('Tertialrapport per april 2024');
  });
});
