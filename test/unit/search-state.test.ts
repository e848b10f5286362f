/** The search page's URL state: read from the URL or the form, written back, and turned into Pagefind's options. */
import { describe, expect, it } from 'vitest';
import {
  hasSearch,
  listFromData,
  normalisedQuery,
  opensFilters,
  queryString,
  searchOptions,
  type SearchState,
  stateFromFields,
  stateFromParams,
  urlFor,
} from '#lib/search/search-state.ts';

const empty: SearchState = { q: '', filters: {}, sort: 'relevans', withoutExamples: false };

describe('stateFromParams', () => {
  it('reads the words, the known filters, the order and "Visa inte exempel"', () => {
    const state = stateFromParams(
      new URLSearchParams('q=%20ekonomi%20&typ=uppdrag&okand=x&sortering=nyast&exempel=nej'),
    );
    expect(state).toEqual({ q: 'ekonomi', filters: { typ: 'uppdrag' }, sort: 'nyast', withoutExamples: true });
  });

  it('falls back to relevance for an unknown order and keeps examples unless told "nej"', () => {
    expect(stateFromParams(new URLSearchParams('sortering=konstig&exempel=ja'))).toEqual(empty);
  });
});

describe('stateFromFields', () => {
  it('leaves blank fields and files out and trims the rest, as a submitted GET form would', () => {
    const fields: [string, unknown][] = [
      ['q', '  budget '],
      ['typ', ''],
      ['organ', '   '],
      ['bilaga', { name: 'fil.pdf' }],
      ['sortering', 'aldst'],
    ];
    expect(stateFromFields(fields)).toEqual({ q: 'budget', filters: {}, sort: 'aldst', withoutExamples: false });
  });
});

describe('queryString and urlFor', () => {
  it('write only what differs from an empty search, in the form’s order', () => {
    const state: SearchState = {
      q: 'RS/595/2023',
      filters: { ar: '2024', typ: 'beslut' },
      sort: 'relevans',
      withoutExamples: true,
    };
    expect(queryString(state)).toBe('q=RS%2F595%2F2023&typ=beslut&ar=2024&exempel=nej');
    expect(urlFor('/sok/', state)).toBe('/sok/?q=RS%2F595%2F2023&typ=beslut&ar=2024&exempel=nej');
    expect(urlFor('/sok/', empty)).toBe('/sok/');
  });

  it('round-trip: the URL written reads back as the same search', () => {
    const state: SearchState = {
      q: 'sjukfrånvaro',
      filters: { status: 'Delvis uppfyllt' },
      sort: 'aldst',
      withoutExamples: false,
    };
    expect(stateFromParams(new URLSearchParams(queryString(state)))).toEqual(state);
  });
});

describe('hasSearch and opensFilters', () => {
  it('searches for words or a filter, never for an order or "Visa inte exempel" alone', () => {
    expect(hasSearch(empty)).toBe(false);
    expect(hasSearch({ ...empty, sort: 'nyast', withoutExamples: true })).toBe(false);
    expect(hasSearch({ ...empty, q: 'ekonomi' })).toBe(true);
    expect(hasSearch({ ...empty, filters: { typ: 'plan' } })).toBe(true);
  });

  it('opens "Avgränsa och ordna" for a chosen filter or order, not for words or "Visa inte exempel"', () => {
    expect(opensFilters({ ...empty, q: 'ekonomi', withoutExamples: true })).toBe(false);
    expect(opensFilters({ ...empty, filters: { organ: 'RS' } })).toBe(true);
    expect(opensFilters({ ...empty, sort: 'aldst' })).toBe(true);
  });
});

describe('searchOptions', () => {
  it('orders by relevance when words are searched, and a list by filters alone newest first', () => {
    expect(searchOptions({ ...empty, q: 'ekonomi' }, []).sort).toBeUndefined();
    expect(searchOptions({ ...empty, filters: { typ: 'plan' } }, []).sort).toEqual({ date: 'desc' });
  });

  it('follows a chosen order, and passes the filters, "Visa inte exempel" and the best bets on', () => {
    expect(searchOptions({ ...empty, q: 'x', sort: 'nyast' }, []).sort).toEqual({ date: 'desc' });
    expect(searchOptions({ ...empty, sort: 'aldst' }, []).sort).toEqual({ date: 'asc' });
    expect(searchOptions({ ...empty, q: 'x', filters: { ar: '2024' }, withoutExamples: true }, ['budget'])).toEqual({
      filters: { ar: '2024' },
      withoutExamples: true,
      bestBets: ['budget'],
    });
  });
});

describe('normalisedQuery and listFromData', () => {
  it('gives no query for a listing by filters alone', () => {
    expect(normalisedQuery(empty, ['RS'])).toBeNull();
    expect(normalisedQuery({ ...empty, q: 'ekonomi' }, [])).toBe('ekonomi');
  });

  it('splits a data attribute into its non-empty items', () => {
    expect(listFromData('RS  HSN', ' ')).toEqual(['RS', 'HSN']);
    expect(listFromData('budget|sjukfrånvaro|', '|')).toEqual(['budget', 'sjukfrånvaro']);
    expect(listFromData(undefined, '|')).toEqual([]);
  });
});
