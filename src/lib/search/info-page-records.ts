/**
 * Search records of the information pages in other languages (`content/sidor/`). They go
 * into the site's one Swedish index, so the search page finds them: there is no search page
 * in those languages, and Pagefind searches only the index of the page's own language.
 */
import { type InfoPage, infoPageSortDate } from '#lib/content/info-pages.ts';
import { languageName } from '#lib/core/languages.ts';
import { infoPageHref } from '#lib/core/routes.ts';
import { HIDDEN_MARK } from './search-excerpt.ts';
import { EXAMPLE_FILTER, SOURCE_TOKEN } from './search-ranking.ts';
import { mdxToText, type SearchRecord } from './search-records.ts';
import { sv } from '#lib/i18n/sv.ts';

export function infoPageRecords(pages: readonly InfoPage[]): SearchRecord[] {
  return pages.map(({ id, data, text }) => {
    const example = Boolean(data.illustrative);
    const visible = [data.title, data.description, mdxToText(text)].join('\n');
    return {
      url: infoPageHref(id),
      content: example ? visible : `${visible}\n${HIDDEN_MARK}\n${SOURCE_TOKEN}`,
      language: 'sv',
      meta: {
        title: data.title,
        type: `Sida på ${languageName(data.lang)}`,
        lang: data.lang,
        ...(example ? { example: sv.searchPage.records.example } : {}),
      },
      filters: { [EXAMPLE_FILTER.key]: [example ? EXAMPLE_FILTER.example : EXAMPLE_FILTER.source] },
      sort: { date: infoPageSortDate(data) },
    };
  });
}
