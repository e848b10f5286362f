/**
 * The charts of a page, made from what its view-model chose: view-models sit below the charts
 * in the layers, so a page asks here for its charts in one call.
 */
import type { Catalog, Entry } from '#lib/core/catalog.ts';
import { withSharedScale } from './chart-spec.ts';
import { activitiesChart, planStatusChart, reportStatusChart } from './status-charts.ts';

/** A plan's status charts on one shared scale, and a chart per set of its activities. */
export function planPageCharts(catalog: Catalog, plan: Entry<'plans'>, activities: readonly Entry<'activities'>[]) {
  return {
    status: withSharedScale(
      [planStatusChart(catalog, plan, 'uppdrag'), planStatusChart(catalog, plan, 'nyckeltal')].filter(
        (c) => c !== undefined,
      ),
    ),
    activities: activities.map((a) => activitiesChart(catalog, a)),
  };
}

/** A report's status snapshot, and a chart per set of activities it counts. */
export function reportPageCharts(
  catalog: Catalog,
  report: Entry<'reports'>,
  activities: readonly Entry<'activities'>[],
) {
  return {
    status: reportStatusChart(catalog, report),
    activities: activities.flatMap((a) => activitiesChart(catalog, a) ?? []),
  };
}
