/**
 * The search page's session: which run is current, what the status line announces and when,
 * and when the archive of older years is merged and the search shown runs again.
 */
import { describe, expect, it } from 'vitest';
import { FOUND_KEPT, SearchCache, SearchSession } from '#lib/search/search-session.ts';
import type { SearchState } from '#lib/search/search-state.ts';
import { sv } from '#lib/i18n/sv.ts';

const SEARCH_MESSAGES = sv.searchPage.script;

const ekonomi: SearchState = { q: 'ekonomi', filters: {}, sort: 'relevans', withoutExamples: false };
const nothing: SearchState = { q: '', filters: {}, sort: 'relevans', withoutExamples: false };

function whole() {
  return new SearchSession<string>({ pathname: '/sok/', messages: SEARCH_MESSAGES });
}

function split() {
  return new SearchSession<string>({ pathname: '/sok/', firstYears: '2023–2025', messages: SEARCH_MESSAGES });
}

describe('runs', () => {
  it('clears the results for an empty search, and asks for words only when the visitor submitted it', () => {
    const session = whole();
    expect(session.startRun(nothing, { asked: true })).toEqual({ kind: 'clear', status: SEARCH_MESSAGES.empty });
    expect(session.startRun(nothing)).toEqual({ kind: 'clear', status: '' });
  });

  it('makes every earlier run stale when a new one starts', () => {
    const session = whole();
    expect(session.started).toBe(false);
    const first = session.startRun(ekonomi);
    const second = session.startRun({ ...ekonomi, q: 'budget' });
    expect(session.started).toBe(true);
    if (first.kind !== 'search' || second.kind !== 'search') throw new Error('both search');
    expect(session.isCurrent(first.generation)).toBe(false);
    expect(session.isCurrent(second.generation)).toBe(true);
  });

  it('clears the status for a new search, so the same count is said again, but not when rerun over more years', () => {
    const session = whole();
    expect(session.startRun(ekonomi)).toMatchObject({ kind: 'search', clearStatus: true });
    expect(session.startRun(ekonomi, { again: true })).toMatchObject({ kind: 'search', clearStatus: false });
  });

  it('announces the count when shown, unless the visitor is still typing', () => {
    const session = whole();
    session.startRun(ekonomi);
    expect(session.shown(ekonomi, { total: 12, parts: 'all' })).toEqual({
      status: '12 träffar för ”ekonomi”.',
      mergeWhenIdle: false,
    });
    expect(session.total).toBe(12);
    expect(session.shown(ekonomi, { total: 3, parts: 'all' }, { announce: false }).status).toBeUndefined();
  });
});

describe('typing', () => {
  it('searches at each key from the third letter of the normalised words', () => {
    const session = whole();
    expect(session.searchesAsTyped(null)).toBe(false);
    expect(session.searchesAsTyped('ek')).toBe(false);
    expect(session.searchesAsTyped('eko')).toBe(true);
  });

  it('announces after the pause only when no search is busy and something is searched', () => {
    const session = whole();
    session.shown(ekonomi, { total: 2, parts: 'all' });
    expect(session.pauseAnnouncement(ekonomi, { busy: true })).toBeUndefined();
    expect(session.pauseAnnouncement(nothing, { busy: false })).toBeUndefined();
    expect(session.pauseAnnouncement(ekonomi, { busy: false })).toBe('2 träffar för ”ekonomi”.');
  });

  it('on Enter announces the search the typing showed, and searches other words or after a newer run', () => {
    const session = whole();
    session.startRun(ekonomi, { announce: false });
    const done = Promise.resolve();
    session.typedRun(ekonomi, done);
    const same = session.submit(ekonomi);
    expect(same.kind).toBe('announce');
    if (same.kind === 'announce') expect(same.typed).toMatchObject({ url: '/sok/?q=ekonomi', done });
    expect(session.submit({ ...ekonomi, q: 'budget' })).toEqual({ kind: 'search' });
    session.startRun(ekonomi);
    expect(session.submit(ekonomi)).toEqual({ kind: 'search' });
  });

  it('searches on Enter when nothing was typed before', () => {
    expect(whole().submit(ekonomi)).toEqual({ kind: 'search' });
  });
});

describe('the archive of older years', () => {
  it('is not there to merge when the index is whole', () => {
    const session = whole();
    expect(session.split).toBe(false);
    expect(session.claimArchive()).toBe(false);
    expect(session.mergedSearch(session.parts)).toBe(false);
  });

  it('is merged once, and a search key names the parts it covers', () => {
    const session = split();
    expect(session.split).toBe(true);
    expect(session.searchKey(ekonomi)).toBe('first /sok/?q=ekonomi');
    expect(session.mergedSearch('first')).toBe(false);
    expect(session.claimArchive()).toBe(true);
    expect(session.claimArchive()).toBe(false);
    expect(session.searchKey(ekonomi)).toBe('all /sok/?q=ekonomi');
    expect(session.mergedSearch('all')).toBe(true);
  });

  it('waits while a search waits for its first results', () => {
    const session = split();
    session.searchStarted();
    session.searchStarted();
    expect(session.idle).toBe(false);
    expect(session.searchReturned()).toBe(false);
    expect(session.searchReturned()).toBe(true);
  });

  it('says which years the count covers while it loads, and reruns the search shown once it is in', () => {
    const session = split();
    session.startRun(ekonomi);
    const shown = session.shown(ekonomi, { total: 4, parts: 'first' });
    expect(shown).toEqual({
      status: '4 träffar för ”ekonomi” från 2023–2025. Söker i äldre år …',
      mergeWhenIdle: true,
    });
    session.claimArchive();
    expect(session.afterArchive({ statusSaid: true })).toEqual({
      state: ekonomi,
      options: { asked: false, announce: true, again: true },
    });
    expect(session.afterArchive({ statusSaid: false })?.options.announce).toBe(false);
  });

  it('reruns nothing when what is shown covers both parts already', () => {
    const session = split();
    session.startRun(ekonomi);
    session.shown(ekonomi, { total: 4, parts: 'all' });
    expect(session.afterArchive({ statusSaid: true })).toBeUndefined();
  });

  it('after a failure, forgets the kept searches, says so, and is tried again by the next search', () => {
    const session = split();
    session.found.set('first /sok/?q=ekonomi', 'kept');
    session.startRun(ekonomi);
    session.claimArchive();
    session.archiveFailed();
    session.shown(ekonomi, { total: 4, parts: 'first' });
    expect(session.parts).toBe('first');
    expect(session.coverage()).toEqual({ parts: 'first', archive: 'failed', years: '2023–2025' });
    expect(session.afterArchive({ statusSaid: true })?.options.again).toBe(true);
    expect(session.found.size).toBe(0);
    expect(session.claimArchive()).toBe(false); // not in a loop
    session.retryArchive();
    expect(session.claimArchive()).toBe(true);
  });
});

describe('SearchCache', () => {
  it(`keeps the newest ${FOUND_KEPT} searches`, () => {
    const cache = new SearchCache<number>(FOUND_KEPT);
    for (let i = 0; i <= FOUND_KEPT; i++) cache.set(`k${i}`, i);
    expect(cache.size).toBe(FOUND_KEPT);
    expect(cache.get('k0')).toBeUndefined();
    expect(cache.get(`k${FOUND_KEPT}`)).toBe(FOUND_KEPT);
    cache.delete(`k${FOUND_KEPT}`);
    expect(cache.get(`k${FOUND_KEPT}`)).toBeUndefined();
  });
});
