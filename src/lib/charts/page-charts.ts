/**
 * The charts of a page, made from what its view-model chose: view-models sit below the charts
 * in the layers, so a page asks here for its charts in one call, and hands a nyckeltal's
 * figures to `nyckeltalPage` (`#lib/views/nyckeltal-page.ts`) as plain data, so that the
 * view-model decides what to say about them.
 */
import type { Catalog, Entry } from '#lib/core/catalog.ts';
import type { Lang } from '#lib/i18n/index.ts';
import type { NyckeltalFigures } from '#lib/views/nyckeltal-page.ts';
import { comparedPeers, countyPeers, type Peers } from '#lib/views/nyckeltal-view.ts';
import type { StartCharts } from '#lib/views/start-page.ts';
import { otherFollowedUpPlans, startHeadline } from '#lib/views/start-view.ts';
import { type ChartSpec, withSharedScale } from './chart-spec.ts';
import { nyckeltalResultChart, seriesChart } from './nyckeltal-charts.ts';
import { latestRank, rankedRegions } from './region-comparison.ts';
import { activitiesChart, planStatusChart, reportStatusChart } from './status-charts.ts';

/** A plan's status charts on one shared scale, and a chart per set of its activities. */
export function planPageCharts(
  catalog: Catalog,
  plan: Entry<'plans'>,
  activities: readonly Entry<'activities'>[],
  lang: Lang,
) {
  return {
    status: withSharedScale(
      [planStatusChart(catalog, plan, 'uppdrag', lang), planStatusChart(catalog, plan, 'nyckeltal', lang)].filter(
        (c) => c !== undefined,
      ),
    ),
    activities: activities.map((a) => activitiesChart(catalog, a, lang)),
  };
}

/** A report's status snapshot, and a chart per set of activities it counts. */
export function reportPageCharts(
  catalog: Catalog,
  report: Entry<'reports'>,
  activities: readonly Entry<'activities'>[],
  lang: Lang,
) {
  return {
    status: reportStatusChart(catalog, report, lang),
    activities: activities.flatMap((a) => activitiesChart(catalog, a, lang) ?? []),
  };
}

/** A nyckeltal's result chart, its series and its place among the other regions or kommuner. */
export function nyckeltalFigures(
  catalog: Catalog,
  entry: Entry<'nyckeltal'>,
  peers: Peers,
  lang: Lang,
): NyckeltalFigures<ChartSpec> {
  const { direction } = entry.data;
  const regions = comparedPeers(entry, peers);
  const rank = regions && latestRank(regions, peers.kolada.id, direction);
  // A kommun is also ranked among the kommuner of its county, in the same year.
  const county = countyPeers(regions, peers);
  return {
    result: nyckeltalResultChart(catalog, entry, lang),
    series: seriesChart(entry, peers, lang),
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

/** The start page's status charts: the headline plan's latest follow-up, and each other followed-up plan's. */
export function startPageCharts(catalog: Catalog, lang: Lang): StartCharts<ChartSpec> {
  const headline = startHeadline(catalog);
  return {
    headline: headline && reportStatusChart(catalog, headline.report, lang),
    others: otherFollowedUpPlans(catalog, headline).map(({ latest }) => reportStatusChart(catalog, latest, lang)),
  };
}
