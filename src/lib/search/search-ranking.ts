/**
 * The order a journalist expects, on top of Pagefind's relevance: first the pages staff
 * pinned to the query (best bets, `search-words.ts`); for a diarienummer or a paragraph, the
 * case's own records next (the decision, then the plan or report, then the documents filed
 * under it); then the rest by relevance, weighted towards entries from the sources that
 * belong to no archived plan. Each group keeps Pagefind's order.
 *
 * Pagefind cannot weight custom records, and a result's type is only known once its
 * fragment is fetched, so the groups are found with extra searches on the index itself,
 * which reuse the chunks the main search has loaded: one for hidden case tokens that only
 * the case's own records carry (`ownerToken`), one for the hidden word of the preferred
 * entries, and for a pinned query one for its token.
 */
import { INDEX_PART_FILTER } from './index-split.ts';
import { withLongerForms } from './longer-forms.ts';
import { bestBetToken, searchKey } from './search-words.ts';

/** The filter that tells sources from examples ("Visa inte exempel"): every record has one of its two values. */
export const EXAMPLE_FILTER = { key: 'exempel', source: 'nej', example: 'ja' } as const;

/**
 * A hidden word for ranking that every record from the sources carries, unless all the plans
 * it belongs to are archived (older than each body's latest followed-up plan): searching the
 * query with it finds the preferred records among the hits from one small index chunk, where
 * the example filter would fetch a filter file listing every record (15 kB at 100× the
 * content). One word for both, so that ranking by plan costs no download of its own.
 */
export const SOURCE_TOKEN = 'insynkalla';

/**
 * How near a record is to a case: 1 the decision itself (by its paragraph, or filed under the
 * dnr), 2 the plan or report with the dnr or that the decision concerns, 3 the documents.
 */
export type CaseRank = 1 | 2 | 3;
const CASE_RANKS: readonly CaseRank[] = [1, 2, 3];

const PARAGRAPH_DIGITS = 4;

/**
 * How much more a preferred entry (`SOURCE_TOKEN`) weighs than an example or an archived
 * plan's: enough that current sources lead for a broad word like `ekonomi` or `budget`, not
 * so much that an example whose own title is the query (`samisk kulturkompetens`) falls
 * below every source that merely mentions it.
 */
export const SOURCE_WEIGHT = 3;

function dnrKey(number: string | number, year: string | number): string {
  return `d${Number(number)}x${year}`;
}

function paragraphKey(paragraph: string | number): string {
  return `p${String(Number(paragraph)).padStart(PARAGRAPH_DIGITS, '0')}`;
}

/**
 * The hidden token of a case at a rank: the case's key, then the rank, so that a case's three
 * tokens sort together and share one chunk of the index (`insynd595x2023z1`, `…z2`, `…z3`):
 * a search for a dnr fetches one chunk for all three. Letters and digits only, so Pagefind
 * keeps it whole; it ends in a digit, so the stemmer leaves it alone; none is a prefix of another.
 */
function caseToken(key: string, rank: CaseRank): string {
  return `insyn${key}z${rank}`;
}

/**
 * The hidden tokens a record carries for the cases it is the record of: `insynd595x2023z1`
 * for a decision filed under RS/595/2023, `insynp0194z1` for the decision § 194.
 */
export function ownerToken(owned: { dnr?: string; paragraph?: number; rank: CaseRank }): string[] {
  const tokens: string[] = [];
  const dnr = owned.dnr && /(\d+)\/(\d{4})$/.exec(owned.dnr);
  if (dnr) tokens.push(caseToken(dnrKey(dnr[1], dnr[2]), owned.rank));
  if (owned.paragraph !== undefined) tokens.push(caseToken(paragraphKey(owned.paragraph), owned.rank));
  return tokens;
}

/** The cases a normalised query names (`RS/595/2023`, `595/2023`, `paragraf0194`), as keys of `ownerToken`. */
export function caseKeys(normalisedQuery: string): string[] {
  const keys = new Set<string>();
  for (const [, number, year] of normalisedQuery.matchAll(
    /(?<![\p{L}\p{N}])(?:\p{L}+\/)?(\d{1,5})\/(\d{4})(?![\p{L}\p{N}])/gu,
  ))
    keys.add(dnrKey(number, year));
  for (const [, paragraph] of normalisedQuery.matchAll(/(?<![\p{L}\p{N}])paragraf(\d+)(?![\p{L}\p{N}])/gu))
    keys.add(paragraphKey(paragraph));
  return [...keys];
}

export interface SearchOptions {
  filters?: Record<string, string | string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** What ranking needs of Pagefind's JS API. */
/** A Pagefind result: its id, and its fragment on demand. */
export interface SearchResult {
  id: string;
  /** Pagefind's relevance. */
  score: number;
  data(): Promise<{ content: string }>;
}

export interface SearchApi<R extends SearchResult> {
  search(
    term: string | null,
    options?: SearchOptions,
  ): Promise<{ results: R[]; filters?: Record<string, Record<string, number>> } | null>;
  /** Loads the index chunks `term`'s words need, without searching; a fake index without chunks has none. */
  preload?(term: string, options?: SearchOptions): Promise<void>;
}

/**
 * Pagefind's options, and "Visa inte exempel". `parts` when the archive is merged into the
 * first index (`index-split.ts`): a date order then asks each part on its own.
 */
export type RankedOptions = SearchOptions & {
  withoutExamples?: boolean;
  parts?: boolean;
  /** The queries staff pinned pages to, as `searchKey` gives them: only these look for a best bet. */
  bestBets?: readonly string[];
};

function withExampleFilter(options: RankedOptions): Record<string, string | string[]> {
  return {
    ...options.filters,
    ...(options.withoutExamples ? { [EXAMPLE_FILTER.key]: EXAMPLE_FILTER.source } : {}),
  };
}

/** The owner tokens of the cases `query` names, at `rank`. */
function caseTerms(query: string, rank: CaseRank): string[] {
  return caseKeys(query).map((key) => caseToken(key, rank));
}

/** The query narrowed to the sources' records. */
function sourceTerm(query: string): string {
  return `${query} ${SOURCE_TOKEN}`;
}

/**
 * A search in date order over the first index and its merged archive. Pagefind orders
 * merged results by score, which in a sorted search is a record's place in its own part,
 * so the parts would interleave; instead each part is searched alone (the filter each was
 * given when loaded) and the parts follow each other: they hold whole years, the first
 * index the newest.
 */
async function sortedByParts<R extends SearchResult>(
  api: SearchApi<R>,
  query: string | null,
  filters: Record<string, string | string[]>,
  sort: Record<string, 'asc' | 'desc'>,
): Promise<R[] | null> {
  const part = (value: string) => api.search(query, { filters: { ...filters, [INDEX_PART_FILTER.key]: value }, sort });
  const [first, archive] = await Promise.all([part(INDEX_PART_FILTER.first), part(INDEX_PART_FILTER.archive)]);
  if (!first || !archive) return null;
  const newestFirst = Object.values(sort).includes('desc');
  return newestFirst ? [...first.results, ...archive.results] : [...archive.results, ...first.results];
}

/** Words with a digit: diarienummer, paragraph tokens, figures and dates, whole tokens rather than the start of longer words. */
const WITH_DIGIT = /\p{N}/u;

/**
 * The parts of a merged index that can hold a query's records. Pagefind answers a word an
 * index lacks with near matches (it shortens the word until something matches), so a
 * diarienummer that only the first index has would bring the archive's near matches (at
 * 100× the content, 2 146 hits for RS/595/2023 and their fragments), where one index over
 * everything finds only the records with it. An exact search of each word with a digit,
 * which never shortens, counts its records per part; a part without one of them is left
 * out, as one index would leave its records out (a word no part has is shortened by both,
 * as by one index). Words of letters alone are not checked: an exact search would miss the
 * longer words a prefix finds (`ekonomi` → `ekonomiska`).
 */
async function partsFor<R extends SearchResult>(api: SearchApi<R>, query: string | null): Promise<string[]> {
  const all: string[] = [INDEX_PART_FILTER.first, INDEX_PART_FILTER.archive];
  const words = (query ?? '')
    .replace(/"/g, '')
    .split(/\s+/)
    .filter((word) => WITH_DIGIT.test(word));
  const counts = await Promise.all(words.map((word) => api.search(`"${word}"`, {})));
  return counts.reduce<string[]>((kept, response) => {
    const having = all.filter((part) => (response?.filters?.[INDEX_PART_FILTER.key]?.[part] ?? 0) > 0);
    return having.length === 0 ? kept : kept.filter((part) => having.includes(part));
  }, all);
}

/**
 * Searches `query` (already normalised with `normaliseQuery`) and orders the results:
 * the pages pinned to it (`bestBets`), the case's records in `CaseRank` order, then by
 * relevance with preferred entries weighted `SOURCE_WEIGHT` times an example's or an archived
 * plan's. `withoutExamples` leaves examples out (the "Visa inte exempel" choice). With a sort order or no words, the date order is kept.
 * Over a first index with its archive merged (`parts`), only the parts that have the query's
 * words with digits are searched, and a date order lists one part after the other.
 */
export async function rankedSearch<R extends SearchResult>(
  api: SearchApi<R>,
  query: string | null,
  options: RankedOptions = {},
): Promise<R[] | null> {
  const parts = options.parts ? await partsFor(api, query) : undefined; // undefined: one index
  if (parts?.length === 0) return [];
  const filters = {
    ...withExampleFilter(options),
    ...(parts?.length === 1 ? { [INDEX_PART_FILTER.key]: parts[0] } : {}),
  };
  // Before any search of the query, so that each finds the words' longer forms (`longer-forms.ts`).
  if (query) await api.preload?.(withLongerForms(query), { filters });
  if (options.sort && parts?.length === 2) return sortedByParts(api, query, filters, options.sort);
  const main = api.search(query, { filters, ...(options.sort ? { sort: options.sort } : {}) });
  if (!query || options.sort) return (await main)?.results ?? null;

  const ids = async (terms: string[]) => {
    const responses = await Promise.all(terms.map((term) => api.search(term, { filters })));
    return new Set(responses.flatMap((r) => r?.results.map((result) => result.id) ?? []));
  };
  // Pagefind answers a word it does not have with near matches (over a merged archive without
  // the token, hundreds of other cases' records, each a fragment to fetch), so a hidden token
  // is searched exactly, which never shortens, and its hits are still checked: they are few,
  // and their fragments are the ones the page shows first anyway.
  const holders = async (tokens: string[]): Promise<R[]> => {
    const responses = await Promise.all(tokens.map((token) => api.search(`"${token}"`, { filters })));
    const candidates = responses.flatMap((r) => r?.results ?? []);
    const contents = await Promise.all(candidates.map(async (r) => (await r.data()).content.split(/\s+/)));
    const seen = new Set<string>();
    return candidates.filter((r, i) => {
      if (seen.has(r.id) || !tokens.some((token) => contents[i].includes(token))) return false;
      seen.add(r.id);
      return true;
    });
  };
  const ofCase = (rank: CaseRank) => {
    const terms = caseTerms(query, rank);
    return terms.length > 0
      ? holders(terms).then((found) => new Set(found.map((r) => r.id)))
      : Promise.resolve(undefined);
  };
  const pinned = options.bestBets?.includes(searchKey(query)) ? holders([bestBetToken(query)]) : undefined;
  // A query that names a case is ordered by the case's groups; the few other records that
  // mention it keep Pagefind's order, which spares the preferred word's chunk of the index
  // (at 100× the content it would take a first search for a dnr over 100 kB).
  const named = caseKeys(query).length > 0;
  const [response, bets, cases, sources] = await Promise.all([
    main,
    pinned,
    Promise.all(CASE_RANKS.map(ofCase)),
    named ? Promise.resolve(undefined) : ids([sourceTerm(query)]),
  ]);
  if (!response) return null;
  const betIds = new Set(bets?.map((r) => r.id));
  const group = (id: string) => {
    if (betIds.has(id)) return 0;
    const rank = cases.findIndex((found) => found?.has(id));
    return rank === -1 ? CASE_RANKS.length + 1 : rank + 1;
  };
  const weight = (id: string) => (!sources || sources.has(id) ? SOURCE_WEIGHT : 1);
  // A pinned page is listed even when the query's words are not in it.
  const listed = new Set(response.results.map((r) => r.id));
  const all = [...response.results, ...(bets ?? []).filter((r) => !listed.has(r.id))];
  return all
    .map((result, position) => ({ result, position, group: group(result.id), score: result.score * weight(result.id) }))
    .sort((a, b) => a.group - b.group || b.score - a.score || a.position - b.position)
    .map(({ result }) => result);
}
