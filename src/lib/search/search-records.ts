/**
 * The search index's records, built from the validated content rather than crawled from
 * the built pages: what a record holds is decided here, page chrome (navigation, footer)
 * never gets in, and page templates can change without changing search.
 *
 * One record per uppdrag, nyckeltal, plan, report, decision and document. Its content is
 * the entry's own text with the names of what it belongs to, and the figures as the page
 * shows them; `meta` is what a result shows (type, latest status, plan or date); `filters`
 * and `sort` are what the search page filters and sorts by.
 */
import type { CollectionName } from '../../schemas/index.ts';
import { type Catalog, buildBacklinks, entries, perCatalog } from '#lib/core/catalog.ts';
import { dnrPrefixes, lookupTokens } from '#lib/search/dnr.ts';
import { STATUS_LABELS } from '#lib/core/labels.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { citedShortName } from '#lib/core/titles.ts';
import { latestFollowedUpPlans } from '#lib/content/plan-order.ts';
import type { SearchWords } from '../../schemas/search-words.ts';
import { type CompoundSplitter, compoundSplitter } from './compounds.ts';
import { type SearchWordsApplier, searchWordsApplier } from './search-words.ts';
import {
  type BuildContext,
  type RecordDraft,
  type SearchMeta,
  decisionRecord,
  documentRecord,
  nyckeltalRecord,
  planRecord,
  reportRecord,
  uppdragRecord,
} from './record-builders.ts';
import { HIDDEN_MARK } from './search-excerpt.ts';
import { hasExampleValues } from '#lib/content/examples.ts';
import { type InfoPage, infoPageSortDate } from '#lib/content/info-pages.ts';
import { EXAMPLE_FILTER, SOURCE_TOKEN, ownerToken } from './search-ranking.ts';
import type { SearchFilterKey } from './search-texts.ts';
import { sv } from '#lib/i18n/sv.ts';

/** The Swedish index's words; the English records are made from these (english-records.ts). */
const RECORD_TEXT = sv.searchPage.records;

export type { SearchMeta } from './record-builders.ts';

/** What Pagefind's `addCustomRecord` takes. */
export interface SearchRecord {
  url: string;
  /**
   * The visible text, then `HIDDEN_MARK` and the words that are searched but never shown:
   * diarienummer and paragraph tokens, the parts of compound words, the case tokens and
   * ISO dates. The search page's excerpts stop at the mark.
   */
  content: string;
  /** The interface language of the page it finds: one Pagefind index per language. */
  language: 'sv' | 'en';
  meta: SearchMeta;
  filters: Partial<Record<SearchFilterKey | typeof EXAMPLE_FILTER.key, string[]>>;
  /** ISO date (`2024-04-30`, or `2024-02` when only the month is known); every record has one, since Pagefind leaves records without the key out of sorted results. */
  sort: { date: string };
}

/** The plain running text of an MDX text: markup, imports and components left out. */
export function mdxToText(mdx: string): string {
  return mdx
    .replace(/^\s*(?:import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*`]+/g, '')
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '$1')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Texts as Pagefind should see them: no-break spaces and U+2212 minus as plain ones, so `31 612` is two words as typed. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
}

function visibleText(draft: RecordDraft): string {
  return plain(draft.lines.filter(Boolean).join('\n'));
}

/** What every record is made with besides its draft. */
interface RecordTools {
  prefixes: readonly string[];
  splitter: CompoundSplitter;
  searchWords: SearchWordsApplier;
  /** Whether all the plans a record belongs to (by the titles in its plan filter) are archived. */
  archived: (draft: RecordDraft) => boolean;
}

/** A draft as a Pagefind record: its visible text, then the hidden tokens after the mark. */
function toRecord(draft: RecordDraft, text: string, tools: RecordTools): SearchRecord {
  const url = hrefFor({ collection: draft.collection, id: draft.entry.id });
  const hidden = [
    ...lookupTokens(text, tools.prefixes),
    ...draft.owns.flatMap((owned) => ownerToken(owned)),
    ...tools.splitter.tokens(text),
    ...tools.searchWords.tokens(text, url),
    ...(draft.hidden ?? []),
  ];
  const { data } = draft.entry;
  const example = hasExampleValues(data);
  if (!example && !tools.archived(draft)) hidden.push(SOURCE_TOKEN);
  // A record carries only the meta it has a value for.
  const meta: SearchMeta = { ...draft.meta };
  for (const [key, value] of Object.entries(meta)) if (value === undefined) delete meta[key];
  if (example) meta.example = RECORD_TEXT.example;
  // The record's own text says it, so an excerpt copied from the results keeps the mark.
  const shown = example ? `${RECORD_TEXT.exampleLine}\n${text}` : text;
  const filters = Object.fromEntries(Object.entries(draft.filters).filter(([, list]) => list && list.length > 0));
  return {
    url,
    content: hidden.length > 0 ? `${shown}\n${HIDDEN_MARK}\n${[...new Set(hidden)].join(' ')}` : shown,
    language: 'sv',
    meta,
    filters: { ...filters, [EXAMPLE_FILTER.key]: [example ? EXAMPLE_FILTER.example : EXAMPLE_FILTER.source] },
    sort: { date: draft.date },
  };
}

/**
 * Records of different kinds that would show the same title say what they are in it:
 * `… (rapport, uppföljning)` and `… (dokument, rapport)`. Two of one kind (the same
 * nyckeltal in two plans) are told apart by the plan their hit shows.
 */
function distinctTitles(drafts: RecordDraft[]): void {
  const types = new Map<string, Set<string>>();
  for (const d of drafts) types.set(d.meta.title, (types.get(d.meta.title) ?? new Set()).add(d.meta.type));
  for (const d of drafts)
    if ((types.get(d.meta.title)?.size ?? 0) > 1) d.meta.title = `${d.meta.title} (${d.meta.type.toLowerCase()})`;
}

/** What the build adds to the content: the staff's search words, and the Swedish word list for compounds. */
export interface SearchRecordOptions {
  searchWords?: SearchWords;
  wordList?: ReadonlySet<string>;
}

/**
 * The plans that are archived for search: those older than each body's newest plan followed
 * up in a report (the plan the start page summarises) and the newer ones. By the plans' years
 * and reports, never by the day of the build.
 */
function archivedPlanTitles(catalog: Catalog): Set<string> {
  const current = new Set(latestFollowedUpPlans(catalog).flatMap(({ plan, newer }) => [plan, ...newer]));
  return new Set(
    entries(catalog, 'plans')
      .filter((plan) => !current.has(plan))
      .map((plan) => plan.data.title),
  );
}

/**
 * Every search record of the content: one builder per collection (`record-builders.ts`),
 * then the compound parts from the vocabulary of all records together (and the word list),
 * and the staff's synonyms and best bets. `textOf` gives an entry's MDX text (uppdrag's
 * description, documents' full text); the Astro side has none and gets records without it.
 */
export function buildSearchRecords(
  catalog: Catalog,
  textOf: (collection: CollectionName, id: string) => string | undefined = () => undefined,
  options: SearchRecordOptions = {},
): SearchRecord[] {
  const drafts = recordDrafts(catalog, textOf);
  distinctTitles(drafts);
  const texts = drafts.map(visibleText);
  const archivedTitles = archivedPlanTitles(catalog);
  const tools: RecordTools = {
    prefixes: lookupPrefixes(catalog),
    splitter: compoundSplitter(texts, options.wordList),
    searchWords: searchWordsApplier(options.searchWords),
    archived: (draft) => {
      const plans = draft.filters.plan ?? [];
      return plans.length > 0 && plans.every((title) => archivedTitles.has(title));
    },
  };
  return drafts.map((draft, i) => toRecord(draft, texts[i], tools));
}

function recordDrafts(
  catalog: Catalog,
  textOf: (collection: CollectionName, id: string) => string | undefined,
): RecordDraft[] {
  const context: BuildContext = {
    catalog,
    citedBy: buildBacklinks(catalog),
    text: (collection, id) => {
      const mdx = textOf(collection, id);
      return mdx ? mdxToText(mdx) : undefined;
    },
  };
  return [
    ...entries(catalog, 'uppdrag').map((e) => uppdragRecord(context, e)),
    ...entries(catalog, 'nyckeltal').map((e) => nyckeltalRecord(context, e)),
    ...entries(catalog, 'plans').map((e) => planRecord(context, e)),
    ...entries(catalog, 'reports').map((e) => reportRecord(context, e)),
    ...entries(catalog, 'decisions').map((e) => decisionRecord(context, e)),
    ...entries(catalog, 'documents').map((e) => documentRecord(context, e)),
  ];
}

/** The drafts without texts, made once per catalog for the search page's two uses below: at 100× the content they take seconds. */
const draftsWithoutText = perCatalog((catalog) => recordDrafts(catalog, () => undefined));

/**
 * Every value of every filter, for the search page's selects: from the records' drafts,
 * without the text, tokens and compound parts the index needs, which the page does not.
 */
export function searchFilterValues(catalog: Catalog): Record<SearchFilterKey, string[]> {
  return filterValues(draftsWithoutText(catalog));
}

/**
 * Every record's sort date, the information pages' too, without building the records: what
 * the search page needs to know how the index is split (`splitByYear`), the same dates the
 * build splits by.
 */
export function searchRecordDates(
  catalog: Catalog,
  infoPages: readonly Pick<InfoPage, 'data'>[],
): Pick<SearchRecord, 'sort'>[] {
  return [
    ...draftsWithoutText(catalog).map((draft) => ({ sort: { date: draft.date } })),
    ...infoPages.map((page) => ({ sort: { date: infoPageSortDate(page.data) } })),
  ];
}

/** Whether any record is marked as an example: only then does the search page offer to leave examples out. */
export function hasExampleRecords(catalog: Catalog): boolean {
  return draftsWithoutText(catalog).some((draft) => hasExampleValues(draft.entry.data));
}

/** The diarienummer prefixes in the content (`RS`, `RF`, …): what the query normaliser recognises. */
export function lookupPrefixes(catalog: Catalog): string[] {
  const dnrs = [
    ...entries(catalog, 'plans').map((e) => e.data.dnr),
    ...entries(catalog, 'reports').map((e) => e.data.dnr),
    ...entries(catalog, 'decisions').map((e) => e.data.dnr),
    ...entries(catalog, 'documents').map((e) => e.data.dnr),
  ].filter((dnr): dnr is string => Boolean(dnr));
  return dnrPrefixes(
    dnrs,
    // A body without a short name adds no prefix.
    entries(catalog, 'bodies').flatMap((e) => citedShortName(e.data) ?? []),
  );
}

/** Every value of every filter, sorted, for the search page's selects (years newest first). */
export function filterValues(records: readonly Pick<SearchRecord, 'filters'>[]): Record<SearchFilterKey, string[]> {
  const all: Record<string, Set<string>> = {};
  for (const r of records) {
    for (const [key, list] of Object.entries(r.filters))
      for (const value of list ?? []) (all[key] ??= new Set()).add(value);
  }
  const sorted = (key: SearchFilterKey) => [...(all[key] ?? [])].sort((a, b) => a.localeCompare(b, 'sv'));
  return {
    typ: sorted('typ'),
    organ: sorted('organ'),
    plan: sorted('plan'),
    ar: sorted('ar').reverse(),
    status: Object.values(STATUS_LABELS).filter((label) => all.status?.has(label)),
    strategi: sorted('strategi'),
  };
}
