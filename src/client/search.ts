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
 *
 * What to search, when, and what to announce is decided by `SearchSession`
 * (`src/lib/search/search-session.ts`, unit-tested); this file only wires it to Pagefind and
 * the page.
 */
import { ARCHIVE_DIR, INDEX_PART_FILTER } from '#lib/search/index-split.ts';
import { rankedSearch, EXAMPLE_FILTER } from '#lib/search/search-ranking.ts';
import { ANNOUNCE_DELAY, PAGE_SIZE, type RunOptions, SearchSession, TYPING_DELAY } from '#lib/search/search-session.ts';
import {
  listFromData,
  normalisedQuery,
  opensFilters,
  searchOptions,
  type SearchState,
  stateFromFields,
  stateFromParams,
} from '#lib/search/search-state.ts';
import { moreLabel } from '#lib/search/search-status.ts';
import { SEARCH_FILTER_KEYS, type SearchMessages } from '#lib/search/search-texts.ts';
import { afterFirstPaint } from './first-paint.ts';
import { type PagefindData, renderResult } from './search-result.ts';

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
  /** Loads the index chunks a search of `term` needs, without searching. */
  preload(term: string, options: { filters?: Record<string, string | string[]> }): Promise<void>;
  /** Fetches the WebAssembly and the index's metadata ahead of the first search. */
  init(): Promise<void>;
  /** Set before `init`: the part filter the first index answers to (`INDEX_PART_FILTER`). */
  options(options: { mergeFilter: Record<string, string> }): Promise<void>;
  /** Loads another index (its entry and metadata only) into the same search. */
  mergeIndex(url: string, options: { mergeFilter: Record<string, string> }): Promise<void>;
  /** Drops the loaded index, so that the next `init` starts afresh. */
  destroy(): Promise<void>;
}

/** A search's ranked results, the texts of its first page, and the parts it covers. */
interface Found {
  results: PagefindResult[];
  first: PagefindData[];
  parts: 'first' | 'all';
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const section = document.querySelector<HTMLElement>('[data-search-results]');
const list = section?.querySelector<HTMLOListElement>('ol');
const moreButton = section?.querySelector<HTMLButtonElement>('button');
/** "Bläddra i stället": its place is taken by the results while there are any, so nothing on screen moves. */
const browse = document.querySelector<HTMLElement>('[data-search-browse]');

const PAGEFIND_URL = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
/** The dnr prefixes and the queries staff pinned pages to (`content/sok/sokord.json`), as the page's build wrote them. */
const prefixes = listFromData(form?.dataset.prefixes, ' ');
const bestBets = listFromData(form?.dataset.bestBets, '|');

/** What the script says, in the page's language: the page writes it from its message catalogue. */
const messages = JSON.parse(form?.dataset.messages ?? '{}') as SearchMessages;

const session = new SearchSession<Promise<Found | null>>({
  pathname: location.pathname,
  firstYears: form?.dataset.firstYears,
  messages,
});

let pagefind: Promise<Pagefind> | undefined;
/** The results of the search on screen not yet shown, for "Visa fler". */
let pending: PagefindResult[] = [];

function loadPagefind(): Promise<Pagefind> {
  // A computed URL, so the bundler leaves the import to the browser: the index is written after the site is built.
  pagefind ??= (import(/* @vite-ignore */ `${PAGEFIND_URL}pagefind.js`) as Promise<Pagefind>)
    .then(async (api) => {
      if (session.split) await api.options({ mergeFilter: { [INDEX_PART_FILTER.key]: INDEX_PART_FILTER.first } });
      await api.init();
      if (session.idle) mergeArchive(api); // made ready by focus: nothing to show first
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
  if (!session.claimArchive()) return;
  api
    .mergeIndex(`${PAGEFIND_URL}${ARCHIVE_DIR}/`, {
      mergeFilter: { [INDEX_PART_FILTER.key]: INDEX_PART_FILTER.archive },
    })
    .then(
      () => showAgain(),
      async () => {
        session.archiveFailed();
        await api.destroy().catch(() => undefined);
        pagefind = undefined;
        showAgain();
      },
    );
}

/** The archive is merged once no search is waiting for its first results. */
function mergeWhenIdle(): void {
  if (session.idle) pagefind?.then(mergeArchive, () => undefined);
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
  const filters = target.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  if (filters && opensFilters(state)) filters.open = true;
}

function stateFromForm(target: HTMLFormElement): SearchState {
  return stateFromFields(new FormData(target));
}

function stateFromLocation(): SearchState {
  return stateFromParams(new URL(location.href).searchParams);
}

async function searchWith(api: Pagefind, state: SearchState): Promise<Found | null> {
  const covered = session.parts; // as sent: once the merge is asked for, Pagefind waits for the archive
  const results = await rankedSearch(api, normalisedQuery(state, prefixes), {
    ...searchOptions(state, bestBets),
    parts: session.mergedSearch(covered),
  });
  if (!results) return null;
  return { results, first: await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data())), parts: covered };
}

/** Searches `state`, or returns the same search already made or under way. */
function find(state: SearchState): Promise<Found | null> {
  const key = session.searchKey(state);
  const known = session.found.get(key);
  if (known) return known;
  session.searchStarted();
  const search = loadPagefind().then(
    (api) =>
      searchWith(api, state).finally(() => {
        if (session.searchReturned()) mergeWhenIdle();
      }),
    (error: unknown) => {
      session.searchReturned();
      throw error;
    },
  );
  search.catch(() => session.found.delete(key)); // a failed search is tried again, and says so when shown
  session.found.set(key, search);
  return search;
}

function updateMoreButton(): void {
  if (!moreButton) return;
  moreButton.hidden = pending.length === 0;
  moreButton.textContent = moreLabel(messages, session.total - pending.length, session.total);
}

/** "Visa fler": keyboard and screen reader users continue at the first new result. */
async function showMore(): Promise<void> {
  if (!list) return;
  const batch = pending.splice(0, PAGE_SIZE);
  const items = (await Promise.all(batch.map((result) => result.data()))).map(renderResult);
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

/** Runs a search and shows it, as `options` say (`RunOptions`). */
async function run(state: SearchState, options: RunOptions = {}): Promise<void> {
  if (!status || !section || !list) return;
  const start = session.startRun(state, options);
  if (start.kind === 'clear') {
    showResults(false);
    list.replaceChildren();
    status.textContent = start.status;
    return;
  }
  section.setAttribute('aria-busy', 'true');
  if (start.clearStatus) status.textContent = '';
  try {
    const answer = await find(state);
    if (!session.isCurrent(start.generation) || !answer) return; // a newer search has started
    const shown = session.shown(state, { total: answer.results.length, parts: answer.parts }, options);
    pending = answer.results.slice(PAGE_SIZE);
    // The first results replace the old ones in one step, so the list never flashes empty.
    list.replaceChildren(...answer.first.map(renderResult));
    updateMoreButton();
    showResults(session.total > 0);
    if (shown.status !== undefined) status.textContent = shown.status;
    if (shown.mergeWhenIdle) mergeWhenIdle(); // shown from memory after a failed archive, say
  } catch {
    if (session.isCurrent(start.generation)) status.textContent = messages.failed;
  } finally {
    if (session.isCurrent(start.generation)) section.removeAttribute('aria-busy');
  }
}

/** The archive is in, or could not be loaded: the last search runs again over what can be searched. */
function showAgain(): void {
  const rerun = session.afterArchive({ statusSaid: Boolean(status?.textContent) });
  if (rerun) void run(rerun.state, rerun.options);
}

/** A search the visitor asked for: its URL is pushed, so Back returns to the one before. */
function search(state: SearchState): void {
  const url = session.urlFor(state);
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  void run(state, { asked: true, announce: true });
}

/** Enter: the results the typing has already fetched are announced at once; other words are searched. */
function submit(state: SearchState): void {
  const action = session.submit(state);
  if (action.kind === 'search') return search(state);
  void action.typed.done.then(() => {
    if (session.isCurrent(action.typed.generation) && status) status.textContent = session.statusMessage(state);
  });
}

let typing: ReturnType<typeof setTimeout> | undefined;
let announcing: ReturnType<typeof setTimeout> | undefined;

if (form && status && section && list && moreButton) {
  const initial = stateFromLocation();
  fillForm(form, initial);
  // A shared link's search waits until the page has painted, so that Pagefind's downloads
  // never hold up the first paint on a slow connection; a search typed meanwhile wins.
  afterFirstPaint(() => {
    if (!session.started) void run(initial);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    session.retryArchive();
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
      session.retryArchive();
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
    session.retryArchive();
    clearTimeout(typing);
    clearTimeout(announcing);
    // Each key searches at once and fetches the first results' texts, so that Enter, or the
    // pause that shows the results, finds them ready.
    const typedState = stateFromForm(form);
    if (session.searchesAsTyped(normalisedQuery(typedState, prefixes))) find(typedState).catch(() => undefined);
    typing = setTimeout(() => {
      const state = stateFromForm(form);
      history.replaceState(null, '', session.urlFor(state));
      session.typedRun(state, run(state, { asked: false, announce: false }));
      announcing = setTimeout(() => {
        const said = session.pauseAnnouncement(state, { busy: section.hasAttribute('aria-busy') });
        if (said !== undefined) status.textContent = said;
      }, ANNOUNCE_DELAY);
    }, TYPING_DELAY);
  });
  moreButton.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    const state = stateFromLocation();
    fillForm(form, state);
    session.retryArchive();
    void run(state);
  });
}
