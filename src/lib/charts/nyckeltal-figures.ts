/**
 * What a nyckeltal's page draws: its charts and its place among the other regions or kommuner.
 * Made in this layer, above the views, and handed to `nyckeltalPage` (`#lib/views/nyckeltal-page.ts`)
 * as plain data, so that the page's view-model decides what to say about them.
 */
import type { Catalog, Entry } from '#lib/core/catalog.ts';
import type { NyckeltalFigures } from '#lib/views/nyckeltal-page.ts';
import { comparedPeers, countyPeers, type Peers } from '#lib/views/nyckeltal-view.ts';
import type { ChartSpec } from './chart-spec.ts';
import { nyckeltalResultChart, seriesChart } from './nyckeltal-charts.ts';
import { latestRank, rankedRegions } from './region-comparison.ts';

export function nyckeltalFigures(
  catalog: Catalog,
  entry: Entry<'nyckeltal'>,
  peers: Peers,
): NyckeltalFigures<ChartSpec> {
  const { direction } = entry.data;
  const regions = comparedPeers(entry, peers);
  const rank = regions && latestRank(regions, peers.kolada.id, direction);
  // A kommun is also ranked among the kommuner of its county, in the same year.
  const county = countyPeers(regions, peers);
  return {
    result: nyckeltalResultChart(catalog, entry),
    series: seriesChart(entry, peers),
    ranking:
      regions && rank
        ? {
            year: rank.year,
            all: rankedRegions(regions, rank.year, direction),
            county: county ? rankedRegions(county, rank.year, direction) : [],
          }
        : undefined,
  };
}
