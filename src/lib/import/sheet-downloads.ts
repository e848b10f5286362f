/**
 * The report sheets the site offers for download (`npm run rapportmall` writes the same
 * workbook): for each plan in use, its current period (the newest one a report has followed
 * up) and the next one, so that staff without a terminal can fetch the sheet to fill in.
 * Older plans get none: their periods are reported.
 */
import { type Catalog, type Entry, entries, resolve } from '#lib/core/catalog.ts';
import { periodLabel } from '#lib/core/titles.ts';
import { latestFollowedUpPlans } from '#lib/content/plan-order.ts';

/** Where the sheets are written. */
export const SHEETS_PATH = '/rapportmallar/';

export interface SheetDownload {
  plan: string;
  planTitle: string;
  period: string;
  /** `per augusti 2024` */
  periodLabel: string;
  /** The period last reported, or the one after it. */
  role: 'current' | 'next';
  /** `/rapportmallar/<plan>-<period>.xlsx`, the name the command line gives the file. */
  href: string;
}

/** A plan's periods in the order they end. */
function periodsOf(catalog: Catalog, plan: Entry<'plans'>): Entry<'periods'>[] {
  return plan.data.periods
    .flatMap((ref) => resolve(catalog, ref) ?? [])
    .sort((a, b) => a.data.endDate.localeCompare(b.data.endDate));
}

/** Every sheet offered, plan by plan (in use, in the order of `latestFollowedUpPlans`), current before next. */
export function sheetDownloads(catalog: Catalog): SheetDownload[] {
  const reported = new Set(
    entries(catalog, 'reports').map((report) => `${report.data.plan.id}/${report.data.period.id}`),
  );
  return latestFollowedUpPlans(catalog)
    .flatMap(({ plan, newer }) => [...newer, plan])
    .flatMap((plan) => {
      const periods = periodsOf(catalog, plan);
      const last = periods.findLastIndex((period) => reported.has(`${plan.id}/${period.id}`));
      const chosen = [
        ...(last >= 0 ? [{ period: periods[last], role: 'current' as const }] : []),
        ...(last + 1 < periods.length ? [{ period: periods[last + 1], role: 'next' as const }] : []),
      ];
      return chosen.map(({ period, role }) => ({
        plan: plan.id,
        planTitle: plan.data.title,
        period: period.id,
        periodLabel: periodLabel(period),
        role,
        href: `${SHEETS_PATH}${plan.id}-${period.id}.xlsx`,
      }));
    });
}
