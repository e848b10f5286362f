/**
 * Values over periods or years as lines, with targets as dashed levels; geometry from
 * `lineLayout`. Reported results are marked with their status shape; periods that could not
 * be measured are marked and named, never drawn as zero.
 */
import { NYCKELTAL_STATUSES } from '../../schemas/index.ts';
import { format } from '#lib/i18n/words.ts';
import { anchorFor, lineLayout, plotHeight } from './chart-scales.ts';
import { type ChartDrawing, formatChartNumber, type LineChartSpec } from './charts.ts';
import { type ChartSvgOptions, type ChartWords, frame } from './chart-frame.ts';
import { statusShapeSvg } from './status-marks.ts';
import { el, text } from './svg-markup.ts';

type LineLayout = ReturnType<typeof lineLayout>;
type LinePoint = LineLayout['series'][number]['points'][number];

interface LegendItem {
  kind: 'series' | 'band' | 'target' | 'status';
  role: string;
  label: string;
}

/** The legend's rows: each series, the band, the target and each status the points show. */
function legendItems(spec: LineChartSpec, words: ChartWords): LegendItem[] {
  const shown = spec.statuses ? Object.values(spec.statuses) : [];
  const statuses = NYCKELTAL_STATUSES.filter((s) => shown.includes(s));
  const hasTargets = Object.keys(spec.targets).length > 0;
  return [
    ...spec.series.map((s) => ({ kind: 'series' as const, role: s.role, label: s.name })),
    ...(spec.band ? [{ kind: 'band' as const, role: 'band', label: spec.band.name }] : []),
    ...(hasTargets ? [{ kind: 'target' as const, role: 'target', label: words.target }] : []),
    ...statuses.map((s) => ({ kind: 'status' as const, role: s, label: words.statusLabels[s] })),
  ];
}

function legendMark(item: LegendItem, y: number): string {
  if (item.kind === 'target') return el('path', { class: 'target', d: `M0,${y} H26` });
  if (item.kind === 'band')
    return el('rect', { class: 'band', x: '0', y: y - 6, width: '26', height: '12', fill: '#d9e3ec' });
  if (item.kind === 'status') return statusShapeSvg(item.role, 13, y);
  const line = el('path', { class: `line line-${item.role}`, d: `M0,${y} H26` });
  if (item.role === 'result') return line;
  return (
    line +
    (item.role === 'country'
      ? el('rect', { class: `point-${item.role}`, x: '9', y: y - 3.5, width: '7', height: '7' })
      : el('circle', { class: `point-${item.role}`, cx: '13', cy: y, r: '3.5' }))
  );
}

function legendSvg(legend: LegendItem[], layout: LineLayout): string {
  return el(
    'g',
    { class: 'legend' },
    ...legend.map((item, i) => {
      const y = layout.legend[i].y;
      return el('g', {}, legendMark(item, y), el('text', { x: '34', y: y + 4.5 }, text(item.label)));
    }),
  );
}

/** The unit above the plot, the value axis with its grid and the period axis below. */
function axesSvg(layout: LineLayout, unit: string): string {
  return (
    el('text', { class: 'chart-unit', x: '0', y: layout.unitY }, text(unit)) +
    el(
      'g',
      { class: 'y-axis' },
      ...layout.yTicks.map((tick) =>
        el(
          'g',
          {},
          el('line', {
            class: tick.value === 0 ? 'axis' : 'grid',
            x1: layout.plot.left,
            x2: layout.plot.right,
            y1: tick.y,
            y2: tick.y,
          }),
          el(
            'text',
            { class: 'chart-tick', x: layout.plot.left - 6, y: tick.y + 4, 'text-anchor': 'end' },
            text(tick.label),
          ),
        ),
      ),
    ) +
    el(
      'g',
      { class: 'x-axis' },
      ...layout.xTicks
        .filter((t) => t.shown)
        .map((tick) =>
          el(
            'text',
            { class: 'chart-tick', x: tick.x, y: layout.plot.bottom + 16, 'text-anchor': tick.anchor },
            ...tick.lines.map((line, i) => el('tspan', { x: tick.x, dy: i === 0 ? 0 : 14 }, text(line))),
          ),
        ),
    )
  );
}

/** The other regions' range as a shaded band, with its low and high ends marked. */
function bandSvg(band: NonNullable<LineLayout['band']>): string {
  const end = (x: number, y: number, value: number) =>
    el('line', { x1: x - 3, x2: x + 3, y1: y, y2: y, stroke: '#7f8c99', 'data-value': value });
  return el(
    'g',
    { class: 'band' },
    el('path', { class: 'band', d: band.path, fill: '#d9e3ec' }),
    ...band.ends.map((e) => end(e.x, e.yLow, e.low) + end(e.x, e.yHigh, e.high)),
  );
}

/** Targets as dashed levels; the latest is labelled on the chart itself, not only in the legend. */
function targetsSvg(spec: LineChartSpec, layout: LineLayout, words: ChartWords): string {
  const lastTarget = layout.targets.at(-1);
  return el(
    'g',
    { class: 'targets' },
    ...layout.targets.map((t) =>
      el('line', { class: 'target', x1: t.x1, x2: t.x2, y1: t.y, y2: t.y, 'data-value': t.value }),
    ),
    lastTarget
      ? el(
          'text',
          { class: 'chart-target-label', x: lastTarget.x2, y: lastTarget.y - 6, 'text-anchor': 'end' },
          `${text(words.targetShort)} ${text(formatChartNumber(spec, lastTarget.value))}`,
        )
      : '',
  );
}

/** A point: its status shape when it has a status, else the series' own mark; and its value when there is room. */
function pointSvg(spec: LineChartSpec, layout: LineLayout, seriesKey: string, role: string, p: LinePoint): string {
  const status = spec.statuses?.[p.key];
  const mark = status
    ? el('g', { 'data-value': p.value }, statusShapeSvg(status, p.x, p.y, 6))
    : role === 'country'
      ? el('rect', { class: 'point-country', x: p.x - 3, y: p.y - 3, width: '6', height: '6', 'data-value': p.value })
      : el('circle', { class: `point-${role}`, cx: p.x, cy: p.y, r: '3', 'data-value': p.value });
  // Few points get their values written beside them; many would crowd, and the table has them all.
  if (spec.x.length > 6) return el('g', {}, mark, '');
  // Above the point when it is the highest at its x, else below.
  const higher = layout.series
    .filter((s) => s.key !== seriesKey)
    .flatMap((s) => s.points.filter((q) => q.key === p.key))
    .some((q) => q.value > p.value);
  const label = formatChartNumber(spec, p.value);
  return el(
    'g',
    {},
    mark,
    el(
      'text',
      {
        class: 'chart-value',
        x: p.x,
        y: p.y + (higher ? 17 : -9),
        'text-anchor': anchorFor(p.x, [label], layout.width),
      },
      text(label),
    ),
  );
}

/** Each series: its line, its gaps (periods that could not be measured, named) and its points. */
function seriesSvg(spec: LineChartSpec, layout: LineLayout, words: ChartWords): string {
  const roles = Object.fromEntries(spec.series.map((s) => [s.key, s.role]));
  const gapSvg = (x: number) =>
    el(
      'g',
      { class: 'gap' },
      el('line', { class: 'gap-line', x1: x, x2: x, y1: layout.plot.top, y2: layout.plot.bottom }),
      el(
        'text',
        {
          class: 'chart-tick',
          x,
          y: layout.plot.top - 4,
          'text-anchor': anchorFor(x, [words.notMeasurable], layout.width),
        },
        text(words.notMeasurable),
      ),
    );
  return layout.series
    .map((series) =>
      el(
        'g',
        { class: `series series-${roles[series.key]}` },
        el('path', { class: `line line-${roles[series.key]}`, d: series.path }),
        ...series.gaps.map((gap) => gapSvg(gap.x)),
        ...series.points.map((p) => pointSvg(spec, layout, series.key, roles[series.key], p)),
      ),
    )
    .join('');
}

export function lines(spec: LineChartSpec, drawing: ChartDrawing, options: ChartSvgOptions): string {
  const { words } = options;
  const legend = legendItems(spec, words);
  const layout = lineLayout({
    x: spec.x,
    series: spec.series.map((s) => ({ key: s.key, name: s.name, values: new Map(Object.entries(s.values)) })),
    targets: new Map(Object.entries(spec.targets)),
    band: spec.band && new Map(Object.entries(spec.band.values)),
    formatTick: (v) => format(spec.lang ?? 'sv').formatNumber(v, spec.decimals),
    legendRows: legend.length,
    width: drawing.width,
    height: plotHeight(drawing.width),
  });
  const body =
    legendSvg(legend, layout) +
    axesSvg(layout, spec.unit) +
    (layout.band ? bandSvg(layout.band) : '') +
    targetsSvg(spec, layout, words) +
    seriesSvg(spec, layout, words);
  return frame(spec, drawing, layout.height, 'chart-lines', options, body);
}
