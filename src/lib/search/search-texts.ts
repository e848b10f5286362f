/**
 * Every word of the search page and its results, in Swedish, in one place (like
 * `labels.ts` for the content model), so an English version can follow.
 */

/** The filters, by the key used in the index and in the page's URL (`/sok/?typ=Beslut`). */
export const SEARCH_FILTER_LABELS = {
  typ: 'Typ',
  organ: 'Organ',
  plan: 'Plan',
  ar: 'År',
  status: 'Senaste status',
  strategi: 'Strategi',
} as const;

export type SearchFilterKey = keyof typeof SEARCH_FILTER_LABELS;
export const SEARCH_FILTER_KEYS = Object.keys(SEARCH_FILTER_LABELS) as SearchFilterKey[];

/** Sort orders, by the value used in the URL (`sortering=nyast`); relevance is the default. */
export const SEARCH_SORT_LABELS = {
  relevans: 'Bäst träff först',
  nyast: 'Nyast först',
  aldst: 'Äldst först',
} as const;

export type SearchSort = keyof typeof SEARCH_SORT_LABELS;

/** Texts the search page's script writes; the page hands them over, so they live here too. */
export const SEARCH_MESSAGES = {
  failed: 'Sökningen kunde inte köras. Ladda om sidan och försök igen, eller bläddra bland listorna nedan.',
  empty: 'Skriv ett sökord eller välj ett filter.',
  /** How many were found, without a full stop (`search-status.ts` finishes the sentence); `{count}` and `{query}` are filled in. */
  none: 'Inga träffar för {query}',
  one: '1 träff för {query}',
  many: '{count} träffar för {query}',
  noneFiltered: 'Inga träffar med de valda filtren',
  oneFiltered: '1 träff med de valda filtren',
  manyFiltered: '{count} träffar med de valda filtren',
  /** After "Inga träffar för …". */
  tryOther: 'Pröva ett annat ord, en kortare form av ordet eller färre filter.',
  /** While the older years are still loading: the newest years' hits, `{found}` one of the counts above. */
  fromYears: '{found} från {years}.',
  searchingOlder: 'Söker i äldre år …',
  olderFailed: 'Äldre år kunde inte sökas just nu. Sök igen för att försöka på nytt.',
  more: 'Visa fler träffar',
  /** After "Visa fler träffar", in brackets: `{shown}` and `{count}`. */
  shown: '{shown} av {count} visas',
  example: 'Exempel',
  /** First line of an example entry's searchable text. */
  exampleLine: 'Exempel: posten innehåller påhittade uppgifter (exempel).',
  withoutExamples: 'Visa inte exempel',
  withoutExamplesHint: 'Bara uppgifter ur organisationens egna dokument, inga påhittade exempel.',
} as const;
