/** The /perioder/ page: the reporting periods, newest first, each with the day it ends. */
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodLabel } from '#lib/core/titles.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words } from '#lib/i18n/words.ts';
import type { EntryLink } from './links.ts';
import { newestFirstBy } from './lists.ts';

/** The periods as links, and whether any is an example (the lead then says that some are). */
export function periodsIndex(catalog: Catalog, lang: Lang): { links: EntryLink[]; anyExample: boolean } {
  const { m, format } = words(lang);
  const t = m.pages.lists.periods;
  const periods = newestFirstBy(entries(catalog, 'periods'), (period) => period.data.endDate);
  return {
    links: periods.map((p) => ({
      href: hrefFor({ collection: 'periods', id: p.id }),
      title: format.capitalize(periodLabel(p)),
      illustrative: p.data.illustrative !== undefined,
      meta: t.until(format.formatDate(p.data.endDate)),
    })),
    anyExample: periods.some((p) => p.data.illustrative !== undefined),
  };
}
