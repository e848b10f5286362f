/**
 * A search as the search page's URL says it (`?q=…&typ=…&sortering=…&exempel=nej`): read from
 * the URL or the form's fields, written back to a URL, and turned into Pagefind's options.
 * The URL is the state, so a search can be shared, bookmarked and gone back to.
 */
import { normaliseQuery } from './dnr.ts';
import { EXAMPLE_FILTER, type RankedOptions } from './search-ranking.ts';
import { SEARCH_FILTER_KEYS, SEARCH_SORTS, type SearchFilterKey, type SearchSort } from './search-texts.ts';

export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilterKey, string>>;
  sort: SearchSort;
  /** "Visa inte exempel": `?exempel=nej`. */
  withoutExamples: boolean;
}

/** The order a search has when the URL names none. */
const DEFAULT_SORT: SearchSort = 'relevans';

function isSort(value: string | null): value is SearchSort {
  return SEARCH_SORTS.some((sort) => sort === value);
}

/** The search a URL's query string describes; unknown keys and orders are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const sort = params.get('sortering');
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: isSort(sort) ? sort : DEFAULT_SORT,
    withoutExamples: params.get(EXAMPLE_FILTER.key) === EXAMPLE_FILTER.source,
  };
}

/**
 * The search a form's fields describe (`new FormData(form)`), as submitting it would put it
 * in the URL: blank fields and files left out, the last of a repeated name kept.
 */
export function stateFromFields(fields: Iterable<readonly [string, unknown]>): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of fields) if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
  return stateFromParams(params);
}

/** The query string of `state`, without `?`: only what differs from an empty search. */
export function queryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of SEARCH_FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== DEFAULT_SORT) params.set('sortering', state.sort);
  if (state.withoutExamples) params.set(EXAMPLE_FILTER.key, EXAMPLE_FILTER.source);
  return params.toString();
}

/** The page's address for `state`: `pathname`, with the query string when there is one. */
export function urlFor(pathname: string, state: SearchState): string {
  const query = queryString(state);
  return query ? `${pathname}?${query}` : pathname;
}

/** Whether there is anything to search: words or a filter (an order or "Visa inte exempel" alone lists nothing). */
export function hasSearch(state: SearchState): boolean {
  return Boolean(state.q) || Object.keys(state.filters).length > 0;
}

/** Chosen filters or an order are shown, not hidden behind "Avgränsa och ordna" ("Visa inte exempel" is beside the field). */
export function opensFilters(state: SearchState): boolean {
  return Object.keys(state.filters).length > 0 || state.sort !== DEFAULT_SORT;
}

/** The words as the index knows them (`dnr.ts`), or `null` for a listing by filters alone. */
export function normalisedQuery(state: SearchState, prefixes: readonly string[]): string | null {
  return state.q ? normaliseQuery(state.q, prefixes) : null;
}

/** Pagefind's filters and order for `state`, with the queries staff pinned pages to. */
export function searchOptions(state: SearchState, bestBets: readonly string[]): RankedOptions {
  // Without words, a filtered list is most useful newest first.
  const sort: 'asc' | 'desc' | undefined =
    state.sort === 'nyast' || (!state.q && state.sort === 'relevans')
      ? 'desc'
      : state.sort === 'aldst'
        ? 'asc'
        : undefined;
  return {
    filters: state.filters,
    ...(sort ? { sort: { date: sort } } : {}),
    withoutExamples: state.withoutExamples,
    bestBets,
  };
}

/** A list the page's build wrote into a data attribute (`data-prefixes`, `data-best-bets`). */
export function listFromData(value: string | undefined, separator: string): string[] {
  return (value ?? '').split(separator).filter(Boolean);
}
