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
import { barLayout, CHART_WIDTH, valueLayout } from './chart-scales.ts';
import {
  type BarChartSpec,
  type ChartDrawing,
  type ChartSpec,
  formatChartNumber,
  type ValueChartSpec,
} from './charts.ts';
import { type ChartSvgOptions, frame } from './chart-frame.ts';
import { lines } from './line-chart-svg.ts';
import { patterns, statusShapeSvg } from './status-marks.ts';
import { el, text } from './svg-markup.ts';

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
