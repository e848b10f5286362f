/**
 * Builds the search index when the site is built: Pagefind's Node API over records made
 * from the validated content (`src/lib/search/search-records.ts`), written to `<outDir>/pagefind/`.
 * Records rather than crawling the built HTML, so page chrome stays out of the index and
 * the page templates can change freely. The staff's search words (`content/sok/sokord.json`)
 * and the Swedish word list for compound words are applied here, at build time. Any error Pagefind reports fails the build (as in
 * Starlight's integration): a broken index must not ship.
 *
 * The records of the newest years make the index a first search loads; older years, when
 * there are more records than `FIRST_INDEX_LIMIT` (or `INSYN_SEARCH_FIRST_INDEX`), a second
 * complete bundle in `<outDir>/pagefind/arkiv/` that the search page merges in afterwards
 * (`src/lib/search/index-split.ts`).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { CONTENT_DIR, SEARCH_FIRST_INDEX_LIMIT } from '../config/env.ts';
import { formatProblems } from '#lib/core/problems.ts';
import { ARCHIVE_DIR, type IndexSplit, firstChunkSize, splitByYear } from '#lib/search/index-split.ts';
import { type SearchRecord, buildSearchRecords } from '#lib/search/search-records.ts';
import { infoPageRecords } from '#lib/search/info-page-records.ts';
import { englishRecords, labelTranslation } from '#lib/search/english-records.ts';
import * as svLabels from '#lib/core/labels.ts';
import * as enLabels from '#lib/i18n/labels-en.ts';
import { readConfiguration } from '../data/configuration.ts';
import { swedishWordList } from '../data/word-list.ts';
import { validatedContent } from './validated-content.ts';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new AstroError(`Sökindexet kunde inte byggas (${step}):\n${errors.join('\n')}`, 'Rätta felet och bygg igen.');
  }
}

/**
 * Pagefind reads the size it aims at for each chunk of a word index from its service's
 * environment, under a name it calls unstable; the build test of the index checks that it
 * still takes effect.
 */
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** The fields that hold text: what Pagefind's `meta` takes. */
const textsOnly = (meta: object): Record<string, string> =>
  Object.fromEntries(Object.entries(meta).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

/**
 * Writes one complete Pagefind bundle of `records` to `outputPath`, in a Pagefind service of
 * its own, started with `chunkSize` (Pagefind's own when undefined).
 */
async function writeBundle(records: readonly SearchRecord[], outputPath: string, chunkSize?: number): Promise<void> {
  await pagefind.close(); // the service reads its environment when it starts
  if (chunkSize === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
  else process.env[CHUNK_SIZE_VARIABLE] = String(chunkSize);
  const { index, errors } = await pagefind.createIndex({ writePlayground: false });
  check('createIndex', errors);
  if (!index) throw new AstroError('Sökindexet kunde inte skapas.');
  // Sent all at once rather than one answer at a time: Pagefind indexes them in the order
  // sent, so the index is the same, and thousands of records go in a third faster.
  const added = await Promise.all(
    records.map((record) => index.addCustomRecord({ ...record, meta: textsOnly(record.meta) })),
  );
  added.forEach((result, i) => check(records[i].url, result.errors));
  check('writeFiles', (await index.writeFiles({ outputPath })).errors);
}

/**
 * Builds the search records from the content under `root` (as validated by this build's
 * content check, or validated now) and writes the Pagefind bundles to `outputPath`: the
 * first index there, the archive (when `firstLimit` leaves records over) in its `arkiv/`.
 * The first index's chunks are `firstChunkSize`, the archive's, fetched after the first
 * results, Pagefind's own; `chunkSize` sets both (a test compares with an undivided index).
 * Exported so that tests build the same index without a site build.
 */
export async function writeSearchIndex(
  root: string,
  outputPath: string,
  contentDir = join(root, CONTENT_DIR),
  firstLimit = SEARCH_FIRST_INDEX_LIMIT,
  chunkSize?: number,
): Promise<IndexSplit<SearchRecord>> {
  const { catalog, entries, problems, pages, searchWords } = validatedContent(root, contentDir);
  if (problems.length > 0)
    throw new AstroError(formatProblems(problems), 'Rätta felen och bygg igen; npm run check visar samma lista.');
  const texts = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry.text]));
  const swedish = [
    ...buildSearchRecords(catalog, (collection, id) => texts.get(`${collection}/${id}`), {
      searchWords,
      wordList: swedishWordList(),
    }),
    ...infoPageRecords(pages),
  ];
  // The English pages' own index, when English is built: the same entries at /en/.
  const english = readConfiguration(contentDir).languages.includes('en')
    ? englishRecords(swedish, labelTranslation(svLabels, enLabels))
    : [];
  const split = splitByYear([...swedish, ...english], firstLimit);
  try {
    await writeBundle(split.first, outputPath, chunkSize ?? firstChunkSize(split.first));
    if (split.archive.length > 0) await writeBundle(split.archive, join(outputPath, ARCHIVE_DIR), chunkSize);
  } finally {
    await pagefind.close();
  }
  return split;
}

export function pagefindIndex(): AstroIntegration {
  let root = '';
  return {
    name: 'insyn:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outputPath = join(fileURLToPath(dir), 'pagefind');
        const { first, archive } = await writeSearchIndex(root, outputPath, resolve(root, CONTENT_DIR));
        const parts = archive.length > 0 ? ` (${first.length} i det första, ${archive.length} i arkivet)` : '';
        logger.info(`Sökindexet har ${first.length + archive.length} poster${parts}: ${outputPath}`);
      },
    },
  };
}
