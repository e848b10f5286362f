/**
 * What a reporting period's page shows, shaped once from the catalog: the plans followed up on
 * it, each with its items' statuses in words, and the reports on it. The page only lays this out.
 */
import type { Backlinks, Catalog, Entry } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodLabel } from '#lib/core/titles.ts';
import { entryLink, reportDate } from './links.ts';
import { planWords } from './plan-view.ts';
import { planSummary, statusSentence } from './status-summary.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words as wordsIn } from '#lib/i18n/words.ts';

/** The entries that name the period (`backlinks` of the catalogue) that its page lists. */
export type PeriodBacklinks = Pick<Backlinks, 'plans' | 'reports'>;

export function periodPage(catalog: Catalog, period: Entry<'periods'>, links: PeriodBacklinks, lang: Lang) {
  const w = wordsIn(lang);
  const t = w.m.pages.period;
  return {
    title: w.format.capitalize(periodLabel(period, lang)),
    lead: t.lead(w.format.formatDate(period.data.endDate)),
    plansHeading: t.plans(periodLabel(period, lang)),
    plans: links.plans.map((plan) => ({
      href: hrefFor({ collection: 'plans', id: plan.id }),
      title: plan.data.title,
      summary: planOnPeriod(catalog, plan, period, links.reports, lang),
    })),
    reports: links.reports.map((report) => entryLink(report, reportDate(report, lang))),
  };
}

/**
 * How the plan's items stood on the period, in words; a kind of item none of which was
 * followed up is left out. Without a status of its own items here, a report on the period
 * still says how it went.
 */
function planOnPeriod(
  catalog: Catalog,
  plan: Entry<'plans'>,
  period: Entry<'periods'>,
  reports: readonly Entry<'reports'>[],
  lang: Lang,
): string {
  const w = wordsIn(lang);
  const t = w.m.pages.period;
  const words = planWords(plan, lang);
  const summary = planSummary(catalog, plan.id, period.id);
  const sentences = [
    summary.uppdrag.unreported < summary.uppdrag.total &&
      statusSentence(summary.uppdrag, words.uppdrag, w.labels.STATUS_COUNT_LABELS, lang),
    summary.nyckeltal.unreported < summary.nyckeltal.total &&
      statusSentence(summary.nyckeltal, words.nyckeltal, w.labels.STATUS_COUNT_LABELS, lang),
  ].filter((s): s is string => typeof s === 'string');
  if (sentences.length > 0) return `${w.format.capitalize(sentences.join('; '))}.`;
  return reports.some((report) => report.data.plan.id === plan.id) ? t.inReports : t.noFollowUp;
}
