import { describe, expect, it } from 'vitest';
import { latestRank, regionBands, regionRank } from '#lib/charts/region-comparison.ts';

const series = (area: string, values: [number, number | null][]) => ({
  area,
  name: area,
  values: values.map(([year, value]) => ({ year, value })),
});
const regions = [
  series('a', [
    [2020, 10],
    [2021, 30],
  ]),
  series('b', [
    [2020, 20],
    [2021, null],
  ]),
  series('c', [
    [2020, 40],
    [2021, 10],
  ]),
  series('d', [[2020, 20]]),
];

describe('regionBands', () => {
  it('gives per year the median, the lowest and the highest of the regions with a value, skipping nulls', () => {
    expect(regionBands(regions)).toEqual([
      { year: 2020, count: 4, low: 10, median: 20, high: 40 },
      { year: 2021, count: 2, low: 10, median: 20, high: 30 },
    ]);
  });
});

describe('regionRank', () => {
  it('counts place 1 as the best by the direction, and lets equal values share a place', () => {
    expect(regionRank(regions, 'a', 2020, 'lower')).toEqual({ year: 2020, place: 1, of: 4, value: 10 });
    expect(regionRank(regions, 'a', 2020, 'higher')).toEqual({ year: 2020, place: 4, of: 4, value: 10 });
    expect(regionRank(regions, 'b', 2020, 'lower')!.place).toBe(2);
    expect(regionRank(regions, 'd', 2020, 'lower')!.place).toBe(2);
    expect(regionRank(regions, 'b', 2021, 'lower')).toBeUndefined();
  });

  it('ranks the latest year the region has a value', () => {
    expect(latestRank(regions, 'a', 'lower')).toEqual({ year: 2021, place: 2, of: 2, value: 30 });
    expect(latestRank(regions, 'b', 'lower')).toMatchObject({ year: 2020 });
  });
});
