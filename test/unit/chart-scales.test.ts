/** Chart geometry: scales, ticks and paths, checked without drawing. */
import { describe, expect, it } from 'vitest';
import {
  CHART_WIDTH,
  anchorFor,
  barLayout,
  lineLayout,
  splitLabel,
  standaloneFrame,
  valueLayout,
  wrapText,
  xLabelStep,
} from '#lib/charts/chart-scales.ts';
import { formatNumber } from '#lib/core/format.ts';

describe('barLayout', () => {
  const groups = [
    {
      key: 'u',
      label: 'Uppdrag',
      bars: [
        { key: 'a', label: 'A', value: 2 },
        { key: 'b', label: 'B', value: 35 },
        { key: 'c', label: 'C', value: 0 },
      ],
    },
    { key: 'n', label: 'Nyckeltal', bars: [{ key: 'a', label: 'A', value: 7 }] },
  ];
  const layout = barLayout(groups);

  it('scales bars linearly from zero so the largest fills the room left for its value', () => {
    const [a, b, c] = layout.groups[0].bars;
    expect(b.valueX).toBeLessThan(CHART_WIDTH);
    expect(b.barWidth).toBeGreaterThan(CHART_WIDTH * 0.8);
    expect(b.valueX).toBeGreaterThan(b.barWidth);
    expect(a.barWidth).toBeCloseTo((2 / 35) * b.barWidth, 0);
    expect(c.barWidth).toBe(0);
    expect(c.valueX).toBeGreaterThan(0);
  });

  it('stacks groups and bars downwards without overlap and reports the height used', () => {
    const tops = layout.groups.flatMap((g) => g.bars.map((b) => b.barY));
    expect([...tops].sort((x, y) => x - y)).toEqual(tops);
    expect(new Set(tops).size).toBe(tops.length);
    expect(layout.groups[1].labelY).toBeGreaterThan(tops[2]);
    expect(layout.height).toBeGreaterThan(tops.at(-1)!);
  });

  it('draws bars of charts shown together on one scale when given the shared largest value', () => {
    const small = barLayout([{ key: 'n', bars: [{ key: 'a', label: 'A', value: 8 }] }], CHART_WIDTH, 35);
    const large = barLayout(groups, CHART_WIDTH, 35);
    expect(small.groups[0].bars[0].barWidth).toBeCloseTo((8 / 35) * large.groups[0].bars[1].barWidth, 0);
  });

  it('draws all-zero counts without dividing by zero', () => {
    const zero = barLayout([{ key: 'x', bars: [{ key: 'a', label: 'A', value: 0 }] }]);
    expect(zero.groups[0].bars[0].barWidth).toBe(0);
    expect(zero.groups[0].labelY).toBeUndefined();
  });
});

describe('lineLayout', () => {
  const x = ['2020', '2021', '2022', '2023'].map((key) => ({ key, label: key }));
  const series = [
    {
      key: 'region',
      name: 'Region',
      values: new Map<string, number | null>([
        ['2020', 4100],
        ['2021', null],
        ['2022', 5562.7],
        ['2023', 5600],
      ]),
    },
    {
      key: 'riket',
      name: 'Riket',
      values: new Map<string, number | null>([
        ['2021', 4900],
        ['2022', 5265],
      ]),
    },
  ];
  const layout = lineLayout({
    x,
    series,
    targets: new Map([['2023', 6100]]),
    formatTick: (v) => formatNumber(v, 0),
    legendRows: 3,
  });

  it('starts the y scale at zero and ends on a nice tick above every value and target', () => {
    const values = layout.yTicks.map((t) => t.value);
    expect(values[0]).toBe(0);
    expect(values.at(-1)!).toBeGreaterThanOrEqual(6100);
    const steps = new Set(values.slice(1).map((v, i) => v - values[i]));
    expect(steps.size).toBe(1);
    expect(layout.yTicks.map((t) => t.label.replace(/\s/g, ' '))).toContain('2 000');
  });

  it('draws higher values higher up, inside the plot', () => {
    const [low, high] = [layout.series[0].points[0], layout.series[0].points[2]];
    expect(high.y).toBeLessThan(low.y);
    for (const point of layout.series.flatMap((s) => s.points)) {
      expect(point.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(point.y).toBeLessThanOrEqual(layout.plot.bottom);
      expect(point.x).toBeGreaterThan(layout.plot.left);
      expect(point.x).toBeLessThan(layout.plot.right);
    }
    expect(layout.zeroY).toBe(layout.plot.bottom);
  });

  it('breaks the line where a value is missing and marks the gap, never drawing a zero', () => {
    const region = layout.series[0];
    expect(region.points.map((p) => p.key)).toEqual(['2020', '2022', '2023']);
    expect(region.path.match(/M/g)).toHaveLength(2);
    expect(region.gaps.map((g) => g.key)).toEqual(['2021']);
    expect(layout.series[1].gaps).toEqual([]);
  });

  it('draws a target as a level across its position', () => {
    expect(layout.targets).toHaveLength(1);
    const [target] = layout.targets;
    const at = layout.xTicks.find((t) => t.key === '2023')!.x;
    expect(target.x1).toBeLessThan(at);
    expect(target.x2).toBeGreaterThan(at);
    expect(target.y).toBeLessThan(layout.series[0].points.at(-1)!.y);
  });

  it('makes room above the plot for the legend rows', () => {
    expect(layout.legend).toHaveLength(3);
    expect(layout.plot.top).toBeGreaterThan(layout.legend.at(-1)!.y);
  });
});

describe('x labels', () => {
  it('split long period names over two lines', () => {
    expect(splitLabel('Per april 2024')).toEqual(['Per april', '2024']);
    expect(splitLabel('2024')).toEqual(['2024']);
  });

  it('skip labels so that they do not overlap, keeping the last', () => {
    const years = Array.from({ length: 21 }, (_, i) => String(2002 + i));
    const layout = lineLayout({ x: years.map((y) => ({ key: y, label: y })), series: [], formatTick: String });
    const shown = layout.xTicks.filter((t) => t.shown);
    expect(shown.at(-1)!.key).toBe('2022');
    expect(shown.length).toBeLessThan(years.length);
    const gaps = shown.slice(1).map((t, i) => t.x - shown[i].x);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(4 * 8);
    expect(xLabelStep(['2002', '2003'], 100)).toBe(1);
  });

  it('keep labels inside the chart at its edges', () => {
    expect(anchorFor(150, ['Per april'], 300)).toBe('middle');
    expect(anchorFor(295, ['5 562,7'], 300)).toBe('end');
    expect(anchorFor(5, ['2002'], 300)).toBe('start');
  });
});

describe('charts saved as files', () => {
  it('wrap text at word boundaries within the width', () => {
    expect(wrapText('Regionstyrelsens plan och budget 2024: Uppdrag per status', 20)).toEqual([
      'Regionstyrelsens',
      'plan och budget',
      '2024: Uppdrag per',
      'status',
    ]);
    expect(wrapText('kort', 20)).toEqual(['kort']);
  });

  it('make room for the title above and the source below, inside the view box', () => {
    const frame = standaloneFrame(
      300,
      200,
      'Regionstyrelsens plan och budget 2024: Uppdrag och nyckeltal per status, per april 2024',
      ['EXEMPEL – påhittade värden', 'Källa: Kolada (N71007), hämtat augusti 2024 och en lång rad till'],
    );
    expect(frame.sourceLines[0]).toMatchObject({ line: 'EXEMPEL – påhittade värden', note: 0 });
    expect(frame.sourceLines.slice(1).every((l) => l.note === 1)).toBe(true);
    expect(frame.titleLines.length).toBeGreaterThan(1);
    expect(frame.titleLines[0].y).toBeGreaterThan(frame.box.y);
    expect(frame.titleLines.at(-1)!.y).toBeLessThan(0);
    expect(frame.sourceLines[0].y).toBeGreaterThan(200);
    expect(frame.sourceLines.at(-1)!.y).toBeLessThan(frame.box.y + frame.box.height);
    expect(frame.viewBox).toBe(`${frame.box.x} ${frame.box.y} ${frame.box.width} ${frame.box.height}`);
  });
});

describe('valueLayout', () => {
  const layout = valueLayout({
    value: 71,
    target: 95,
    formatValue: (v) => `${formatNumber(v, 0)} %`,
    targetLabel: (t) => `Mål ${t}`,
  });

  it('draws the value as a bar from zero and the target as a level further along the same scale', () => {
    expect(layout.bar.x).toBe(layout.zeroX);
    expect(layout.target!.x).toBeGreaterThan(layout.bar.x + layout.bar.width);
    const perUnit = layout.bar.width / 71;
    expect(layout.target!.x - layout.zeroX).toBeCloseTo(95 * perUnit, 0);
    expect(layout.target!.y1).toBeLessThan(layout.bar.y);
    expect(layout.target!.y2).toBeGreaterThan(layout.bar.y + layout.bar.height);
  });

  it('labels the target over its line and the value under the bar’s end, inside the width', () => {
    expect(layout.target!.labelY).toBeLessThan(layout.target!.y1);
    expect(layout.value.y).toBeGreaterThan(layout.target!.y2);
    expect(layout.value.x).toBe(layout.bar.x + layout.bar.width);
    expect([layout.value.text, layout.target!.text]).toEqual(['71 %', 'Mål 95 %']);
    expect(layout.target!.x).toBeLessThanOrEqual(layout.width);
    expect(layout.height).toBeGreaterThan(layout.statusY);
  });

  it('keeps labels at either edge from being cut off', () => {
    expect(valueLayout({ value: 100, target: 95, formatValue: String, targetLabel: String }).value.anchor).toBe('end');
    const low = valueLayout({ value: 100, target: 2, formatValue: String, targetLabel: (t) => `Mål ${t}` });
    expect(low.target!.anchor).toBe('start');
  });

  it('draws a value without a target, and a negative value leftwards from zero', () => {
    expect(valueLayout({ value: 5, formatValue: String, targetLabel: String }).target).toBeUndefined();
    const negative = valueLayout({ value: -4, target: 2, formatValue: String, targetLabel: String });
    expect(negative.bar.x).toBeLessThan(negative.zeroX);
    expect(negative.bar.x + negative.bar.width).toBeCloseTo(negative.zeroX, 0);
  });
});
