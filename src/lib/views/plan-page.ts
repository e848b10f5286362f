/**
 * What a plan's page shows, shaped once from the catalog: its items and their counts, which
 * follow-ups are reported, the newest reported summary with the report
 * and date it comes from, its reports, how statuses moved, and its activities. The page only
 * lays this out (its charts are described in `#lib/charts/`, a layer above this one).
 */
import { type Catalog, type Entry, entries } from '#lib/core/catalog.ts';
import { formatCount } from '#lib/core/format.ts';
import { planYears } from '#lib/core/titles.ts';
import { planTransitions, reportsOfPlan } from './period-diff.ts';
import { groupByStrategy, planItemRows, planWords, statedContents } from './plan-view.ts';
import { planSummaries } from './status-summary.ts';

export function planPage(catalog: Catalog, plan: Entry<'plans'>) {
  const words = planWords(plan);
  const rows = planItemRows(catalog, plan.id);
  const summaries = planSummaries(catalog, plan.id);
  const reports = reportsOfPlan(catalog, plan.id);
  const latestSummary = summaries.filter((s) => s.reported).at(-1);
  const ofLatest = reports.filter((r) => r.data.period.id === latestSummary?.period.id);
  return {
    words,
    rows,
    groups: groupByStrategy(catalog, rows),
    /** "38 uppdrag", "23 nyckeltal": the kinds of item the plan has, counted. */
    counts: (['uppdrag', 'nyckeltal'] as const)
      .map((c) => ({ count: rows.filter((r) => r.collection === c).length, word: words[c] }))
      .filter((c) => c.count > 0)
      .map((c) => formatCount(c.count, c.word)),
    summaries,
    /** How many of the plan's follow-ups are reported. */
    reportedCount: summaries.filter((s) => s.reported).length,
    moves: planTransitions(catalog, plan.id),
    reports,
    latestSummary,
    /** The report of the newest reported follow-up, and the date it was reported (the newest dated one). */
    latestReport: ofLatest.at(-1),
    /**
     * When no item of the plan has a status here (none is published, as in a build without
     * examples), the reports on its newest follow-up: they say how it went in their own words.
     */
    statedReports: latestSummary ? [] : reports.filter((r) => r.data.period.id === reports.at(-1)?.data.period.id),
    reportedOn: ofLatest.findLast((r) => r.data.date)?.data.date ?? undefined,
    activities: entries(catalog, 'activities').filter((a) => a.data.plan.id === plan.id),
    statedParts: statedContents(plan),
    years: planYears(plan.data),
  };
}
