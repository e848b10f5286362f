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

/** The switch for a build with only what the sources state: `npm run build -- --utan-exempel`. */
export const WITHOUT_EXAMPLES_FLAG = '--utan-exempel';

/**
 * Whether `INSYN_UTAN_EXEMPEL` asks for a build without examples, as the flag does (read by
 * scripts/astro.ts, which builds from a copy of the content without them): any value but
 * empty, `0`, `nej` or `false`.
 */
export function withoutExamplesAsked(value = process.env.INSYN_UTAN_EXEMPEL): boolean {
  return value !== undefined && !['', '0', 'nej', 'false'].includes(value.trim().toLowerCase());
}
