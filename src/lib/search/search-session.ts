/**
 * One visitor's searches on the search page, without the page: what to search and when, which
 * search is current, what the status line announces, and when the archive of older years is
 * merged in (`index-split.ts`). `src/client/search.ts` asks it and does what it says with
 * Pagefind and the DOM, so every decision here is unit-tested without a browser.
 *
 * The archive is merged as soon as no search waits for its first results: a search over the
 * first index alone is never taken for one over both, and a failed archive is tried again by
 * the visitor's next search, never in a loop.
 */
import { hasSearch, type SearchState, urlFor } from './search-state.ts';
import { type Coverage, countMessage } from './search-status.ts';
import type { SearchMessages } from './search-texts.ts';

/** Results shown at first and added by each "Visa fler". */
export const PAGE_SIZE = 10;
/** Milliseconds of quiet typing before the results follow it. */
export const TYPING_DELAY = 150;
/** Milliseconds after the results follow the typing before their count is announced. */
export const ANNOUNCE_DELAY = 1000;
/** Typed words this long or longer are searched at each key; shorter ones match too much to be worth it. */
export const SEARCH_AS_TYPED_FROM = 3;
/** How many searches made while typing are kept, so that going back a letter costs nothing. */
export const FOUND_KEPT = 8;

/** The parts of a split index a search covers: the newest years, or all of them. */
export type Parts = 'first' | 'all';

/**
 * How a search is run. `asked` when the visitor submitted it, so an empty one gets an answer.
 * Without `announce` (while typing) the results follow but the count is not announced yet, so
 * a screen reader hears it once, when the typing pauses or on Enter. `again` when it replaces
 * the same search's results with those over more years: the status keeps its words until the
 * new count replaces them.
 */
export interface RunOptions {
  asked?: boolean;
  announce?: boolean;
  again?: boolean;
}

/** What the page does when a run starts: clear the results (nothing to search), or search. */
export type RunStart = { kind: 'clear'; status: string } | { kind: 'search'; generation: number; clearStatus: boolean };

/** A search the typing started, so that Enter on the same words only announces it. */
export interface TypedRun {
  url: string;
  generation: number;
  done: Promise<void>;
}

/** What Enter does: search, or announce the count of the search the typing already shows. */
export type SubmitAction = { kind: 'search' } | { kind: 'announce'; typed: TypedRun };

/** A search to run again once the archive is in or has failed. */
export interface Rerun {
  state: SearchState;
  options: RunOptions;
}

/** Searches kept by key, oldest dropped first once there are more than `limit`. */
export class SearchCache<T> {
  readonly #entries = new Map<string, T>();

  constructor(readonly limit: number) {}

  get(key: string): T | undefined {
    return this.#entries.get(key);
  }

  set(key: string, value: T): void {
    this.#entries.set(key, value);
    const oldest = this.#entries.keys().next().value;
    if (this.#entries.size > this.limit && oldest !== undefined) this.#entries.delete(oldest);
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}

export interface SessionOptions {
  /** The page's path, for the URLs of searches. */
  pathname: string;
  /** The years the first index holds (`2023–2025`) when the index is split; the page knows from its build. */
  firstYears?: string | undefined;
  /** What the status line says, in the page's language. */
  messages: SearchMessages;
}

export class SearchSession<Found> {
  readonly pathname: string;
  readonly firstYears: string | undefined;
  readonly messages: SearchMessages;
  /** Searches by the parts they cover and their URL: each is made once, by a key, a pause or Enter. */
  readonly found = new SearchCache<Found>(FOUND_KEPT);
  /** Which parts a search started now covers: `all` from the moment the archive is asked for (Pagefind then waits for it). */
  #parts: Parts;
  #archiveFailed = false;
  /** Searches under way that nothing has been shown for yet: the archive waits for them. */
  #waiting = 0;
  /** What the results on screen cover. */
  #shownParts: Parts = 'all';
  #total = 0;
  #generation = 0;
  /** The search last run, to run again over both parts once the archive is in. */
  #lastRun: SearchState | undefined;
  #typed: TypedRun | undefined;

  constructor(options: SessionOptions) {
    this.pathname = options.pathname;
    this.firstYears = options.firstYears;
    this.messages = options.messages;
    this.#parts = options.firstYears ? 'first' : 'all';
  }

  /** Whether Pagefind must be told to answer from the first index only (`INDEX_PART_FILTER`). */
  get split(): boolean {
    return Boolean(this.firstYears);
  }

  get parts(): Parts {
    return this.#parts;
  }

  /** How many results the search on screen found. */
  get total(): number {
    return this.#total;
  }

  /** Whether no search is waiting for its first results, so the archive may be merged. */
  get idle(): boolean {
    return this.#waiting === 0;
  }

  /** Whether any search has run: a shared link's search waits for the page and yields to one typed meanwhile. */
  get started(): boolean {
    return this.#generation > 0;
  }

  urlFor(state: SearchState): string {
    return urlFor(this.pathname, state);
  }

  /** The key of a search started now: a search of the first index alone is never taken for one over both. */
  searchKey(state: SearchState): string {
    return `${this.#parts} ${this.urlFor(state)}`;
  }

  /** Whether a search covering `covered` is one over both parts, so that a date order asks each part alone. */
  mergedSearch(covered: Parts): boolean {
    return this.firstYears !== undefined && covered === 'all';
  }

  searchStarted(): void {
    this.#waiting++;
  }

  /** A search has returned (or could not start); true when the archive may now be merged. */
  searchReturned(): boolean {
    this.#waiting--;
    return this.idle;
  }

  /** Claims the archive's merge: true once, unless it is in already or failed and not yet retried. */
  claimArchive(): boolean {
    if (this.#parts === 'all' || this.#archiveFailed) return false;
    this.#parts = 'all';
    return true;
  }

  /** The archive could not be loaded: searches cover the first index again, and the status says so. */
  archiveFailed(): void {
    this.#archiveFailed = true;
    this.#parts = 'first';
  }

  /** A search the visitor starts tries a failed archive again, once its first results are shown. */
  retryArchive(): void {
    this.#archiveFailed = false;
  }

  /**
   * The archive is in, or failed (and Pagefind starts afresh): the last search runs again, so
   * that its list and count cover what can be searched. After a failure the kept searches
   * belong to the dropped Pagefind and are forgotten. A count already said (`statusSaid`) is
   * replaced and said again; while the visitor types, none is said yet.
   */
  afterArchive(options: { statusSaid: boolean }): Rerun | undefined {
    if (this.#archiveFailed) this.found.clear();
    else if (this.#shownParts === 'all') return undefined; // what is shown was searched over both already
    if (!this.#lastRun) return undefined;
    return { state: this.#lastRun, options: { asked: false, announce: options.statusSaid, again: true } };
  }

  /** Starts a run: a newer run makes every earlier one stale. */
  startRun(state: SearchState, options: RunOptions = {}): RunStart {
    const generation = ++this.#generation;
    this.#lastRun = state;
    if (!hasSearch(state)) return { kind: 'clear', status: options.asked ? this.messages.empty : '' };
    // Cleared so that the same count is announced again for a new search.
    return { kind: 'search', generation, clearStatus: !options.again };
  }

  /** Whether the run of `generation` is still the newest. */
  isCurrent(generation: number): boolean {
    return generation === this.#generation;
  }

  /**
   * A run's results are shown: the status to announce, if any, and whether the archive should
   * be merged when idle (results from memory over the first index, after a failed archive).
   */
  shown(
    state: SearchState,
    answer: { total: number; parts: Parts },
    options: RunOptions = {},
  ): { status: string | undefined; mergeWhenIdle: boolean } {
    this.#total = answer.total;
    this.#shownParts = answer.parts;
    return {
      status: (options.announce ?? true) ? this.statusMessage(state) : undefined,
      mergeWhenIdle: answer.parts === 'first',
    };
  }

  /** The status line for the search on screen. */
  statusMessage(state: SearchState): string {
    return countMessage(this.messages, state.q, this.#total, this.coverage());
  }

  /** What the results on screen cover: all years, or the newest while the archive loads or after it failed. */
  coverage(): Coverage {
    if (this.#shownParts === 'all' || !this.firstYears) return { parts: 'all' };
    return { parts: 'first', archive: this.#archiveFailed ? 'failed' : 'loading', years: this.firstYears };
  }

  /** Whether typed words are worth searching at each key, ahead of the pause. */
  searchesAsTyped(normalisedQuery: string | null): boolean {
    return (normalisedQuery ?? '').length >= SEARCH_AS_TYPED_FROM;
  }

  /** Remembers the run the typing's pause started, for Enter. */
  typedRun(state: SearchState, done: Promise<void>): void {
    this.#typed = { url: this.urlFor(state), done, generation: this.#generation };
  }

  /** The count to announce once the typing has paused, unless a search is busy or there is nothing searched. */
  pauseAnnouncement(state: SearchState, options: { busy: boolean }): string | undefined {
    if (options.busy || !hasSearch(state)) return undefined;
    return this.statusMessage(state);
  }

  /** Enter: the results the typing has already fetched are announced at once; other words are searched. */
  submit(state: SearchState): SubmitAction {
    const typed = this.#typed;
    const same = typed && typed.url === this.urlFor(state) && typed.generation === this.#generation;
    if (!same || !state.q) return { kind: 'search' };
    return { kind: 'announce', typed };
  }
}
