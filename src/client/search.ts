/**
 * The search page's enhancement: runs the form's search in the page with Pagefind.
 *
 * Our own small UI on Pagefind's JS API rather than Pagefind's default UI, because:
 * the form must be a real GET form that works and explains itself without JavaScript,
 * with the query and every filter in the URL (the default UI keeps filters out of it);
 * the result count must be announced once per search in a polite status message; each
 * result must show its type, status and plan or date from our records' metadata; and
 * every text must come from `src/lib/search/search-texts.ts`. The default UI also brings its own
 * markup, styles and focus handling, which we would have to audit and override.
 *
 * Pagefind (its script, WebAssembly and index) starts loading when the search field gets
 * focus or a key is typed, never for a visitor who only looks at the page; so by the time
 * Enter is pressed it is ready. Each key from the third letter searches at once and fetches
 * the first results' texts; the results are shown when the typing pauses or on Enter, from
 * that same search, and the count is announced once the typing pauses, politely. No inline handlers, so the page
 * works under a Content-Security-Policy (which must allow 'wasm-unsafe-eval' for Pagefind,
 * and `worker-src 'self'` for its web worker).
 *
 * When the index is split by year (`src/lib/search/index-split.ts`), Pagefind loads the
 * newest years only, and the archive of older years is merged in as soon as no search is
 * waiting for its first results: right after focus, so a visitor who then types gets
 * complete results, or after a shared link's first results, which the status then says are
 * from the newest years while the older ones are searched. Once merged, the search shown
 * runs again over both and its list and count are replaced in one step.
 */
import { normaliseQuery } from '#lib/search/dnr.ts';
import { ARCHIVE_DIR, INDEX_PART_FILTER } from '#lib/search/index-split.ts';
import { excerptParts } from '#lib/search/search-excerpt.ts';
import { EXAMPLE_FILTER, type RankedOptions, rankedSearch } from '#lib/search/search-ranking.ts';
import { type Coverage, countMessage } from '#lib/search/search-status.ts';
import {
  SEARCH_FILTER_KEYS,
  SEARCH_MESSAGES,
  SEARCH_SORT_LABELS,
  type SearchFilterKey,
  type SearchSort,
} from '#lib/search/search-texts.ts';

const PAGE_SIZE = 10;
/** Milliseconds of quiet typing before the results follow it. */
const TYPING_DELAY = 150;
/** Typed words this long or longer are searched at each key; shorter ones match too much to be worth it. */
const SEARCH_AS_TYPED_FROM = 3;
/** How many searches made while typing are kept, so that going back a letter costs nothing. */
const FOUND_KEPT = 8;
/** Milliseconds after the load event that a shared link's search waits where the browser reports no paint. */
const PAINT_FALLBACK = 500;

interface PagefindData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

interface Pagefind {
  search(
    term: string | null,
    options: { filters?: Record<string, string | string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
  /** Fetches the WebAssembly and the index's metadata ahead of the first search. */
  init(): Promise<void>;
  /** Set before `init`: the part filter the first index answers to (`INDEX_PART_FILTER`). */
  options(options: { mergeFilter: Record<string, string> }): Promise<void>;
  /** Loads another index (its entry and metadata only) into the same search. */
  mergeIndex(url: string, options: { mergeFilter: Record<string, string> }): Promise<void>;
  /** Drops the loaded index, so that the next `init` starts afresh. */
  destroy(): Promise<void>;
}

interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilterKey, string>>;
  sort: SearchSort;
  /** "Visa inte exempel": `?exempel=nej`. */
  withoutExamples: boolean;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const section = document.querySelector<HTMLElement>('[data-search-results]');
const list = section?.querySelector<HTMLOListElement>('ol');
const moreButton = section?.querySelector<HTMLButtonElement>('button');
/** "Bläddra i stället": its place is taken by the results while there are any, so nothing on screen moves. */
const browse = document.querySelector<HTMLElement>('[data-search-browse]');

/** The years the first index holds (`2023–2025`), when the index is split; the page knows from its build. */
const firstYears = form?.dataset.firstYears;
const PAGEFIND_URL = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

let pagefind: Promise<Pagefind> | undefined;
/** Which parts a search started now covers: `all` from the moment the archive is asked for (Pagefind then waits for it). */
let parts: 'first' | 'all' = firstYears ? 'first' : 'all';
/** A failed archive is tried again by the visitor's next search, not in a loop. */
let archiveFailed = false;
/** Searches under way that nothing has been shown for yet: the archive waits for them. */
let waiting = 0;

function loadPagefind(): Promise<Pagefind> {
  // A computed URL, so the bundler leaves the import to the browser: the index is written after the site is built.
  pagefind ??= (import(/* @vite-ignore */ `${PAGEFIND_URL}pagefind.js`) as Promise<Pagefind>)
    .then(async (api) => {
      if (firstYears) await api.options({ mergeFilter: { [INDEX_PART_FILTER.key]: INDEX_PART_FILTER.first } });
      await api.init();
      if (waiting === 0) mergeArchive(api); // made ready by focus: nothing to show first
      return api;
    })
    .catch((error: unknown) => {
      pagefind = undefined; // let the next search try again
      throw error;
    });
  return pagefind;
}

/**
 * Merges the archive of older years into the search, once. When it is in, the search on
 * screen runs again over both; when it fails, Pagefind is started afresh with the first
 * index alone (a failed merge stays in its list and would fail every later search), the
 * first results stay, and the status says so.
 */
function mergeArchive(api: Pagefind): void {
  if (parts === 'all' || archiveFailed) return;
  parts = 'all';
  api
    .mergeIndex(`${PAGEFIND_URL}${ARCHIVE_DIR}/`, {
      mergeFilter: { [INDEX_PART_FILTER.key]: INDEX_PART_FILTER.archive },
    })
    .then(
      () => showAgain(),
      async () => {
        archiveFailed = true;
        parts = 'first';
        await api.destroy().catch(() => undefined);
        pagefind = undefined;
        showAgain();
      },
    );
}

function isSort(value: string | null): value is SearchSort {
  return value !== null && value in SEARCH_SORT_LABELS;
}

function stateFromUrl(url: URL): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SEARCH_FILTER_KEYS) {
    const value = url.searchParams.get(key);
    if (value) filters[key] = value;
  }
  const sort = url.searchParams.get('sortering');
  return {
    q: (url.searchParams.get('q') ?? '').trim(),
    filters,
    sort: isSort(sort) ? sort : 'relevans',
    withoutExamples: url.searchParams.get(EXAMPLE_FILTER.key) === EXAMPLE_FILTER.source,
  };
}

function stateFromForm(target: HTMLFormElement): SearchState {
  const data = new FormData(target);
  const url = new URL(location.href);
  url.search = '';
  for (const [key, value] of data)
    if (typeof value === 'string' && value.trim()) url.searchParams.set(key, value.trim());
  return stateFromUrl(url);
}

function urlFor(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of SEARCH_FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevans') params.set('sortering', state.sort);
  if (state.withoutExamples) params.set(EXAMPLE_FILTER.key, EXAMPLE_FILTER.source);
  const query = params.toString();
  return query ? `${location.pathname}?${query}` : location.pathname;
}

/** Puts the URL's search back into the form: the page is static, so the server cannot. */
function fillForm(target: HTMLFormElement, state: SearchState): void {
  const field = (name: string) => {
    const element = target.elements.namedItem(name);
    return element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element : null;
  };
  const q = field('q');
  if (q) q.value = state.q;
  for (const key of SEARCH_FILTER_KEYS) {
    const select = field(key);
    if (select) select.value = state.filters[key] ?? '';
  }
  const sort = field('sortering');
  if (sort) sort.value = state.sort;
  const examples = field(EXAMPLE_FILTER.key);
  if (examples instanceof HTMLInputElement) examples.checked = state.withoutExamples;
  // Chosen filters are shown, not hidden behind "Avgränsa och ordna" ("Visa inte exempel" is beside the field).
  const filters = target.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  if (filters && (Object.keys(state.filters).length > 0 || state.sort !== 'relevans')) filters.open = true;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** What the results on screen cover: all years, or the newest while the archive loads or after it failed. */
let shownParts: 'first' | 'all' = 'all';

function coverage(covered: 'first' | 'all'): Coverage {
  if (covered === 'all' || !firstYears) return { parts: 'all' };
  return { parts: 'first', archive: archiveFailed ? 'failed' : 'loading', years: firstYears };
}

/** The status line for the search on screen. */
function statusMessage(state: SearchState): string {
  return countMessage(state.q, total, coverage(shownParts));
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(data: PagefindData): HTMLLIElement {
  const { meta } = data;
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result__title');
  const link = element('a', undefined, meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const facts = element('p', 'search-result__meta');
  const words = [meta.status, meta.date, meta.plan !== meta.title ? meta.plan : undefined, meta.dnr].filter(
    (word): word is string => Boolean(word),
  );
  facts.append(element('span', 'search-result__type', meta.type ?? ''));
  for (const word of words) facts.append(document.createTextNode(' · '), element('span', undefined, word));
  if (meta.example)
    facts.append(document.createTextNode(' '), element('strong', 'search-result__example', meta.example));
  const excerpt = element('p', 'search-result__excerpt');
  for (const part of excerptParts(data.content, data.locations))
    excerpt.append(part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  item.append(heading, facts, excerpt);
  return item;
}

let generation = 0;
let pending: PagefindResult[] = [];
let total = 0;

/** The next batch of results, rendered but not yet on the page. */
async function nextBatch(): Promise<HTMLLIElement[]> {
  const batch = pending.splice(0, PAGE_SIZE);
  return (await Promise.all(batch.map((result) => result.data()))).map(renderResult);
}

/** A search's ranked results, the texts of its first page, and the parts it covers. */
interface Found {
  results: PagefindResult[];
  first: PagefindData[];
  parts: 'first' | 'all';
}

/**
 * Searches by the parts they cover and their URL, newest last: each is made once, whether by
 * a key, a pause or Enter, and a search of the first index alone is never taken for one
 * over both.
 */
const found = new Map<string, Promise<Found | null>>();

async function searchWith(api: Pagefind, state: SearchState): Promise<Found | null> {
  const covered = parts; // as sent: once the merge is asked for, Pagefind waits for the archive
  // A date order asks each part alone only when there are two parts to ask.
  const merged = firstYears !== undefined && covered === 'all';
  const results = await rankedSearch(api, normalisedQuery(state), { ...searchOptions(state), parts: merged });
  if (!results) return null;
  return { results, first: await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data())), parts: covered };
}

function searchReturned(): void {
  waiting--;
  mergeWhenIdle();
}

/** The archive is merged once no search is waiting for its first results. */
function mergeWhenIdle(): void {
  if (waiting === 0) pagefind?.then(mergeArchive, () => undefined);
}

/** Searches `state`, or returns the same search already made or under way. */
function find(state: SearchState): Promise<Found | null> {
  const key = `${parts} ${urlFor(state)}`;
  const known = found.get(key);
  if (known) return known;
  waiting++;
  const search = loadPagefind().then(
    (api) => searchWith(api, state).finally(searchReturned),
    (error: unknown) => {
      waiting--;
      throw error;
    },
  );
  search.catch(() => found.delete(key)); // a failed search is tried again, and says so when shown
  found.set(key, search);
  const oldest = found.keys().next().value;
  if (found.size > FOUND_KEPT && oldest !== undefined) found.delete(oldest);
  return search;
}

function updateMoreButton(): void {
  if (!moreButton) return;
  moreButton.hidden = pending.length === 0;
  moreButton.textContent = `${SEARCH_MESSAGES.more} (${fill(SEARCH_MESSAGES.shown, { shown: total - pending.length, count: total })})`;
}

/** "Visa fler": keyboard and screen reader users continue at the first new result. */
async function showMore(): Promise<void> {
  if (!list) return;
  const items = await nextBatch();
  list.append(...items);
  updateMoreButton();
  items[0]?.querySelector('a')?.focus();
}

/** Shows or hides the results in one step, in the place of "Bläddra i stället", so that nothing else moves. */
function showResults(visible: boolean): void {
  if (!section) return;
  section.hidden = !visible;
  if (browse) browse.hidden = visible;
}

function normalisedQuery(state: SearchState): string | null {
  const prefixes = (form?.dataset.prefixes ?? '').split(' ').filter(Boolean);
  return state.q ? normaliseQuery(state.q, prefixes) : null;
}

/** The queries staff pinned pages to (`content/sok/sokord.json`), as the page's build wrote them. */
const bestBets: string[] = (form?.dataset.bestBets ?? '').split('|').filter(Boolean);

function searchOptions(state: SearchState): RankedOptions {
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

/** The search last run, to run again over both parts once the archive is in. */
let lastRun: SearchState | undefined;

/**
 * Runs a search and shows it; `asked` when the visitor submitted it, so an empty one gets
 * an answer. While typing (`announce` false) the results follow but the count is not
 * announced yet, so a screen reader hears it once, when the typing pauses or on Enter.
 * `again` when it replaces the same search's results with those over more years: the
 * status keeps its words until the new count replaces them.
 */
async function run(state: SearchState, asked = false, announce = true, again = false): Promise<void> {
  if (!status || !section || !list) return;
  const current = ++generation;
  lastRun = state;
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilters) {
    showResults(false);
    list.replaceChildren();
    status.textContent = asked ? SEARCH_MESSAGES.empty : '';
    return;
  }
  section.setAttribute('aria-busy', 'true');
  if (!again) status.textContent = ''; // so that the same count is announced again for a new search
  try {
    const answer = await find(state);
    if (current !== generation || !answer) return; // a newer search has started
    total = answer.results.length;
    pending = answer.results.slice(PAGE_SIZE);
    // The first results replace the old ones in one step, so the list never flashes empty.
    list.replaceChildren(...answer.first.map(renderResult));
    updateMoreButton();
    showResults(total > 0);
    shownParts = answer.parts;
    if (announce) status.textContent = statusMessage(state);
    if (answer.parts === 'first') mergeWhenIdle(); // shown from memory after a failed archive, say
  } catch {
    if (current === generation) status.textContent = SEARCH_MESSAGES.failed;
  } finally {
    if (current === generation) section.removeAttribute('aria-busy');
  }
}

/**
 * The archive is in, or could not be loaded (and Pagefind starts afresh with the first
 * index): the last search runs again, so that its list and count cover what can be searched.
 */
function showAgain(): void {
  if (archiveFailed)
    found.clear(); // its results belong to the Pagefind that was dropped
  else if (shownParts === 'all') return; // what is shown was searched over both already
  // A count already said is replaced and said again; while the visitor types, none is said yet.
  if (lastRun) void run(lastRun, false, Boolean(status?.textContent), true);
}

/** A search the visitor starts tries a failed archive again, once its first results are shown. */
function retryArchive(): void {
  archiveFailed = false;
}

/** The search the typing last started, so that Enter on the same words only announces it. */
let typed: { url: string; done: Promise<void>; generation: number } | undefined;

function search(state: SearchState, announce = true): void {
  const url = urlFor(state);
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  void run(state, announce, announce);
}

/** Enter: the results the typing has already fetched are announced at once; other words are searched. */
function submit(state: SearchState): void {
  const same = typed && typed.url === urlFor(state) && typed.generation === generation ? typed : undefined;
  if (!same || !state.q) return search(state);
  void same.done.then(() => {
    if (same.generation === generation && status) status.textContent = statusMessage(state);
  });
}

/**
 * Calls `then` once the page has painted its content (the browser's first contentful paint).
 * Where no paint is reported (an older browser, or a page opened in a background tab, which
 * never reports one), after the load event, two frames and `PAINT_FALLBACK` ms.
 */
function afterFirstPaint(then: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    setTimeout(then, 0);
  };
  if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      start();
    }).observe({ type: 'paint', buffered: true });
  }
  const fallback = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, PAINT_FALLBACK)));
  if (document.readyState === 'complete') fallback();
  else window.addEventListener('load', fallback, { once: true });
}

let typing: ReturnType<typeof setTimeout> | undefined;
let announcing: ReturnType<typeof setTimeout> | undefined;

if (form && status && section && list && moreButton) {
  const initial = stateFromUrl(new URL(location.href));
  fillForm(form, initial);
  // A shared link's search waits until the page has painted, so that Pagefind's downloads
  // never hold up the first paint on a slow connection; a search typed meanwhile wins.
  afterFirstPaint(() => {
    if (generation === 0) void run(initial);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    retryArchive();
    clearTimeout(typing);
    clearTimeout(announcing);
    submit(stateFromForm(form));
  });
  // Changing a filter or the order updates the results below at once; focus stays put.
  form.addEventListener('change', (event) => {
    if (
      event.target instanceof HTMLSelectElement ||
      (event.target instanceof HTMLInputElement && event.target.type === 'checkbox')
    ) {
      retryArchive();
      search(stateFromForm(form));
    }
  });
  // Focus or a first key means a search is coming: fetch Pagefind and its index now.
  const prepare = () => void loadPagefind().catch(() => undefined);
  form.addEventListener('focusin', prepare, { once: true });
  form.addEventListener('keydown', prepare, { once: true });
  // Results follow the typing; the count is announced when the typing has paused a while.
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
    retryArchive();
    clearTimeout(typing);
    clearTimeout(announcing);
    // Each key searches at once and fetches the first results' texts, so that Enter, or the
    // pause that shows the results, finds them ready.
    const typedState = stateFromForm(form);
    if ((normalisedQuery(typedState) ?? '').length >= SEARCH_AS_TYPED_FROM) find(typedState).catch(() => undefined);
    typing = setTimeout(() => {
      const state = stateFromForm(form);
      history.replaceState(null, '', urlFor(state));
      const done = run(state, false, false);
      typed = { url: urlFor(state), done, generation };
      announcing = setTimeout(() => {
        if (!section.hasAttribute('aria-busy') && (state.q || Object.keys(state.filters).length > 0))
          status.textContent = statusMessage(state);
      }, 1000);
    }, TYPING_DELAY);
  });
  moreButton.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    const state = stateFromUrl(new URL(location.href));
    fillForm(form, state);
    retryArchive();
    void run(state);
  });
}
