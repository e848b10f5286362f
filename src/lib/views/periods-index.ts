/** The /perioder/ page: the reporting periods, newest first, each with the day it ends. */
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { capitalize, formatDate } from '#lib/core/format.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodLabel } from '#lib/core/titles.ts';
import { sv } from '#lib/i18n/sv.ts';
import type { EntryLink } from './links.ts';
import { newestFirstBy } from './lists.ts';

const t = sv.pages.lists.periods;

/** The periods as links, and whether any is an example (the lead then says that some are). */
export function periodsIndex(catalog: Catalog): { links: EntryLink[]; anyExample: boolean } {
  const periods = newestFirstBy(entries(catalog, 'periods'), (period) => period.data.endDate);
  return {
    links: periods.map((p) => ({
      href: hrefFor({ collection: 'periods', id: p.id }),
      title: capitalize(periodLabel(p)),
      illustrative: p.data.illustrative !== undefined,
      meta: t.until(formatDate(p.data.endDate)),
    })),
    anyExample: periods.some((p) => p.data.illustrative !== undefined),
  };
}
