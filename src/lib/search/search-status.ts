/**
 * What the search page's status line says about a search: how many were found, and while
 * the archive of older years is still loading (or could not be loaded), which years the
 * count covers. A visitor never reads "Inga träffar" for a search that is still going on.
 */
import type { SearchMessages } from './search-texts.ts';

/** Which parts of the index a shown search covers: all of it, or the newest years while the archive is `loading` or has `failed`. */
export type Coverage = { parts: 'all' } | { parts: 'first'; archive: 'loading' | 'failed'; years: string };

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** "12 träffar för ”ekonomi”", without a full stop; without words, the count with the chosen filters. */
function found(t: SearchMessages, query: string, count: number): string {
  const [none, one, many] = query ? [t.none, t.one, t.many] : [t.noneFiltered, t.oneFiltered, t.manyFiltered];
  return fill(count === 0 ? none : count === 1 ? one : many, { count, query: `”${query}”` });
}

/** The status line for `count` hits of `query` (empty for a listing by filters alone). */
export function countMessage(
  t: SearchMessages,
  query: string,
  count: number,
  coverage: Coverage = { parts: 'all' },
): string {
  if (coverage.parts === 'all')
    return count === 0 && query ? `${found(t, query, 0)}. ${t.tryOther}` : `${found(t, query, count)}.`;
  if (coverage.archive === 'loading' && count === 0) return t.searchingOlder;
  const newest = fill(t.fromYears, { found: found(t, query, count), years: coverage.years });
  const older = coverage.archive === 'loading' ? t.searchingOlder : t.olderFailed;
  return `${newest} ${older}`;
}

/** "Visa fler träffar (10 av 24 visas)": the button that shows the next results. */
export function moreLabel(t: SearchMessages, shown: number, count: number): string {
  return `${t.more} (${fill(t.shown, { shown, count })})`;
}
