/**
 * The search index in two parts, by year: a first index with the newest whole years, which
 * is all a first search downloads, and an archive with the older years, which the search
 * page merges in once the first results are shown. A first search's cost then follows the
 * newest years, not the whole history (at 100× the content, the metadata of every record
 * alone would be 58 kB).
 *
 * The build splits the records and the search page says which years the first index holds,
 * both with `splitByYear` over the same records, so they cannot disagree.
 */

/** At most this many records in the first index, unless its newest year alone has more. */
export const FIRST_INDEX_LIMIT = 1000;

/**
 * The first index's chunks, in bytes before compression per record of its largest language,
 * and at least `MIN_CHUNK_SIZE`. Pagefind's own size made chunks of 13–25 kB compressed for
 * the 74 records of a language at 100× the content, so a first search fetched 25–38 kB of
 * index for one or two words. Growing with the records keeps the number of chunks, and so
 * how often a word's longer forms end in a chunk of their own (`longer-forms.ts`), as on the
 * bundled content, where every start of a word finds what one undivided index finds.
 */
const CHUNK_BYTES_PER_RECORD = 20;
const MIN_CHUNK_SIZE = 2000;

/** The chunk size for the first index of `records` (Pagefind's index is one per language). */
export function firstChunkSize(records: readonly { language: string }[]): number {
  const perLanguage = new Map<string, number>();
  for (const { language } of records) perLanguage.set(language, (perLanguage.get(language) ?? 0) + 1);
  return Math.max(MIN_CHUNK_SIZE, CHUNK_BYTES_PER_RECORD * Math.max(0, ...perLanguage.values()));
}

/** The archive's folder inside the Pagefind bundle's folder: `/pagefind/arkiv/`. */
export const ARCHIVE_DIR = 'arkiv';

/**
 * A filter the search page gives each part when it loads it (Pagefind's `mergeFilter`,
 * nothing in the index files), so that a search sorted by date can ask each part on its own:
 * Pagefind orders merged results by score, which for a sorted search is a record's place in
 * its own part, so the parts' orders would interleave.
 */
export const INDEX_PART_FILTER = { key: 'del', first: 'nyast', archive: 'arkiv' } as const;

export interface IndexSplit<R> {
  /** The records without a year and those of the newest years. */
  first: R[];
  /** The rest, older years only; empty when everything fits in the first index. */
  archive: R[];
  /** The years the first index holds, oldest and newest; undefined when none of its records has one. */
  firstYears?: { from: number; to: number };
}

/** A record's year: the start of its sort date (`2024-04-30`, `2024-02` or `2024`), if it has one. */
function yearOf(record: { sort: { date: string } }): number | undefined {
  const year = /^\d{4}/.exec(record.sort.date);
  return year ? Number(year[0]) : undefined;
}

/**
 * Splits `records` into the first index and the archive. Years are kept whole, so that the
 * parts never share a date and a date order lists one part after the other: from the newest
 * year down, each year joins the first index while the total stays within `limit`, and the
 * newest year always does, however many records it has (a first index without it would find
 * nothing new). Records without a year are always in the first index. Each record is in
 * exactly one part, in the order given.
 */
export function splitByYear<R extends { sort: { date: string } }>(
  records: readonly R[],
  limit = FIRST_INDEX_LIMIT,
): IndexSplit<R> {
  const perYear = new Map<number, number>();
  let undated = 0;
  for (const record of records) {
    const year = yearOf(record);
    if (year === undefined) undated++;
    else perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const newestFirst = [...perYear.keys()].sort((a, b) => b - a);
  let total = undated;
  let oldestKept: number | undefined;
  for (const year of newestFirst) {
    const count = perYear.get(year) ?? 0;
    if (oldestKept !== undefined && total + count > limit) break;
    total += count;
    oldestKept = year;
  }
  const inFirst = (record: R) => {
    const year = yearOf(record);
    return year === undefined || (oldestKept !== undefined && year >= oldestKept);
  };
  return {
    first: records.filter(inFirst),
    archive: records.filter((record) => !inFirst(record)),
    ...(oldestKept !== undefined ? { firstYears: { from: oldestKept, to: newestFirst[0] } } : {}),
  };
}

/**
 * The first index's limit from the build's `INSYN_SEARCH_FIRST_INDEX` (a whole number of
 * records), or `FIRST_INDEX_LIMIT` when it is not set. Tests and the benchmark set it to
 * split a small index; anything but a whole number stops the build.
 */
export function firstIndexLimit(value: string | undefined): number {
  if (value === undefined || value === '') return FIRST_INDEX_LIMIT;
  if (!/^\d+$/.test(value)) throw new Error(`INSYN_SEARCH_FIRST_INDEX ska vara ett heltal, inte ”${value}”.`);
  return Number(value);
}

/** The first index's years as the search page says them: `2023–2025`, or `2025` alone. */
export function yearSpan(years: { from: number; to: number }): string {
  return years.from === years.to ? String(years.to) : `${years.from}–${years.to}`;
}
