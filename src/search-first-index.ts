/**
 * How many records the first search index holds at most (`src/lib/search/index-split.ts`).
 * `INSYN_SEARCH_FIRST_INDEX` lets tests and the benchmark split a small index; the build's
 * index and the search page read the same value.
 */
import { firstIndexLimit } from '#lib/search/index-split.ts';

export const SEARCH_FIRST_INDEX_LIMIT = firstIndexLimit(process.env.INSYN_SEARCH_FIRST_INDEX);
