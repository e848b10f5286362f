/**
 * The search page's filters and sort orders, by the keys used in the index and in the
 * page's URL (`/sok/?typ=Beslut&sortering=nyast`). What they are called, and what the
 * page's script says, is in the message catalogues (`searchPage`).
 */
import type { Messages } from '#lib/i18n/index.ts';

export const SEARCH_FILTER_KEYS = ['typ', 'organ', 'plan', 'ar', 'status', 'strategi'] as const;
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];

/** Sort orders, by the value used in the URL (`sortering=nyast`); relevance is the default. */
export const SEARCH_SORTS = ['relevans', 'nyast', 'aldst'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** What the search page's script says, in the page's language: the page hands it over. */
export type SearchMessages = Messages['searchPage']['script'];
