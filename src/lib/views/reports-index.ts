/** The /rapporter/ page: each plan with follow-up reports, and its reports newest first with their facts. */
import { type Catalog, entries, entryFor } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodLabel } from '#lib/core/titles.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words } from '#lib/i18n/words.ts';
import { type EntryLink, entryLink } from './links.ts';
import { reportsOfPlan } from './period-diff.ts';

/** A plan's section: its heading's anchor and link, and its reports, the newest first. */
export interface ReportsOfPlan {
  anchor: string;
  href: string;
  title: string;
  reports: EntryLink[];
}

/** What /rapporter/ lists: the plans with reports, in the catalogue's order; a plan without any is left out. */
export function reportsIndex(catalog: Catalog, lang: Lang): ReportsOfPlan[] {
  const { m, labels, format } = words(lang);
  const t = m.pages.lists.reports;
  return entries(catalog, 'plans')
    .map((plan) => ({ plan, reports: reportsOfPlan(catalog, plan.id).reverse() }))
    .filter((p) => p.reports.length > 0)
    .map(({ plan, reports }) => ({
      anchor: `plan-${plan.id}`,
      href: hrefFor({ collection: 'plans', id: plan.id }),
      title: plan.data.title,
      reports: reports.map((r) =>
        entryLink(
          r,
          t.meta(
            labels.REPORT_KIND_LABELS[r.data.kind],
            periodLabel(entryFor(catalog, r.data.period)),
            r.data.date ? format.formatDate(r.data.date) : m.source.dateMissing.toLowerCase(),
            r.data.dnr,
          ),
        ),
      ),
    }));
}
