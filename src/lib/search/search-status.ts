/**
 * What the search page's status line says about a search: how many were found, and while
 * the archive of older years is still loading (or could not be loaded), which years the
 * count covers. A visitor never reads "Inga träffar" for a search that is still going on.
 */
import { SEARCH_MESSAGES } from './search-texts.ts';

/** Which parts of the index a shown search covers: all of it, or the newest years while the archive is `loading` or has `failed`. */
export type Coverage = { parts: 'all' } | { parts: 'first'; archive: 'loading' | 'failed'; years: string };

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** "12 träffar för ”ekonomi”", without a full stop; without words, the count with the chosen filters. */
function found(query: string, count: number): string {
  const [none, one, many] = query
    ? [SEARCH_MESSAGES.none, SEARCH_MESSAGES.one, SEARCH_MESSAGES.many]
    : [SEARCH_MESSAGES.noneFiltered, SEARCH_MESSAGES.oneFiltered, SEARCH_MESSAGES.manyFiltered];
  return fill(count === 0 ? none : count === 1 ? one : many, { count, query: `”${query}”` });
}

/** The status line for `count` hits of `query` (empty for a listing by filters alone). */
export function countMessage(query: string, count: number, coverage: Coverage = { parts: 'all' }): string {
  if (coverage.parts === 'all')
    return count === 0 && query ? `${found(query, 0)}. ${SEARCH_MESSAGES.tryOther}` : `${found(query, count)}.`;
  if (coverage.archive === 'loading' && count === 0) return SEARCH_MESSAGES.searchingOlder;
  const newest = fill(SEARCH_MESSAGES.fromYears, { found: found(query, count), years: coverage.years });
  const older = coverage.archive === 'loading' ? SEARCH_MESSAGES.searchingOlder : SEARCH_MESSAGES.olderFailed;
  return `${newest} ${older}`;
}

/** "Visa fler träffar (10 av 24 visas)": the button that shows the next results. */
export function moreLabel(shown: number, count: number): string {
  return `${SEARCH_MESSAGES.more} (${fill(SEARCH_MESSAGES.shown, { shown, count })})`;
}
