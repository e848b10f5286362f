/**
 * The start page's answer: the newest followed-up plan's status as headline numbers, with
 * when it was followed up, when it was published and which follow-up comes next, and the
 * plans that have no follow-up yet, which go lower on the page under their own heading.
 */
import { type Catalog, type Entry, resolve } from '#lib/core/catalog.ts';
import { NYCKELTAL_STATUSES, type NyckeltalStatus, UPPDRAG_STATUSES } from '../../schemas/index.ts';
import { reportsOfPlan } from './period-diff.ts';
import { latestFollowedUpPlans } from '#lib/content/plan-order.ts';
import { periodsInOrder, planSummary } from './status-summary.ts';

/** One big number of the headline: "7 av 23 nyckeltal helt uppfyllda". */
export interface HeadlineFigure {
  status: NyckeltalStatus;
  count: number;
}

export interface StartHeadline {
  plan: Entry<'plans'>;
  /** The report the figures are quoted from (the newest on the latest followed-up period). */
  report: Entry<'reports'>;
  period: Entry<'periods'>;
  /** The newest date a report on that period was published, when any report has one. */
  published: string | undefined;
  /** The plan's next follow-up after `period`, if its follow-up plan names one. */
  next: Entry<'periods'> | undefined;
  nyckeltal: { total: number; figures: HeadlineFigure[] };
  uppdrag: { total: number; figures: HeadlineFigure[] };
  /**
   * The reports on that period, oldest first: when none of the plan's items is published here
   * (a build without examples), their own summaries say how it went instead of the figures.
   */
  reports: Entry<'reports'>[];
}

const figures = <S extends NyckeltalStatus>(
  counts: Partial<Record<S, number>>,
  order: readonly S[],
): HeadlineFigure[] => order.map((status) => ({ status, count: counts[status] ?? 0 }));

/**
 * The plan whose latest follow-up is the newest (by the period's last day, then by report
 * date), with its figures at that follow-up; undefined when no plan has a report yet.
 */
export function startHeadline(catalog: Catalog): StartHeadline | undefined {
  const candidates = latestFollowedUpPlans(catalog).flatMap(({ plan }) => {
    const reports = reportsOfPlan(catalog, plan.id);
    const report = reports.at(-1);
    const period = report && resolve(catalog, report.data.period);
    return report && period ? [{ plan, report, period, reports }] : [];
  });
  candidates.sort(
    (a, b) =>
      b.period.data.endDate.localeCompare(a.period.data.endDate) ||
      (b.report.data.date ?? '').localeCompare(a.report.data.date ?? ''),
  );
  const newest = candidates[0];
  if (!newest) return undefined;
  const { plan, report, period, reports } = newest;
  const published = reports
    .flatMap((r) => (r.data.period.id === period.id && r.data.date ? [r.data.date] : []))
    .sort()
    .at(-1);
  const periods = periodsInOrder(catalog, plan.data.periods);
  const next = periods.find((p) => p.data.endDate > period.data.endDate);
  const summary = planSummary(catalog, plan.id, period.id);
  return {
    plan,
    report,
    period,
    published,
    next,
    nyckeltal: { total: summary.nyckeltal.total, figures: figures(summary.nyckeltal.counts, NYCKELTAL_STATUSES) },
    uppdrag: { total: summary.uppdrag.total, figures: figures(summary.uppdrag.counts, UPPDRAG_STATUSES) },
    reports: reports.filter((r) => r.data.period.id === period.id),
  };
}

/**
 * Plans with no follow-up yet: each body's plans newer than its latest followed-up one, and
 * a body's newest plan when none of its plans has been followed up.
 */
export function plansNotFollowedUp(catalog: Catalog): Entry<'plans'>[] {
  const reported = (plan: Entry<'plans'>) => reportsOfPlan(catalog, plan.id).length > 0;
  return latestFollowedUpPlans(catalog).flatMap(({ plan, newer }) => [...newer, ...(reported(plan) ? [] : [plan])]);
}

/** Followed-up plans other than the headline's, each with its latest report. */
export function otherFollowedUpPlans(catalog: Catalog, headline: StartHeadline | undefined) {
  return latestFollowedUpPlans(catalog).flatMap(({ plan }) => {
    const latest = reportsOfPlan(catalog, plan.id).at(-1);
    return latest && plan.id !== headline?.plan.id ? [{ plan, latest }] : [];
  });
}

/** The region's economic result as the newest document that gives it states it. */
export interface EconomyFact {
  document: Entry<'documents'>;
  until: string;
  result: number;
  againstBudget: number;
}

/** The newest document (by its date) that states the region's economic result; undefined when none does. */
export function latestEconomy(catalog: Catalog): EconomyFact | undefined {
  const stated = [...catalog.documents.values()]
    .flatMap((document) => (document.data.economy ? [{ document, ...document.data.economy }] : []))
    .sort((a, b) => b.document.data.date.localeCompare(a.document.data.date));
  return stated[0];
}

/**
 * Days after a period's end by which its report is expected. The delårsrapport per augusti
 * and the tertialrapport per april reach the board within about two months; past that, the
 * page says plainly that the follow-up is not published here rather than imply it is current.
 */
export const EXPECTED_REPORT_DAYS = 75;

/** True when `today` (YYYY-MM-DD) is past the day the period's report was expected. */
export function isOverdue(period: Entry<'periods'>, today: string): boolean {
  const expected = new Date(`${period.data.endDate}T00:00:00Z`);
  expected.setUTCDate(expected.getUTCDate() + EXPECTED_REPORT_DAYS);
  return today > expected.toISOString().slice(0, 10);
}
