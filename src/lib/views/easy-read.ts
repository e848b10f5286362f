/**
 * The facts of the easy-to-read page (/lattlast/): the newest follow-up's plan, when it was
 * followed up and how many uppdrag and nyckeltal had each status, counted from the content
 * as the start page counts them. Only counts: the page says them in short sentences.
 */
import type { Catalog } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodLabel } from '#lib/core/titles.ts';
import type { Lang } from '#lib/i18n/index.ts';
import type { NyckeltalStatus } from '../../schemas/index.ts';
import { startHeadline } from './start-view.ts';

export interface EasyReadCount {
  status: NyckeltalStatus;
  count: number;
}

export interface EasyReadFacts {
  plan: { title: string; href: string };
  report: { title: string; href: string };
  /** "per april 2024", "helåret 2024", in the page's language */
  period: string;
  /** `unreported`: items with no status at that follow-up. */
  uppdrag: { total: number; counts: EasyReadCount[]; unreported: number };
  nyckeltal: { total: number; counts: EasyReadCount[]; unreported: number };
}

/** Statuses with at least one item, in the vocabulary's order (a sentence per status that has any), and the items without one. */
function counted(total: number, figures: { status: NyckeltalStatus; count: number }[]) {
  const counts = figures.filter((f) => f.count > 0);
  return { total, counts, unreported: total - counts.reduce((sum, f) => sum + f.count, 0) };
}

/** The newest follow-up in counts, or undefined when no plan has been followed up yet. */
export function easyReadFacts(catalog: Catalog, lang: Lang = 'sv'): EasyReadFacts | undefined {
  const headline = startHeadline(catalog);
  if (!headline) return undefined;
  const { plan, report, period, uppdrag, nyckeltal } = headline;
  return {
    plan: { title: plan.data.title, href: hrefFor({ collection: 'plans', id: plan.id }) },
    report: { title: report.data.title, href: hrefFor({ collection: 'reports', id: report.id }) },
    period: periodLabel(period, lang),
    uppdrag: counted(uppdrag.total, uppdrag.figures),
    nyckeltal: counted(nyckeltal.total, nyckeltal.figures),
  };
}
