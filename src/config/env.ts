/**
 * Every environment variable the site's build reads, in one place. Tests and the benchmark
 * set them to build other content or split a small search index with the same code.
 */
import { firstIndexLimit } from '#lib/search/index-split.ts';

/** Where the content lives, relative to the project root (`INSYN_CONTENT_DIR`). */
export const CONTENT_DIR = process.env.INSYN_CONTENT_DIR ?? 'content';

/**
 * How many records the first search index holds at most (`src/lib/search/index-split.ts`;
 * `INSYN_SEARCH_FIRST_INDEX`). The build's index and the search page read the same value.
 */
export const SEARCH_FIRST_INDEX_LIMIT = firstIndexLimit(process.env.INSYN_SEARCH_FIRST_INDEX);

/**
 * The address the site is published at when it differs from the `site` of the organisation's
 * configuration (`SITE_URL`, as for a test or a preview host); `siteUrl()` in
 * src/data/configuration.ts gives the address to use.
 */
export const SITE_URL_OVERRIDE = process.env.SITE_URL;
