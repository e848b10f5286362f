/** The /rapporter/ page: each plan with follow-up reports, and its reports newest first with their facts. */
import { type Catalog, entries, entryFor } from '#lib/core/catalog.ts';
import { formatDate } from '#lib/core/format.ts';
import { REPORT_KIND_LABELS } from '#lib/core/labels.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodLabel } from '#lib/core/titles.ts';
import { sv } from '#lib/i18n/sv.ts';
import { type EntryLink, entryLink } from './links.ts';
import { reportsOfPlan } from './period-diff.ts';

const t = sv.pages.lists.reports;

/** A plan's section: its heading's anchor and link, and its reports, the newest first. */
export interface ReportsOfPlan {
  anchor: string;
  href: string;
  title: string;
  reports: EntryLink[];
}

/** What /rapporter/ lists: the plans with reports, in the catalogue's order; a plan without any is left out. */
export function reportsIndex(catalog: Catalog): ReportsOfPlan[] {
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
            REPORT_KIND_LABELS[r.data.kind],
            periodLabel(entryFor(catalog, r.data.period)),
            r.data.date ? formatDate(r.data.date) : sv.source.dateMissing.toLowerCase(),
            r.data.dnr,
          ),
        ),
      ),
    }));
}
