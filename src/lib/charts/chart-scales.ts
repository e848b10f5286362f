/**
 * Geometry of the charts: d3 scales, ticks and path strings, computed here so they can be
 * tested without rendering. The components in `src/charts/` only place what this returns.
 *
 * Charts are drawn 1:1, one unit a CSS pixel, so chart text is the page's text size: in a
 * narrow coordinate system (300 units wide) for phones and narrow windows, where it is scaled
 * only slightly (320 px: 96 %), and again across the whole content column (60rem, 960 units)
 * for wide windows, where the stylesheet shows that drawing instead.
 */
import { fitLines } from './text-fit.ts';
import { max, min } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';

export const CHART_WIDTH = 300;
/** The content column on a wide window (main's 62rem less its padding), where a chart spans it. */
export const WIDE_CHART_WIDTH = 960;
/** A line chart's plot height for a drawing of the given width: taller when wide, so slopes read the same. */
export const plotHeight = (width: number) => (width > CHART_WIDTH ? 320 : 220);
/** Approximate width of one character of chart text, for fitting labels without a DOM. */
const CHAR_WIDTH = 8;

const round = (n: number) => Math.round(n * 10) / 10;

export interface BarInput {
  key: string;
  label: string;
  value: number;
}

export interface BarGroupInput {
  key: string;
  /** Shown above the group's bars; omit when the chart has a single group. */
  label?: string;
  bars: BarInput[];
}

const BAR = { groupLabel: 26, label: 20, height: 16, gap: 12, groupGap: 10, valueSpace: 46, labelIndent: 18 };

/**
 * Horizontal bars with the label on a line of its own above each bar, so long status words
 * ("Pågående enligt plan") fit on a phone. The longest bar fills the width left after room
 * for its value (or `scaleMax`, when charts shown together share one scale); a zero is a
 * bar of no length, with its value still written.
 */
export function barLayout(groups: readonly BarGroupInput[], width = CHART_WIDTH, scaleMax?: number) {
  const largest = Math.max(max(groups.flatMap((g) => g.bars.map((b) => b.value))) ?? 0, scaleMax ?? 0);
  const x = scaleLinear()
    .domain([0, largest > 0 ? largest : 1])
    .range([0, width - BAR.valueSpace]);
  let y = 0;
  const laidOut = groups.map((group, index) => {
    if (index > 0) y += BAR.groupGap;
    const labelY = group.label ? y + 17 : undefined;
    if (group.label) y += BAR.groupLabel;
    const bars = group.bars.map((bar) => {
      const top = y;
      y += BAR.label + BAR.height + BAR.gap;
      const barWidth = round(x(bar.value));
      return {
        ...bar,
        labelX: BAR.labelIndent,
        labelY: top + 15,
        iconY: top + 9,
        barY: top + BAR.label,
        barWidth,
        barHeight: BAR.height,
        valueX: barWidth + 6,
        valueY: top + BAR.label + 12.5,
      };
    });
    return { key: group.key, label: group.label, labelY, bars };
  });
  return { width, height: y - BAR.gap + 2, groups: laidOut };
}

export interface SeriesInput {
  key: string;
  name: string;
  /** One value per x key; null where there is no value (it breaks the line). */
  values: ReadonlyMap<string, number | null>;
}

export interface LineInput {
  /** The x positions in order, with their labels (periods or years). */
  x: readonly { key: string; label: string }[];
  series: readonly SeriesInput[];
  /** Target per x key, drawn as a level across that position. */
  targets?: ReadonlyMap<string, number>;
  /** A range per x key (lowest to highest of a group, as all regions), drawn as a band behind the lines. */
  band?: ReadonlyMap<string, { low: number; high: number }>;
  /** Formats tick values (Swedish numbers). */
  formatTick: (value: number) => string;
  /** Rows of legend drawn above the plot (one per series, one for the target). */
  legendRows?: number;
  width?: number;
  height?: number;
}

/** A label split onto at most two lines at its last space: "per april 2024" → "per april", "2024". */
export function splitLabel(label: string): string[] {
  const at = label.lastIndexOf(' ');
  return at > 0 && label.length > 6 ? [label.slice(0, at), label.slice(at + 1)] : [label];
}

/**
 * Which x labels to print so they do not overlap: every k-th, counted back from the last,
 * since the latest value is the one readers look for.
 */
export function xLabelStep(labels: readonly string[], spacing: number): number {
  const widest = max(labels.flatMap(splitLabel), (l) => l.length) ?? 0;
  const needed = widest * CHAR_WIDTH + 8;
  return spacing <= 0 ? 1 : Math.max(1, Math.ceil(needed / spacing));
}

const LEGEND_ROW = 18;

/** Centre a label on its point unless that would cut it at an edge of the chart. */
export function anchorFor(x: number, lines: readonly string[], width: number): 'start' | 'middle' | 'end' {
  const half = ((max(lines, (l) => l.length) ?? 0) * CHAR_WIDTH) / 2;
  return x + half > width ? 'end' : x - half < 0 ? 'start' : 'middle';
}

/**
 * A line chart over ordered positions: a point scale for x (periods are uneven in time and
 * years are whole), a linear y scale from zero or below with "nice" ticks, one path per
 * series (broken where a value is missing) and the targets as level steps.
 */
export function lineLayout({
  x: xs,
  series,
  targets = new Map(),
  band = new Map(),
  formatTick,
  legendRows = 0,
  width = CHART_WIDTH,
  height = 220,
}: LineInput) {
  const allValues = [
    ...series.flatMap((s) => [...s.values.values()]),
    ...targets.values(),
    ...[...band.values()].flatMap((b) => [b.low, b.high]),
  ].filter((v): v is number => v !== null);
  const y = scaleLinear()
    .domain([Math.min(0, min(allValues) ?? 0), max(allValues) ?? 1])
    .nice(5);
  if (y.domain()[0] === y.domain()[1]) y.domain([y.domain()[0], y.domain()[0] + 1]);
  const yTickValues = y.ticks(5);
  const yTickLabels = yTickValues.map(formatTick);
  const legendHeight = legendRows * LEGEND_ROW;
  const margin = {
    top: legendHeight + 30,
    right: 12,
    bottom: 40,
    left: Math.ceil((max(yTickLabels, (l) => l.length) ?? 1) * CHAR_WIDTH) + 10,
  };
  const fullHeight = height + legendHeight;
  y.range([fullHeight - margin.bottom, margin.top]);
  const x = scalePoint<string>()
    .domain(xs.map((p) => p.key))
    .range([margin.left, width - margin.right])
    .padding(0.5);
  const step = x.step();
  const xOf = (key: string) => round(x(key) ?? 0);

  const path = line<{ key: string; value: number | null }>()
    .defined((d) => d.value !== null)
    .x((d) => xOf(d.key))
    // `defined` leaves out the missing values before `y` is asked: NaN would only mark a bug.
    .y((d) => (d.value === null ? Number.NaN : y(d.value)))
    .digits(1);

  const labelEvery = xLabelStep(
    xs.map((p) => p.label),
    step,
  );
  const lastIndex = xs.length - 1;

  const targetPoints = xs.flatMap((p) => {
    const value = targets.get(p.key);
    return value === undefined
      ? []
      : [{ key: p.key, value, x1: round(xOf(p.key) - step / 2), x2: round(xOf(p.key) + step / 2), y: round(y(value)) }];
  });
  return {
    width,
    height: fullHeight,
    legend: Array.from({ length: legendRows }, (_, i) => ({ y: 4 + i * LEGEND_ROW + LEGEND_ROW / 2 })),
    unitY: legendHeight + 16,
    plot: { left: margin.left, right: width - margin.right, top: margin.top, bottom: fullHeight - margin.bottom },
    yTicks: yTickValues.map((value, i) => ({ value, label: yTickLabels[i], y: round(y(value)) })),
    xTicks: xs.map((p, i) => {
      const lines = splitLabel(p.label);
      return {
        key: p.key,
        x: xOf(p.key),
        lines,
        shown: (lastIndex - i) % labelEvery === 0,
        anchor: anchorFor(xOf(p.key), lines, width),
      };
    }),
    series: series.map((s) => {
      const data = xs.map((p) => ({ key: p.key, value: s.values.get(p.key) ?? null }));
      return {
        key: s.key,
        name: s.name,
        path: path(data) ?? '',
        points: data.flatMap((d) =>
          d.value === null ? [] : [{ key: d.key, value: d.value, x: xOf(d.key), y: round(y(d.value)) }],
        ),
        /** Positions with no value, so the chart can mark them instead of drawing a zero. */
        gaps: data.filter((d) => d.value === null && s.values.has(d.key)).map((d) => ({ key: d.key, x: xOf(d.key) })),
      };
    }),
    targets: targetPoints,
    band: bandLayout(xs, band, xOf, (v) => round(y(v))),
    zeroY: round(y(0)),
  };
}

/** The band's outline (an area between low and high, broken where a year has none) and its ends per x. */
function bandLayout(
  xs: readonly { key: string }[],
  band: ReadonlyMap<string, { low: number; high: number }>,
  xOf: (key: string) => number,
  yOf: (value: number) => number,
) {
  if (band.size === 0) return undefined;
  const data = xs.map((p) => ({ key: p.key, range: band.get(p.key) }));
  // `defined` leaves out the years without a range before `y0` and `y1` are asked.
  const path = area<(typeof data)[number]>()
    .defined((d) => d.range !== undefined)
    .x((d) => xOf(d.key))
    .y0((d) => (d.range ? yOf(d.range.low) : Number.NaN))
    .y1((d) => (d.range ? yOf(d.range.high) : Number.NaN))
    .digits(1);
  return {
    path: path(data) ?? '',
    ends: data.flatMap(({ key, range }) =>
      range
        ? [{ key, x: xOf(key), low: range.low, high: range.high, yLow: yOf(range.low), yHigh: yOf(range.high) }]
        : [],
    ),
  };
}

/** Words wrapped to lines of at most `maxChars` characters (a longer word gets a line of its own). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Font sizes of a saved chart's frame, as `chart.css` sets them: the title and an example banner bold, the notes small. */
const FRAME_TYPE = { heading: 16, note: 13 };

/**
 * Room around a chart saved as a file of its own, where no page gives it a heading or a
 * source: the title wrapped above the drawing and the notes (example label, source, site
 * and address) below it, each note starting on a line of its own. Lines are fitted to the
 * width whatever the reader's fonts (`text-fit.ts`): each has the `width` it is drawn to.
 * `headingNote` is the note set as a heading (an example banner), if any.
 */
export function standaloneFrame(
  width: number,
  height: number,
  title: string,
  notes: readonly string[],
  headingNote?: number,
) {
  const pad = 12;
  const titleLines = fitLines(title, width, FRAME_TYPE.heading, true);
  const sourceLines = notes.flatMap((note, index) =>
    (index === headingNote
      ? fitLines(note, width, FRAME_TYPE.heading, true)
      : fitLines(note, width, FRAME_TYPE.note)
    ).map((fitted) => ({ ...fitted, note: index })),
  );
  const top = titleLines.length * 20 + 14;
  const bottom = sourceLines.length * 17 + (sourceLines.length > 0 ? 14 : 0);
  const box = { x: -pad, y: -top - pad, width: width + 2 * pad, height: height + top + bottom + 2 * pad };
  return {
    box,
    viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`,
    /** Twice the drawing size, so the file opens at a legible size. */
    pixelWidth: box.width * 2,
    titleLines: titleLines.map((fitted, i) => ({ ...fitted, y: -top + 16 + i * 20 })),
    sourceLines: sourceLines.map((l, i) => ({ ...l, y: height + 22 + i * 17 })),
  };
}

export interface ValueInput {
  value: number;
  target?: number;
  /** Formats the value and the target with their unit (Swedish numbers). */
  formatValue: (value: number) => string;
  /** The words written over the target's line, such as "Mål 95 %". */
  targetLabel: (formatted: string) => string;
  width?: number;
}

const VALUE = { targetLabelY: 14, barY: 22, barHeight: 28, valueGap: 20, statusGap: 26 };

/**
 * One value against its target, as a bar from zero with the target as a level crossing it
 * (a bullet chart): the reading "71 % against a target of 95 %" at a glance, where a line
 * chart would draw a lone dot. Both are labelled on the chart, so they never collide: the
 * target over its line, the value under the bar's end.
 */
export function valueLayout({ value, target, formatValue, targetLabel, width = CHART_WIDTH }: ValueInput) {
  const values = target === undefined ? [value] : [value, target];
  const x = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(...values, 0) || 1])
    .nice(4)
    .range([1, width - 4]);
  const zeroX = round(x(0));
  const end = round(x(value));
  const barBottom = VALUE.barY + VALUE.barHeight;
  const valueY = barBottom + VALUE.valueGap;
  const valueText = formatValue(value);
  const targetX = target === undefined ? undefined : round(x(target));
  return {
    width,
    height: valueY + VALUE.statusGap + 6,
    zeroX,
    bar: { x: Math.min(zeroX, end), y: VALUE.barY, width: round(Math.abs(end - zeroX)), height: VALUE.barHeight },
    value: { text: valueText, x: end, y: valueY, anchor: anchorFor(end, [valueText], width) },
    target:
      target === undefined || targetX === undefined
        ? undefined
        : {
            text: targetLabel(formatValue(target)),
            x: targetX,
            anchor: anchorFor(targetX, [targetLabel(formatValue(target))], width),
            y1: VALUE.barY - 6,
            y2: barBottom + 4,
            labelY: VALUE.targetLabelY,
          },
    statusY: valueY + VALUE.statusGap,
  };
}
