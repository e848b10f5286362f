/**
 * What every chart is as data (its spec, with the table of the same numbers), and the small
 * helpers all charts share. The charts themselves are made in status-charts.ts and
 * nyckeltal-charts.ts; chart-files.ts turns them into the downloads.
 */
import { NYCKELTAL_STATUSES } from '../../schemas/index.ts';
import type { BarGroupInput } from './chart-scales.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { format } from '#lib/i18n/words.ts';

export interface TableColumn {
  key: string;
  label: string;
  kind: 'text' | 'number';
  /** What an empty (null) cell says, such as "går ej att mäta"; never shown as zero. */
  empty?: string;
  /** Context that the chart does not draw (like a date), left out on narrow screens. */
  secondary?: boolean;
}

export interface ChartTable {
  caption: string;
  columns: TableColumn[];
  /** The first column names the row and is a row header. */
  rows: Record<string, string | number | null>[];
}

export interface ChartBase {
  /** Stable id: the figure's fragment and the name of its downloads. */
  id: string;
  /** The headline shown above the chart on a page. */
  title: string;
  /** What the chart is about (a plan, a nyckeltal): said before the title where the page is not around it. */
  subject: string;
  /** One sentence saying what the chart shows, with its key numbers. */
  summary: string;
  table: ChartTable;
  /** Decimals shown in the chart and the table. */
  decimals: number;
  /** The language the chart's words and numbers are in; Swedish when absent, as in the shared downloads. */
  lang?: Lang;
  /**
   * Where the numbers come from, shown under the chart; `quoted`, the content strings in it
   * (a report's title, a source's name), marked in the content's language on an English page.
   */
  source?: { text: string; url?: string; quoted?: string[] };
  /** True when the values drawn are examples (made up), not figures from a source. */
  example?: boolean;
  /** The address (path) of the page that shows the chart. */
  page: string;
  /** Lines under a downloaded drawing: example label, source, site and page address (`withDownloadNotes`). */
  notes?: string[];
}

/** Bars per status; bar keys are status keys (uppdrag, nyckeltal or aktiviteter). */
export interface BarChartSpec extends ChartBase {
  kind: 'bars';
  groups: BarGroupInput[];
  /** The count the full bar length stands for, when charts shown together share one scale. */
  scaleMax?: number;
}

/**
 * Bar charts shown together, on one scale: 8 is drawn as long in one as in the other, so
 * the charts can be compared. Each keeps its own numbers.
 */
export function withSharedScale(specs: readonly BarChartSpec[]): BarChartSpec[] {
  const scaleMax = Math.max(0, ...specs.flatMap((spec) => spec.groups.flatMap((g) => g.bars.map((b) => b.value))));
  return specs.map((spec) => ({ ...spec, scaleMax }));
}

export interface LineSeriesSpec {
  key: string;
  name: string;
  /** `result`: reported results; `region`/`country`: statistics for comparison. */
  role: 'result' | 'region' | 'country' | 'other';
  values: Record<string, number | null>;
}

export interface LineChartSpec extends ChartBase {
  kind: 'lines';
  unit: string;
  x: { key: string; label: string }[];
  series: LineSeriesSpec[];
  targets: Record<string, number>;
  /** A range per x (lowest to highest of all regions), drawn as a band behind the lines. */
  band?: { name: string; values: Record<string, { low: number; high: number }> };
  /** The reported status at each x, for nyckeltal results: drawn as a shape and named. */
  statuses?: Record<string, (typeof NYCKELTAL_STATUSES)[number]>;
}

/** One reported value against its target: a bar with the target written on it, not a one-dot line. */
export interface ValueChartSpec extends ChartBase {
  kind: 'value';
  unit: string;
  /** The period the value is for, such as "Per april 2024". */
  label: string;
  value: number;
  target?: number;
  status: (typeof NYCKELTAL_STATUSES)[number];
}

export type ChartSpec = BarChartSpec | LineChartSpec | ValueChartSpec;

/** One drawing of a chart: its width in units (CSS pixels), the prefix of its ids and its class. */
export interface ChartDrawing {
  width: number;
  idPrefix: string;
  variant: 'chart-narrow' | 'chart-wide';
}

/**
 * The decimals a column of values is shown with: as many as the most precise value has, up
 * to `cap`, so "4 287,0" stands above "4 494,2" instead of "4 287".
 */
export function columnDecimals(values: readonly (number | null)[], cap: number): number {
  let decimals = 0;
  for (const value of values) {
    if (value === null) continue;
    for (let d = decimals; d < cap && Number(value.toFixed(d)) !== value; d++) decimals = d + 1;
  }
  return decimals;
}

/** The chart's name where nothing around it says what it is about: in the SVG and its accessible name. */
export function fullTitle(spec: ChartSpec): string {
  return `${spec.subject}: ${spec.title}`;
}

/** A number as the chart and its table show it: always with the chart's number of decimals. */
export function formatChartNumber(spec: ChartSpec, value: number): string {
  return format(spec.lang ?? 'sv').formatFixed(value, spec.decimals);
}
