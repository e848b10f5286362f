/**
 * What the start page shows, shaped once from the catalog: the region's economy, the newest
 * followed-up plan's headline with its figures and dates, the other followed-up plans and the
 * plans not followed up yet. Its charts come from `startPageCharts`
 * (`#lib/charts/page-charts.ts`), which lies above this folder, as plain data.
 */
import { type Catalog, type Entry, resolve } from '#lib/core/catalog.ts';
import { EASY_READ_HREF, hrefFor } from '#lib/core/routes.ts';
import { periodLabel } from '#lib/core/titles.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { type Words, words as wordsIn } from '#lib/i18n/words.ts';
import { planItemRows, planWords } from './plan-view.ts';
import { reportSummaries } from './report-summaries.ts';
import {
  type HeadlineFigure,
  isOverdue,
  latestEconomy,
  otherFollowedUpPlans,
  plansNotFollowedUp,
  startHeadline,
  type StartHeadline,
} from './start-view.ts';

/** The start page's charts, made from the same headline and plans: the headline's, and one per other plan. */
export interface StartCharts<C> {
  headline: C | undefined;
  others: (C | undefined)[];
}

/** A figure with its words: `helt uppfyllda`, or `helt uppfyllt` for one. */
const counted = ({ status, count }: HeadlineFigure, w: Words) => {
  const label = w.labels.STATUS_COUNT_LABELS[status];
  return { status, count, label: count === 1 ? label.one : label.many };
};

const link = (entry: Entry<'plans' | 'reports' | 'documents'>) => ({ href: hrefFor(entry), title: entry.data.title });

/**
 * `today` (YYYY-MM-DD) is the build's day: a follow-up past its expected day is said to be
 * missing, not implied current.
 */
export function startPage<C>(catalog: Catalog, today: string, charts: StartCharts<C>, lang: Lang) {
  const w = wordsIn(lang);
  const t = w.m.pages.start;
  const { formatDate, formatNumber } = w.format;
  /** Items whose details are examples: a plan is marked where its items are listed. */
  const exampleItems = (planId: string) => planItemRows(catalog, planId).filter((row) => row.illustrative).length;
  const marked = (plan: Entry<'plans'>) => plan.data.illustrative !== undefined || exampleItems(plan.id) > 0;
  const bodyName = (plan: Entry<'plans'>) => resolve(catalog, plan.data.body)?.data.name;
  const economy = latestEconomy(catalog);
  const headline = startHeadline(catalog);
  return {
    economy: economy && {
      text: t.economy(
        formatDate(economy.until),
        formatNumber(economy.result, 0),
        formatNumber(-economy.againstBudget, 0),
      ),
      source: {
        ...link(economy.document),
        dnr: economy.document.data.dnr,
        date: formatDate(economy.document.data.date),
      },
    },
    headline: headline && headlineOf(headline, today, exampleItems(headline.plan.id), w),
    chart: charts.headline,
    others: otherFollowedUpPlans(catalog, headline).map(({ plan, latest }, i) => ({
      ...link(plan),
      marked: marked(plan),
      body: bodyName(plan),
      latest: link(latest),
      chart: charts.others[i],
    })),
    easyReadHref: EASY_READ_HREF,
    pending: plansNotFollowedUp(catalog).map((plan) => ({
      ...link(plan),
      illustrative: plan.data.illustrative !== undefined,
      body: bodyName(plan),
    })),
  };
}

/** The headline plan's figures and dates, in words; `examples` counts its items whose details are examples. */
function headlineOf(headline: StartHeadline, today: string, examples: number, w: Words) {
  const t = w.m.pages.start;
  const { capitalize, formatDate } = w.format;
  const { plan, report, period, published, next } = headline;
  const words = planWords(plan, w.lang);
  const overdue = next && isOverdue(next, today) ? next : undefined;
  /** Figures from the plan's items; without any published here, the reports' own words instead. */
  const figures = headline.nyckeltal.total + headline.uppdrag.total > 0;
  return {
    plan: { ...link(plan), marked: plan.data.illustrative !== undefined || examples > 0 },
    followedUp: t.followedUp(formatDate(period.data.endDate)),
    /** The day the follow-up was published, as the chart gives it. */
    published,
    publishedText: published ? formatDate(published) : w.m.source.dateMissing.toLowerCase(),
    next: next && !overdue ? t.next(periodLabel(next, w.lang)) : undefined,
    overdue: overdue && t.overdue(periodLabel(overdue, w.lang)),
    report: { ...link(report), dnr: report.data.dnr },
    figures,
    period: capitalize(periodLabel(period, w.lang)),
    ofNyckeltal: t.ofNyckeltal(headline.nyckeltal.total, words.nyckeltal.many),
    nyckeltal: headline.nyckeltal.figures.map((figure) => counted(figure, w)),
    examples: examples > 0,
    ofUppdrag: t.ofUppdrag(headline.uppdrag.total, words.uppdrag.many),
    uppdrag: headline.uppdrag.figures.map((figure) => counted(figure, w)),
    reports: reportSummaries(headline.reports),
    seeAll: figures ? t.seeAll(words.uppdrag.many, words.nyckeltal.many) : t.seePlan,
  };
}
