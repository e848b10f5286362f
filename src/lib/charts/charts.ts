/**
 * Every chart on the site as data: its id, headline, one-sentence summary, the values it
 * draws and the table with the same numbers. Pages, the SVG/CSV downloads and the tests all
 * read these specs, so a chart, its table and its CSV cannot disagree.
 */
import { ACTIVITY_STATUSES, NYCKELTAL_STATUSES, type NyckeltalStatus } from '../../schemas/index.ts';
import { type Catalog, type Entry, entries, resolve } from '#lib/core/catalog.ts';
import type { BarGroupInput } from './chart-scales.ts';
import { toCsv } from '#lib/core/csv.ts';
import { buildLineage, lineageSeries } from '#lib/views/lineage.ts';
import { capitalize, formatFixed, joinList } from '#lib/core/format.ts';
import {
  ACTIVITY_COUNT_LABELS,
  ACTIVITY_LABELS,
  STATUS_COUNT_LABELS,
  STATUS_LABELS,
  UNREPORTED_LABEL,
} from '#lib/core/labels.ts';
import {
  COUNTRY_AREA,
  REGION_AREA,
  VALUE_DECIMALS,
  formatMeasure,
  latestSeriesValues,
  comparedRegions,
  isKronor,
  shownSeries,
  resultAgainstTarget,
  sourceLine,
  targetFor,
} from '#lib/views/nyckeltal-view.ts';
import { isExample, isExampleField } from '#lib/content/examples.ts';
import { reportsOfPlan } from '#lib/views/period-diff.ts';
import { latestRank, type Rank, regionBands, regionRank } from './region-comparison.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { sv } from '#lib/i18n/sv.ts';
import { planWords } from '#lib/views/plan-view.ts';
import { planSummaries, planSummary, statusSentence } from '#lib/views/status-summary.ts';
import { periodLabel } from '#lib/core/titles.ts';

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

interface ChartBase {
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
  /** Where the numbers come from, shown under the chart. */
  source?: { text: string; url?: string };
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

/** The words of the comparison with all regions. */
export const COMPARISON = {
  median: 'Median för regionerna',
  /** Short enough for the legend of a 300-unit drawing (about 30 characters of chart text). */
  band: (count: number) => `Lägsta–högsta av ${count} regioner`,
};
/** Which place is 1, in the table's column heading. */
const DIRECTION_RANK = { lower: '1 = lägst', higher: '1 = högst' } as const;

/** Bar key for items with no status at a followed-up period. */
const UNREPORTED = 'ej-rapporterad';

/** Counts per status of uppdrag (three statuses) or nyckeltal (four): each has a subset of the nyckeltal's. */
type Summary = { counts: Partial<Record<NyckeltalStatus, number>>; unreported: number; total: number };

/** One bar per status the summary counts, in the vocabulary's order, then the unreported ones. */
function statusBars(summary: Summary) {
  const bars = NYCKELTAL_STATUSES.flatMap((key) => {
    const value = summary.counts[key];
    return value === undefined ? [] : [{ key, label: STATUS_LABELS[key], value }];
  });
  return summary.unreported > 0
    ? [...bars, { key: UNREPORTED, label: UNREPORTED_LABEL, value: summary.unreported }]
    : bars;
}

/** What a column says when its group has no such status at all (not a count of zero). */
const NOT_IN_GROUP = 'gäller inte';

/** A wide table: one row per status (bar key), one column per group (period or kind of item). */
function barTable(caption: string, groups: BarGroupInput[], groupLabel: (g: BarGroupInput) => string): ChartTable {
  const allBars = groups.flatMap((g) => g.bars);
  /** Every status any group has, in the order first met: one row each. */
  const statusKeys = [...new Set(allBars.map((b) => b.key))];
  /** A status's word, from the first bar that has it. */
  const statusLabel = (key: string) => allBars.find((b) => b.key === key)?.label ?? key;
  /** How many the group has with the status; null, shown as "gäller inte", where the group has no such status. */
  const countInGroup = (group: BarGroupInput, key: string) => group.bars.find((b) => b.key === key)?.value ?? null;
  return {
    caption,
    columns: [
      { key: 'status', label: 'Status', kind: 'text' },
      ...groups.map((g) => ({ key: g.key, label: groupLabel(g), kind: 'number' as const, empty: NOT_IN_GROUP })),
    ],
    rows: statusKeys.map((key) => ({
      status: statusLabel(key),
      ...Object.fromEntries(groups.map((g) => [g.key, countInGroup(g, key)])),
    })),
  };
}

/** A table column's heading for a group keyed by a period: the period's name ("Per april 2024"). */
const periodHeading = (catalog: Catalog) => (group: BarGroupInput) => {
  const period = catalog.periods.get(group.key);
  return period ? capitalize(periodLabel(period)) : group.key;
};

/** The status of a plan's uppdrag and nyckeltal as of a report: its snapshot. */
export function reportStatusChart(catalog: Catalog, report: Entry<'reports'>): BarChartSpec | undefined {
  const plan = resolve(catalog, report.data.plan);
  const period = resolve(catalog, report.data.period);
  if (!plan || !period) return undefined;
  const words = planWords(plan);
  const summary = planSummary(catalog, plan.id, period.id);
  const parts = [
    { key: 'uppdrag', noun: words.uppdrag, summary: summary.uppdrag },
    { key: 'nyckeltal', noun: words.nyckeltal, summary: summary.nyckeltal },
  ].filter((p) => p.summary.total > 0);
  if (parts.length === 0) return undefined;
  const groups = parts.map((p) => ({ key: p.key, label: capitalize(p.noun.many), bars: statusBars(p.summary) }));
  const when = periodLabel(period);
  return {
    kind: 'bars',
    groups,
    id: `rapport-${report.id}-status`,
    title: `${capitalize(parts.map((p) => p.noun.many).join(' och '))} per status, ${when}`,
    subject: plan.data.title,
    summary: `${capitalize(when)} var ${parts.map((p) => statusSentence(p.summary, p.noun, STATUS_COUNT_LABELS)).join('; ')}.`,
    table: barTable(`Antal per status ${when}, enligt ${report.data.title}`, groups, (g) => g.label!),
    decimals: 0,
    source: { text: report.data.title },
    page: hrefFor({ collection: 'reports', id: report.id }),
  };
}

/**
 * A plan's uppdrag (or nyckeltal) per status at each period followed up so far; periods
 * not yet followed up are named in the summary instead of drawn as zeros.
 */
export function planStatusChart(
  catalog: Catalog,
  plan: Entry<'plans'>,
  collection: 'uppdrag' | 'nyckeltal',
): BarChartSpec | undefined {
  const noun = planWords(plan)[collection];
  const all = planSummaries(catalog, plan.id);
  const reported = all.filter((s) => s.reported && s[collection].total > 0);
  if (reported.length === 0) return undefined;
  const groups = reported.map((s) => ({
    key: s.period.id,
    label: reported.length > 1 ? capitalize(periodLabel(s.period)) : undefined,
    bars: statusBars(s[collection]),
  }));
  const latest = reported.at(-1)!;
  const pending = all.filter((s) => !s.reported).map((s) => periodLabel(s.period));
  const pendingText = pending.length > 0 ? ` Insyn har ingen rapport ${joinList(pending)}.` : '';
  return {
    kind: 'bars',
    groups,
    id: `plan-${plan.id}-${collection}`,
    title: `${capitalize(noun.many)} per status och uppföljning`,
    subject: plan.data.title,
    summary: `${capitalize(periodLabel(latest.period))} var ${statusSentence(latest[collection], noun, STATUS_COUNT_LABELS)}.${pendingText}`,
    table: barTable(
      `${capitalize(noun.many)} i ${plan.data.title} per status och uppföljning`,
      groups,
      periodHeading(catalog),
    ),
    decimals: 0,
    ...planChartSource(
      catalog,
      plan,
      reported.map((s) => s.period.id),
    ),
    page: hrefFor({ collection: 'plans', id: plan.id }),
  };
}

/** The reports a plan's counts come from, with dnr; the counts are examples where a report is one. */
function planChartSource(catalog: Catalog, plan: Entry<'plans'>, periods: string[]) {
  const reports = reportsOfPlan(catalog, plan.id).filter((r) => periods.includes(r.data.period.id));
  const titles = [...new Set(reports.map((r) => (r.data.dnr ? `${r.data.title} (${r.data.dnr})` : r.data.title)))];
  const covered = new Set(reports.filter((r) => !isExample(r.data)).map((r) => r.data.period.id));
  return {
    source: titles.length > 0 ? { text: titles.join(', ') } : undefined,
    example: periods.some((period) => !covered.has(period)),
  };
}

/** Activity counts per status at each period, with the report they come from. */
export function activitiesChart(catalog: Catalog, activities: Entry<'activities'>): BarChartSpec | undefined {
  const rows = activities.data.counts
    .map((c) => ({ ...c, period: resolve(catalog, c.period)! }))
    .sort((a, b) => a.period.data.endDate.localeCompare(b.period.data.endDate));
  if (rows.length === 0) return undefined;
  const groups = rows.map((r) => ({
    key: r.period.id,
    label: rows.length > 1 ? capitalize(periodLabel(r.period)) : undefined,
    bars: ACTIVITY_STATUSES.map((s) => ({ key: s, label: ACTIVITY_LABELS[s], value: r.counts[s] })),
  }));
  const latest = rows.at(-1)!;
  const summary = {
    counts: latest.counts,
    unreported: 0,
    total: ACTIVITY_STATUSES.reduce((sum, s) => sum + latest.counts[s], 0),
  };
  const reports = [...new Set(rows.map((r) => resolve(catalog, r.report)?.data.title ?? r.report.id))];
  return {
    kind: 'bars',
    groups,
    id: `aktiviteter-${activities.id}`,
    title: 'Aktiviteter per status',
    subject: resolve(catalog, activities.data.plan)?.data.title ?? activities.data.plan.id,
    summary: `${capitalize(periodLabel(latest.period))} var ${statusSentence(summary, { one: 'aktivitet', many: 'aktiviteter' }, ACTIVITY_COUNT_LABELS)}.`,
    table: barTable('Antal aktiviteter per status och uppföljning', groups, periodHeading(catalog)),
    decimals: 0,
    source: { text: reports.join(', ') },
    page: hrefFor({ collection: 'activities', id: activities.id }),
  };
}

/**
 * A nyckeltal's results per period with the target of each period's year, when at least
 * one result is a number. Periods that could not be measured stay in the chart as marked
 * gaps, never as zeros. A nyckeltal that continues from or into other years' plans is
 * drawn as one series across them, the same on every page of the chain.
 */
export function nyckeltalResultChart(
  catalog: Catalog,
  entry: Entry<'nyckeltal'>,
): LineChartSpec | ValueChartSpec | undefined {
  const { unit } = entry.data;
  const chain = buildLineage(catalog)({ collection: 'nyckeltal', id: entry.id });
  const { results, targets: yearly } = lineageSeries(catalog, chain);
  const latest = results.findLast((r) => r.value !== null);
  if (!latest) return undefined;
  const periods = results.map((r) => resolve(catalog, r.period)!);
  const resultAt = (id: string) => results.find((r) => r.period.id === id)!;
  const targets = Object.fromEntries(
    periods.flatMap((p) => {
      const target = yearly.find((t) => t.year === p.data.year);
      return target ? [[p.id, target.value]] : [];
    }),
  );
  const plans = [...new Set(results.map((r) => r.plan))];
  const acrossPlans = plans.length > 1;
  const planTitle = (id: string) => catalog.plans.get(id)?.data.title ?? id;
  const unitLabel = ` (${unit})`;
  const values = periods.map((p) => resultAt(p.id).value);
  const base: Omit<ChartBase, 'title'> & { unit: string } = {
    id: `nyckeltal-${entry.id}-utfall`,
    subject: entry.data.title,
    summary:
      resultAgainstTarget(catalog, catalog.nyckeltal.get(resultAt(periods[periods.length - 1].id).item)!)?.sentence ??
      '',
    unit,
    table: {
      caption: `${entry.data.title}: utfall, målvärde och status per uppföljning${acrossPlans ? `, i ${joinList(plans.map(planTitle))}` : ''}`,
      columns: [
        { key: 'period', label: 'Period', kind: 'text' },
        ...(acrossPlans ? [{ key: 'plan', label: 'Plan', kind: 'text' as const }] : []),
        {
          key: 'utfall',
          label: `Utfall${unitLabel}`,
          kind: 'number',
          empty: STATUS_LABELS['gar-ej-att-mata'].toLowerCase(),
        },
        { key: 'mal', label: `Målvärde${unitLabel}`, kind: 'number', empty: 'inget målvärde' },
        { key: 'status', label: 'Status', kind: 'text' },
      ],
      rows: periods.map((p) => ({
        period: capitalize(periodLabel(p)),
        ...(acrossPlans ? { plan: planTitle(resultAt(p.id).plan) } : {}),
        utfall: resultAt(p.id).value,
        mal: targets[p.id] ?? null,
        status: STATUS_LABELS[resultAt(p.id).status],
      })),
    },
    decimals: columnDecimals([...values, ...Object.values(targets)], VALUE_DECIMALS),
    source: { text: sourceLine(entry.data), url: entry.data.source.url },
    example: chain.some((link) => isExampleField(catalog.nyckeltal.get(link.id)?.data ?? {}, 'results')),
    page: hrefFor({ collection: 'nyckeltal', id: entry.id }),
  };
  const only = periods.length === 1 ? resultAt(periods[0].id) : undefined;
  if (only && only.value !== null) {
    return {
      ...base,
      kind: 'value',
      title: 'Utfall mot målvärde',
      label: capitalize(periodLabel(periods[0])),
      value: only.value,
      target: targets[periods[0].id],
      status: only.status,
    };
  }
  return {
    ...base,
    kind: 'lines',
    title: acrossPlans ? 'Utfall och målvärde per uppföljning, genom åren' : 'Utfall och målvärde per uppföljning',
    x: periods.map((p) => ({ key: p.id, label: capitalize(periodLabel(p)) })),
    series: [
      {
        key: 'utfall',
        name: 'Utfall',
        role: 'result',
        values: Object.fromEntries(periods.map((p) => [p.id, resultAt(p.id).value])),
      },
    ],
    targets,
    statuses: Object.fromEntries(periods.map((p) => [p.id, resultAt(p.id).status])),
  };
}

/** Yearly statistics (Kolada): the region's series with the whole country beside it. */
export function seriesChart(entry: Entry<'nyckeltal'>): LineChartSpec | undefined {
  const { series, unit, source } = entry.data;
  if (series.length === 0) return undefined;
  const ordered = shownSeries(entry);
  const regions = comparedRegions(entry);
  const bands = regions ? regionBands(regions) : [];
  const rankOf = (year: number) => regions && regionRank(regions, REGION_AREA, year, entry.data.direction);
  const latestRankNow = regions && latestRank(regions, REGION_AREA, entry.data.direction);
  const years = [...new Set(series.flatMap((s) => s.values.map((v) => v.year)))].sort((a, b) => a - b);
  const targets = Object.fromEntries(
    years.flatMap((year) => {
      const target = targetFor(entry, year);
      return target ? [[String(year), target.value]] : [];
    }),
  );
  const latest = latestSeriesValues(entry);
  const latestText = latest.map((l) => `${formatMeasure(l.value, unit)} för ${l.name} (${l.year})`);
  const hasTargets = Object.keys(targets).length > 0;
  const bandOf = (year: number) => bands.find((b) => b.year === year);
  const rankText = latestRankNow ? ` ${rankSentence(latestRankNow, entry.data.direction)}` : '';
  const compare: LineSeriesSpec[] =
    bands.length > 0
      ? [
          {
            key: 'median',
            name: COMPARISON.median,
            role: 'other',
            values: Object.fromEntries(bands.map((b) => [String(b.year), b.median])),
          },
        ]
      : [];
  return {
    kind: 'lines',
    id: `nyckeltal-${entry.id}-${source.kolada ? 'kolada' : 'statistik'}`,
    title: `${ordered.map((s) => s.name).join(' och ')} per år${regions ? ', jämfört med alla regioner' : ''}`,
    subject: entry.data.title,
    summary: `Senaste värdena är ${latestText.join(' och ')}${hasTargets ? '' : '; planen anger inget målvärde'}.${rankText}`,
    unit,
    x: years.map((year) => ({ key: String(year), label: String(year) })),
    series: [
      ...ordered.map((s): LineSeriesSpec => ({
        key: `omrade-${s.area}`,
        name: s.name,
        role: s.area === REGION_AREA ? 'region' : s.area === COUNTRY_AREA ? 'country' : 'other',
        values: Object.fromEntries(s.values.map((v) => [String(v.year), v.value])),
      })),
      ...compare,
    ],
    targets,
    ...(bands.length > 0
      ? {
          band: {
            name: COMPARISON.band(regions!.length),
            values: Object.fromEntries(bands.map((b) => [String(b.year), { low: b.low, high: b.high }])),
          },
        }
      : {}),
    table: {
      caption: `${entry.data.title} per år (${unit}${isKronor(unit) ? ', löpande priser' : ''})${regions ? `, med median, lägsta och högsta värde bland ${regions.length} regioner` : ''}`,
      columns: [
        { key: 'ar', label: 'År', kind: 'text' },
        ...ordered.map((s) => ({
          key: `omrade-${s.area}`,
          label: `${s.name} (${unit})`,
          kind: 'number' as const,
          empty: 'uppgift saknas',
        })),
        ...(bands.length > 0
          ? [
              {
                key: 'median',
                label: `${COMPARISON.median} (${unit})`,
                kind: 'number' as const,
                empty: 'uppgift saknas',
              },
              { key: 'lagst', label: `Lägsta region (${unit})`, kind: 'number' as const, empty: 'uppgift saknas' },
              { key: 'hogst', label: `Högsta region (${unit})`, kind: 'number' as const, empty: 'uppgift saknas' },
              { key: 'plats', label: `Plats (${DIRECTION_RANK[entry.data.direction]})`, kind: 'text' as const },
            ]
          : []),
        ...(hasTargets
          ? [{ key: 'mal', label: `Målvärde (${unit})`, kind: 'number' as const, empty: 'inget målvärde' }]
          : []),
      ],
      rows: years.map((year) => {
        const band = bandOf(year);
        const rank = rankOf(year);
        return {
          ar: String(year),
          ...Object.fromEntries(
            ordered.map((s) => [`omrade-${s.area}`, s.values.find((v) => v.year === year)?.value ?? null]),
          ),
          ...(bands.length > 0
            ? {
                median: band?.median ?? null,
                lagst: band?.low ?? null,
                hogst: band?.high ?? null,
                plats: rank ? `${rank.place} av ${rank.of}` : '',
              }
            : {}),
          ...(hasTargets ? { mal: targets[String(year)] ?? null } : {}),
        };
      }),
    },
    decimals: columnDecimals(
      [...series.flatMap((s) => s.values.map((v) => v.value)), ...Object.values(targets)],
      VALUE_DECIMALS,
    ),
    source: { text: sourceLine(entry.data, 'series'), url: source.url },
    example: isExampleField(entry.data, 'series'),
    page: hrefFor({ collection: 'nyckeltal', id: entry.id }),
  };
}

/** How a place reads: "Plats 14 av 21 bland regionerna 2022, där plats 1 har lägst värde." */
export function rankSentence(rank: Rank, direction: 'higher' | 'lower'): string {
  return `Plats ${rank.place} av ${rank.of} bland regionerna ${rank.year}, där plats 1 har ${direction === 'lower' ? 'lägst' : 'högst'} värde.`;
}

/** Every chart of the site, once each: what the downloads under /diagram/ are made from. */
export function allCharts(catalog: Catalog): ChartSpec[] {
  const charts = [
    ...entries(catalog, 'reports').map((r) => reportStatusChart(catalog, r)),
    ...entries(catalog, 'plans').flatMap((p) => [
      planStatusChart(catalog, p, 'uppdrag'),
      planStatusChart(catalog, p, 'nyckeltal'),
    ]),
    ...entries(catalog, 'activities').map((a) => activitiesChart(catalog, a)),
    ...entries(catalog, 'nyckeltal').flatMap((n) => [nyckeltalResultChart(catalog, n), seriesChart(n)]),
  ];
  return charts.filter((c): c is ChartSpec => c !== undefined);
}

/** The chart's name where nothing around it says what it is about: in the SVG and its accessible name. */
export function fullTitle(spec: ChartSpec): string {
  return `${spec.subject}: ${spec.title}`;
}

/** A number as the chart and its table show it: always with the chart's number of decimals. */
export function formatChartNumber(spec: ChartSpec, value: number): string {
  return formatFixed(value, spec.decimals);
}

/**
 * The lines under a chart saved as a file of its own, where no page is around it: a visible
 * example label when the values are made up, the source, and the site with the page's address.
 */
export function downloadNotes(spec: ChartSpec, site: URL): string[] {
  return [
    ...(spec.example ? [sv.chart.exampleBanner] : []),
    ...(spec.source ? [`${sv.chart.source}: ${spec.source.text}`] : []),
    `${sv.site.name}, ${sv.site.owner}: ${new URL(spec.page, site).href}`,
  ];
}

/** The spec as the download draws it: with its notes. */
export function withDownloadNotes<S extends ChartSpec>(spec: S, site: URL): S {
  return { ...spec, notes: downloadNotes(spec, site) };
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
