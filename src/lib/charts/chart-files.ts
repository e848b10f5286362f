/**
 * The charts as files: every chart of the site once, for the downloads under /diagram/, with the
 * notes an SVG on its own needs, and each chart's table as CSV.
 */
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { toCsv } from '#lib/core/csv.ts';
import { sv } from '#lib/i18n/sv.ts';
import type { Configuration } from '../../schemas/configuration.ts';
import { type ChartSpec } from './chart-spec.ts';
import { reportStatusChart, planStatusChart, activitiesChart } from './status-charts.ts';
import { nyckeltalResultChart, seriesChart } from './nyckeltal-charts.ts';

/** Every chart of the site, once each: what the downloads under /diagram/ are made from. */
export function allCharts(catalog: Catalog, config: Configuration): ChartSpec[] {
  const charts = [
    ...entries(catalog, 'reports').map((r) => reportStatusChart(catalog, r)),
    ...entries(catalog, 'plans').flatMap((p) => [
      planStatusChart(catalog, p, 'uppdrag'),
      planStatusChart(catalog, p, 'nyckeltal'),
    ]),
    ...entries(catalog, 'activities').map((a) => activitiesChart(catalog, a)),
    ...entries(catalog, 'nyckeltal').flatMap((n) => [nyckeltalResultChart(catalog, n), seriesChart(n, config)]),
  ];
  return charts.filter((c): c is ChartSpec => c !== undefined);
}

/**
 * The lines under a chart saved as a file of its own, where no page is around it: a visible
 * example label when the values are made up, the source, and the site with the page's address.
 */
export function downloadNotes(spec: ChartSpec, site: URL, owner: string): string[] {
  return [
    ...(spec.example ? [sv.chart.exampleBanner] : []),
    ...(spec.source ? [`${sv.chart.source}: ${spec.source.text}`] : []),
    `${sv.site.name}, ${owner}: ${new URL(spec.page, site).href}`,
  ];
}

/** The spec as the download draws it: with its notes. */
export function withDownloadNotes<S extends ChartSpec>(spec: S, site: URL, owner: string): S {
  return { ...spec, notes: downloadNotes(spec, site, owner) };
}

/**
 * A chart's table as CSV: the same columns and numbers, empty where the table says why not,
 * a column `exempel` (ja/nej) so that a made-up value is never copied unmarked, and, when the
 * chart names its source, a last column `källa` on every row, so that the credit (Kolada's
 * terms ask for it) travels with any row copied from the file.
 */
export function tableToCsv(spec: ChartSpec): string {
  const { table, source } = spec;
  const example = spec.example ? 'ja' : 'nej';
  const credit = source ? [source.text] : [];
  return toCsv(
    [...table.columns.map((c) => c.label), sv.chart.exampleColumn, ...(source ? [sv.chart.sourceColumn] : [])],
    table.rows.map((row) => [...table.columns.map((c) => row[c.key] ?? null), example, ...credit]),
  );
}
