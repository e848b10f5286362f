/**
 * The drawing of a chart spec as SVG markup: bars per status, one value against its target,
 * or values over time as lines. A plain function, so the pages and the thousands of
 * downloadable `/diagram/<id>.svg` files draw the same markup without a component render
 * each (docs/performance.md). Geometry comes from src/lib/charts/chart-scales.ts; words come
 * from the caller, in the page's language.
 *
 * The markup is what Astro writes for the same elements: attributes in this order, an
 * attribute left out when its value is undefined, `&` and `"` escaped in attribute values
 * and `&<>'"` in text.
 */
import { NYCKELTAL_STATUSES } from '../../schemas/index.ts';
import { formatNumber } from '../core/format.ts';
import {
  anchorFor,
  barLayout,
  CHART_WIDTH,
  lineLayout,
  plotHeight,
  standaloneFrame,
  valueLayout,
} from './chart-scales.ts';
import {
  type BarChartSpec,
  type ChartDrawing,
  type ChartSpec,
  formatChartNumber,
  fullTitle,
  type LineChartSpec,
  type ValueChartSpec,
} from './charts.ts';

/** The words a drawing writes, in the language of the page it is for. */
export interface ChartWords {
  /** The target in the legend: "Målvärde". */
  target: string;
  /** Beside the target's line: "Mål" (as in "Mål 95 %"). */
  targetShort: string;
  /** Over a period that could not be measured. */
  notMeasurable: string;
  /** Before the source in a downloaded file: "Källa". */
  source: string;
  /** Each status's name. */
  statusLabels: Readonly<Record<string, string>>;
}

export interface ChartSvgOptions {
  words: ChartWords;
  /** A file of its own: adds the namespace, `css` in a <style>, the title above and the source below. */
  standalone?: boolean;
  /** The chart styles, embedded in a standalone file. */
  css?: string;
  /** Units across, one a CSS pixel; at any other width than the narrow one the ids get a suffix. */
  width?: number;
}

type Value = string | number | undefined;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const text = (value: string | number) => String(value).replace(/[&<>'"]/g, (c) => TEXT_ESCAPES[c]);
const attribute = (value: string | number) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** An element with its attributes in order (undefined ones left out) and its content. */
function el(name: string, attributes: Record<string, Value>, ...content: string[]): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) open += ` ${key}="${attribute(value)}"`;
  }
  return `${open}>${content.join('')}</${name}>`;
}

const SHAPES: Record<string, 'full' | 'half' | 'cross' | 'ring' | 'dash'> = {
  'helt-uppfyllt': 'full',
  genomford: 'full',
  'delvis-uppfyllt': 'half',
  pagaende: 'half',
  'ej-uppfyllt': 'cross',
  forsenad: 'cross',
  'gar-ej-att-mata': 'ring',
  planerad: 'ring',
};

/**
 * The shape that goes with a status, centred on (x, y): filled = helt uppfyllt/genomförd,
 * half = delvis/pågående, cross = ej uppfyllt/försenad, dashed ring = går ej att mäta/
 * planerad, dash = no status. Shape and word carry the status; colour only supports them.
 */
export function statusShapeSvg(status: string, x = 0, y = 0, r = 5): string {
  const d = r * 0.55;
  const shape = SHAPES[status] ?? 'dash';
  const inner =
    shape === 'full'
      ? el('circle', { class: 'shape-fill', cx: x, cy: y, r })
      : shape === 'half'
        ? el('circle', { class: 'shape', cx: x, cy: y, r }) +
          el('path', { class: 'shape-fill', d: `M${x},${y - r} A${r},${r} 0 0 0 ${x},${y + r} Z` })
        : shape === 'cross'
          ? el('circle', { class: 'shape', cx: x, cy: y, r }) +
            el('path', {
              class: 'shape-line',
              d: `M${x - d},${y - d} L${x + d},${y + d} M${x + d},${y - d} L${x - d},${y + d}`,
            })
          : shape === 'ring'
            ? el('circle', { class: 'shape shape-dashed', cx: x, cy: y, r })
            : el('path', { class: 'shape-line', d: `M${x - r},${y} L${x + r},${y}` });
  return el('g', { class: `st-${status}` }, inner);
}

const PATTERNS: Record<string, 'solid' | 'stripes' | 'hatch' | 'dots'> = {
  'helt-uppfyllt': 'solid',
  genomford: 'solid',
  'delvis-uppfyllt': 'stripes',
  pagaende: 'stripes',
  'ej-uppfyllt': 'hatch',
  forsenad: 'hatch',
  'gar-ej-att-mata': 'dots',
  planerad: 'dots',
};

/**
 * Fill patterns per status, so bars differ by pattern as well as colour: solid (helt
 * uppfyllt, genomförd), stripes (delvis, pågående), cross-hatch (ej uppfyllt, försenad),
 * dots (går ej att mäta, planerad), empty (no status). Ids are prefixed per chart.
 */
function patterns(prefix: string, statuses: readonly string[]): string {
  return el(
    'defs',
    {},
    ...statuses.map((status) => {
      const kind = PATTERNS[status];
      return el(
        'pattern',
        { id: `${prefix}-${status}`, class: `st-${status}`, width: '8', height: '8', patternUnits: 'userSpaceOnUse' },
        el('rect', { class: kind === 'solid' ? 'pat-solid' : 'pat-bg', width: '8', height: '8' }),
        kind === 'stripes' ? el('path', { class: 'pat-line', d: 'M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6' }) : '',
        kind === 'hatch' ? el('path', { class: 'pat-line', d: 'M0,0 L8,8 M8,0 L0,8' }) : '',
        kind === 'dots' ? el('circle', { class: 'pat-dot', cx: '4', cy: '4', r: '1.6' }) : '',
      );
    }),
  );
}

/**
 * The outer <svg> of every chart: an image with its accessible name and description. As a
 * file of its own it also carries its styles, its title above and its source below.
 */
function frame(
  spec: ChartSpec,
  drawing: ChartDrawing,
  height: number,
  className: string,
  options: ChartSvgOptions,
  body: string,
): string {
  const { width } = drawing;
  const ids = { title: `${drawing.idPrefix}-titel`, desc: `${drawing.idPrefix}-beskrivning` };
  const title = fullTitle(spec);
  const standalone = options.standalone
    ? standaloneFrame(
        width,
        height,
        title,
        spec.notes ?? (spec.source ? [`${options.words.source}: ${spec.source.text}`] : []),
      )
    : undefined;
  return el(
    'svg',
    {
      xmlns: standalone ? 'http://www.w3.org/2000/svg' : undefined,
      class: `chart-svg ${className} ${drawing.variant}${standalone ? ' chart-standalone' : ''}`,
      viewBox: standalone ? standalone.viewBox : `0 0 ${width} ${height}`,
      width: standalone?.pixelWidth,
      role: 'img',
      'aria-labelledby': `${ids.title} ${ids.desc}`,
    },
    el('title', { id: ids.title }, text(title)),
    el('desc', { id: ids.desc }, text(spec.summary)),
    standalone ? `<style>${options.css ?? ''}</style>` : '',
    standalone ? el('rect', { class: 'chart-background', ...standalone.box }) : '',
    ...(standalone?.titleLines.map((l) => el('text', { class: 'chart-heading', x: '0', y: l.y }, text(l.line))) ?? []),
    body,
    ...(standalone?.sourceLines.map((l) =>
      el(
        'text',
        { class: spec.example && l.note === 0 ? 'chart-heading' : 'chart-tick', x: '0', y: l.y },
        text(l.line),
      ),
    ) ?? []),
  );
}

/** Bars per status; geometry from `barLayout`. */
function bars(spec: BarChartSpec, drawing: ChartDrawing, options: ChartSvgOptions): string {
  const layout = barLayout(spec.groups, drawing.width, spec.scaleMax);
  const statuses = [...new Set(spec.groups.flatMap((g) => g.bars.map((b) => b.key)))];
  const body =
    patterns(drawing.idPrefix, statuses) +
    layout.groups
      .map((group) =>
        el(
          'g',
          {},
          group.label ? el('text', { class: 'chart-group', x: '0', y: group.labelY }, text(group.label)) : '',
          ...group.bars.map((bar) =>
            el(
              'g',
              { class: `st-${bar.key}` },
              statusShapeSvg(bar.key, 6, bar.iconY),
              el('text', { x: bar.labelX, y: bar.labelY }, text(bar.label)),
              el('rect', {
                class: 'bar',
                x: '0.75',
                y: bar.barY,
                width: bar.barWidth,
                height: bar.barHeight,
                fill: `url(#${drawing.idPrefix}-${bar.key})`,
                'data-value': bar.value,
              }),
              el(
                'text',
                { class: 'chart-value', x: bar.valueX, y: bar.valueY },
                text(formatChartNumber(spec, bar.value)),
              ),
            ),
          ),
        ),
      )
      .join('');
  return frame(spec, drawing, layout.height, 'chart-bars', options, body);
}

/**
 * One value against its target: a bar patterned by its status from zero to the value, the
 * target as a dashed level across it with "Mål 95 %" written over it, the value under the
 * bar's end, and the status by word and shape. Geometry from `valueLayout`.
 */
function valueBar(spec: ValueChartSpec, drawing: ChartDrawing, options: ChartSvgOptions): string {
  const { words } = options;
  const layout = valueLayout({
    value: spec.value,
    target: spec.target,
    formatValue: (value) => `${formatChartNumber(spec, value)}\u00a0${spec.unit}`,
    targetLabel: (formatted) => `${words.targetShort} ${formatted}`,
    width: drawing.width,
  });
  const { bar, target } = layout;
  const body =
    patterns(drawing.idPrefix, [spec.status]) +
    el('line', {
      class: 'axis',
      x1: layout.zeroX,
      x2: layout.zeroX,
      y1: bar.y - 4,
      y2: bar.y + bar.height + 4,
    }) +
    el(
      'g',
      { class: `st-${spec.status}` },
      el('rect', {
        class: 'bar',
        x: bar.x,
        y: bar.y,
        width: bar.width,
        height: bar.height,
        fill: `url(#${drawing.idPrefix}-${spec.status})`,
        'data-value': spec.value,
      }),
      el(
        'text',
        { class: 'chart-value', x: layout.value.x, y: layout.value.y, 'text-anchor': layout.value.anchor },
        text(layout.value.text),
      ),
      statusShapeSvg(spec.status, 7, layout.statusY - 5),
      el(
        'text',
        { x: '18', y: layout.statusY },
        `${text(spec.label)}: ${text(words.statusLabels[spec.status].toLowerCase())}`,
      ),
    ) +
    (target
      ? el(
          'g',
          { class: 'target-mark' },
          el('line', {
            class: 'target',
            x1: target.x,
            x2: target.x,
            y1: target.y1,
            y2: target.y2,
            'data-value': spec.target,
          }),
          el(
            'text',
            { class: 'chart-target-label', x: target.x, y: target.labelY, 'text-anchor': target.anchor },
            text(target.text),
          ),
        )
      : '');
  return frame(spec, drawing, layout.height, 'chart-value-target', options, body);
}

/**
 * Values over periods or years as lines, with targets as dashed levels; geometry from
 * `lineLayout`. Reported results are marked with their status shape; periods that could not
 * be measured are marked and named, never drawn as zero.
 */
function lines(spec: LineChartSpec, drawing: ChartDrawing, options: ChartSvgOptions): string {
  const { words } = options;
  const statuses = spec.statuses ? NYCKELTAL_STATUSES.filter((s) => Object.values(spec.statuses!).includes(s)) : [];
  const hasTargets = Object.keys(spec.targets).length > 0;
  const legend = [
    ...spec.series.map((s) => ({ kind: 'series' as const, role: s.role as string, label: s.name })),
    ...(spec.band ? [{ kind: 'band' as const, role: 'band', label: spec.band.name }] : []),
    ...(hasTargets ? [{ kind: 'target' as const, role: 'target', label: words.target }] : []),
    ...statuses.map((s) => ({ kind: 'status' as const, role: s as string, label: words.statusLabels[s] })),
  ];
  const layout = lineLayout({
    x: spec.x,
    series: spec.series.map((s) => ({ key: s.key, name: s.name, values: new Map(Object.entries(s.values)) })),
    targets: new Map(Object.entries(spec.targets)),
    band: spec.band && new Map(Object.entries(spec.band.values)),
    formatTick: (v) => formatNumber(v, spec.decimals),
    legendRows: legend.length,
    width: drawing.width,
    height: plotHeight(drawing.width),
  });
  /** The latest target is labelled on the chart itself, over its line, not only in the legend. */
  const lastTarget = layout.targets.at(-1);
  const roles = Object.fromEntries(spec.series.map((s) => [s.key, s.role]));
  /** Few points get their values written beside them; many would crowd, and the table has them all. */
  const labelPoints = spec.x.length <= 6;
  /** Where to write a point's value: above when it is the highest at its x, else below. */
  const labelDy = (seriesKey: string, key: string, value: number) =>
    layout.series
      .filter((s) => s.key !== seriesKey)
      .flatMap((s) => s.points.filter((p) => p.key === key))
      .some((p) => p.value > value)
      ? 17
      : -9;

  const legendItem = (item: (typeof legend)[number], i: number) => {
    const y = layout.legend[i].y;
    const mark =
      item.kind === 'series'
        ? el('path', { class: `line line-${item.role}`, d: `M0,${y} H26` }) +
          (item.role === 'result'
            ? ''
            : item.role === 'country'
              ? el('rect', { class: `point-${item.role}`, x: '9', y: y - 3.5, width: '7', height: '7' })
              : el('circle', { class: `point-${item.role}`, cx: '13', cy: y, r: '3.5' }))
        : item.kind === 'target'
          ? el('path', { class: 'target', d: `M0,${y} H26` })
          : item.kind === 'band'
            ? el('rect', { class: 'band', x: '0', y: y - 6, width: '26', height: '12', fill: '#d9e3ec' })
            : statusShapeSvg(item.role, 13, y);
    return el('g', {}, mark, el('text', { x: '34', y: y + 4.5 }, text(item.label)));
  };

  const point = (seriesKey: string, p: (typeof layout.series)[number]['points'][number]) => {
    const role = roles[seriesKey];
    const status = spec.statuses?.[p.key];
    const mark = status
      ? el('g', { 'data-value': p.value }, statusShapeSvg(status, p.x, p.y, 6))
      : role === 'country'
        ? el('rect', { class: 'point-country', x: p.x - 3, y: p.y - 3, width: '6', height: '6', 'data-value': p.value })
        : el('circle', { class: `point-${role}`, cx: p.x, cy: p.y, r: '3', 'data-value': p.value });
    const label = formatChartNumber(spec, p.value);
    return el(
      'g',
      {},
      mark,
      labelPoints
        ? el(
            'text',
            {
              class: 'chart-value',
              x: p.x,
              y: p.y + labelDy(seriesKey, p.key, p.value),
              'text-anchor': anchorFor(p.x, [label], layout.width),
            },
            text(label),
          )
        : '',
    );
  };

  const body =
    el('g', { class: 'legend' }, ...legend.map(legendItem)) +
    el('text', { class: 'chart-unit', x: '0', y: layout.unitY }, text(spec.unit)) +
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
    ) +
    (layout.band
      ? el(
          'g',
          { class: 'band' },
          el('path', { class: 'band', d: layout.band.path, fill: '#d9e3ec' }),
          ...layout.band.ends.map(
            (end) =>
              el('line', {
                x1: end.x - 3,
                x2: end.x + 3,
                y1: end.yLow,
                y2: end.yLow,
                stroke: '#7f8c99',
                'data-value': end.low,
              }) +
              el('line', {
                x1: end.x - 3,
                x2: end.x + 3,
                y1: end.yHigh,
                y2: end.yHigh,
                stroke: '#7f8c99',
                'data-value': end.high,
              }),
          ),
        )
      : '') +
    el(
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
    ) +
    layout.series
      .map((series) =>
        el(
          'g',
          { class: `series series-${roles[series.key]}` },
          el('path', { class: `line line-${roles[series.key]}`, d: series.path }),
          ...series.gaps.map((gap) =>
            el(
              'g',
              { class: 'gap' },
              el('line', { class: 'gap-line', x1: gap.x, x2: gap.x, y1: layout.plot.top, y2: layout.plot.bottom }),
              el(
                'text',
                {
                  class: 'chart-tick',
                  x: gap.x,
                  y: layout.plot.top - 4,
                  'text-anchor': anchorFor(gap.x, [words.notMeasurable], layout.width),
                },
                text(words.notMeasurable),
              ),
            ),
          ),
          ...series.points.map((p) => point(series.key, p)),
        ),
      )
      .join('');
  return frame(spec, drawing, layout.height, 'chart-lines', options, body);
}

/** The drawing of any chart spec, at the narrow width unless `options.width` says otherwise. */
export function chartSvg(spec: ChartSpec, options: ChartSvgOptions): string {
  const width = options.width ?? CHART_WIDTH;
  const drawing: ChartDrawing = {
    width,
    idPrefix: width === CHART_WIDTH ? spec.id : `${spec.id}-bred`,
    variant: width === CHART_WIDTH ? 'chart-narrow' : 'chart-wide',
  };
  return spec.kind === 'bars'
    ? bars(spec, drawing, options)
    : spec.kind === 'value'
      ? valueBar(spec, drawing, options)
      : lines(spec, drawing, options);
}
