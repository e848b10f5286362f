/**
 * The organisation among its peers (a region among all regions, a kommun among all kommuner
 * or those of its county), per year: the median and the spread (lowest to highest) that the
 * chart draws as a band behind the organisation's and the country's lines, and its rank,
 * counted so that place 1 is the best by the nyckeltal's direction. Named for regions, the
 * first peers it compared; the functions take any group of areas.
 */
import { max, median, min } from 'd3-array';

export interface AreaSeries {
  area: string;
  name: string;
  values: readonly { year: number; value: number | null }[];
}

export interface YearBand {
  year: number;
  /** How many regions have a value that year. */
  count: number;
  low: number;
  median: number;
  high: number;
}

/** Per year with at least one regional value: the median and the lowest and highest value of the regions. */
export function regionBands(regions: readonly AreaSeries[]): YearBand[] {
  const byYear = new Map<number, number[]>();
  for (const region of regions) {
    for (const { year, value } of region.values) {
      if (value === null) continue;
      if (!byYear.has(year)) byYear.set(year, []);
      byYear.get(year)!.push(value);
    }
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, values]) => ({
      year,
      count: values.length,
      low: min(values)!,
      median: median(values)!,
      high: max(values)!,
    }));
}

export interface Rank {
  year: number;
  /** 1 is the best: the lowest value when lower is better, else the highest. */
  place: number;
  of: number;
  value: number;
}

/**
 * The region's place among the regions with a value that year. Regions with the same value
 * share a place; place = 1 + how many regions did strictly better.
 */
export function regionRank(
  regions: readonly AreaSeries[],
  area: string,
  year: number,
  direction: 'higher' | 'lower',
): Rank | undefined {
  const valueOf = (r: AreaSeries) => r.values.find((v) => v.year === year)?.value ?? null;
  const own = regions.find((r) => r.area === area);
  const value = own && valueOf(own);
  if (value === null || value === undefined) return undefined;
  const others = regions.map(valueOf).filter((v): v is number => v !== null);
  const better = others.filter((v) => (direction === 'lower' ? v < value : v > value)).length;
  return { year, place: better + 1, of: others.length, value };
}

/** The latest year the region has a value and a rank. */
export function latestRank(
  regions: readonly AreaSeries[],
  area: string,
  direction: 'higher' | 'lower',
): Rank | undefined {
  const own = regions.find((r) => r.area === area);
  const years = (own?.values ?? [])
    .filter((v) => v.value !== null)
    .map((v) => v.year)
    .sort((a, b) => b - a);
  return years.length > 0 ? regionRank(regions, area, years[0], direction) : undefined;
}

/** Every region's value in one year, best place first (the table beside the chart). */
export function rankedRegions(
  regions: readonly AreaSeries[],
  year: number,
  direction: 'higher' | 'lower',
): { area: string; name: string; value: number; place: number }[] {
  return regions
    .flatMap((r) => {
      const rank = regionRank(regions, r.area, year, direction);
      return rank ? [{ area: r.area, name: r.name, value: rank.value, place: rank.place }] : [];
    })
    .sort((a, b) => a.place - b.place || a.name.localeCompare(b.name, 'sv'));
}
