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
import { validateBundled } from '../helpers/content.ts';
import { plain } from '../helpers/text.ts';

const { catalog } = validateBundled();

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

describe('every chart of the bundled content', () => {
  const charts = allCharts(catalog);

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
    expect(ids).toContain('rapport-tertialrapport-per-april-2024-status');
    expect(ids).toContain('plan-rs-plan-och-budget-2024-uppdrag');
    expect(ids).toContain('aktiviteter-rs-plan-och-budget-2024');
    expect(ids).toContain('nyckeltal-serviceniva-helpdesk-utfall');
    expect(ids).toContain('nyckeltal-nettokostnad-primarvard-kolada');
  });
});

describe('reportStatusChart', () => {
  const spec = reportStatusChart(catalog, catalog.reports.get('tertialrapport-per-april-2024')!)!;

  it('draws the plan’s counts at the report’s period', () => {
    const summary = planSummary(catalog, 'rs-plan-och-budget-2024', 'per-april-2024');
    expect(spec.groups.map((g) => g.key)).toEqual(['uppdrag', 'nyckeltal']);
    expect(Object.fromEntries(spec.groups[0].bars.map((b) => [b.key, b.value]))).toEqual(summary.uppdrag.counts);
    expect(Object.fromEntries(spec.groups[1].bars.map((b) => [b.key, b.value]))).toEqual(summary.nyckeltal.counts);
  });

  it('says the numbers in one sentence and leaves "går ej att mäta" out of the uppdrag column', () => {
    expect(plain(spec.summary)).toBe(
      'Per april 2024 var 2 av 38 uppdrag helt uppfyllda, 35 delvis uppfyllda och 1 ej uppfyllt; 7 av 23 nyckeltal helt uppfyllda, 3 delvis uppfyllda, 8 ej uppfyllda och 5 går ej att mäta.',
    );
    const row = spec.table.rows.find((r) => r.status === 'Går ej att mäta')!;
    expect(row).toEqual({ status: 'Går ej att mäta', uppdrag: null, nyckeltal: 5 });
  });
});

describe('planStatusChart', () => {
  it('draws one group per reported period and names the periods not yet followed up', () => {
    const followed = followedUpPlan();
    const spec = planStatusChart(followed, followed.plans.get('plan-2025')!, 'uppdrag')!;
    expect(spec.groups.map((g) => g.key)).toEqual(['per-april-2025', 'per-augusti-2025']);
    expect(spec.groups[0].bars.find((b) => b.key === 'ej-rapporterad')?.value).toBe(1);
    expect(spec.summary).toContain('Ingen uppföljning finns ännu helår 2025.');
    expect(spec.table.columns.map((c) => c.label)).toEqual(['Status', 'Per april 2025', 'Per augusti 2025']);
  });

  it('is absent for a plan without items', () => {
    expect(planStatusChart(catalog, catalog.plans.get('rs-verksamhetsplan-2020')!, 'uppdrag')).toBeUndefined();
  });
});

describe('nyckeltal charts', () => {
  it('draw a single result as the value against its target, never a one-dot line', () => {
    const spec = nyckeltalResultChart(catalog, catalog.nyckeltal.get('serviceniva-helpdesk')!)!;
    expect(spec).toMatchObject({ kind: 'value', value: 86, target: 80, status: 'helt-uppfyllt' });
    for (const entry of catalog.nyckeltal.values()) {
      const chart = nyckeltalResultChart(catalog, entry);
      if (chart?.kind !== 'lines') continue;
      expect(chart.x.length, entry.id).toBeGreaterThan(1);
    }
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
    const spec = seriesChart(catalog.nyckeltal.get('nettokostnad-primarvard')!)!;
    expect(spec.series.map((s) => [s.role, s.name])).toEqual([
      ['region', 'Region Jämtland Härjedalen'],
      ['country', 'Riket'],
      ['other', 'Median för regionerna'],
    ]);
    expect(spec.x[0].key).toBe('2002');
    expect(spec.series[1].values['2002']).toBeUndefined();
    expect(spec.table.rows[0]).toMatchObject({ ar: '2002', 'omrade-0000': null });
    expect(spec.source?.text).toMatch(/^Kolada \(N71007\)/);
    expect(plain(spec.summary)).toContain('5 562,7 kr/inv för Region Jämtland Härjedalen (2022)');
  });

  it('compare the region with all 21 regions: median and spread per year as a band, and its place', () => {
    const entry = catalog.nyckeltal.get('nettokostnad-primarvard')!;
    const spec = seriesChart(entry)!;
    const regions = entry.data.series.filter((s) => s.area !== '0000');
    expect(regions).toHaveLength(21);
    const in2022 = regions.map((r) => r.values.find((v) => v.year === 2022)!.value!).sort((a, b) => a - b);
    expect(spec.band!.values['2022']).toEqual({ low: in2022[0], high: in2022[20] });
    expect(spec.series.find((s) => s.key === 'median')!.values['2022']).toBe(in2022[10]);
    const own = regions.find((r) => r.area === '0023')!.values.find((v) => v.year === 2022)!.value!;
    const place = in2022.filter((v) => v < own).length + 1;
    expect(spec.table.rows.at(-1)!.plats).toBe(`${place} av 21`);
    expect(plain(spec.summary)).toContain(`Plats ${place} av 21 bland regionerna 2022, där plats 1 har lägst värde.`);
  });
});

describe('withSharedScale', () => {
  it('gives the plan’s uppdrag and nyckeltal charts one scale: the largest count of both', () => {
    const plan = catalog.plans.get('rs-plan-och-budget-2024')!;
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
    for (const chart of allCharts(catalog)) {
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
    const spec = activitiesChart(catalog, catalog.activities.get('rs-plan-och-budget-2024')!)!;
    expect(spec.groups[0].bars.map((b) => b.value)).toEqual([47, 164, 10, 10]);
    expect(spec.summary).toBe(
      'Per april 2024 var 47 av 231 aktiviteter planerade, 164 pågående enligt plan, 10 försenade och 10 genomförda.',
    );
    expect(spec.source?.text).toBe('Uppföljning av regionstyrelsens plan och budget 2024');
  });
});
