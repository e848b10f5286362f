/**
 * Builds the search index when the site is built: Pagefind's Node API over records made
 * from the validated content (`src/lib/search/search-records.ts`), written to `<outDir>/pagefind/`.
 * Records rather than crawling the built HTML, so page chrome stays out of the index and
 * the page templates can change freely. Any error Pagefind reports fails the build (as in
 * Starlight's integration): a broken index must not ship.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { CONTENT_DIR } from '../content-dir.ts';
import { formatProblems } from '#lib/core/problems.ts';
import { buildSearchRecords } from '#lib/search/search-records.ts';
import { validatedContent } from './validated-content.ts';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new AstroError(`Sökindexet kunde inte byggas (${step}):\n${errors.join('\n')}`, 'Rätta felet och bygg igen.');
  }
}

/**
 * Builds the search records from the content under `root` (as validated by this build's
 * content check, or validated now) and writes the Pagefind bundle to `outputPath`.
 * Exported so that tests build the same index without a site build.
 */
/** The fields that hold text: what Pagefind's `meta` takes. */
const textsOnly = (meta: object): Record<string, string> =>
  Object.fromEntries(Object.entries(meta).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

export async function writeSearchIndex(
  root: string,
  outputPath: string,
  contentDir = join(root, CONTENT_DIR),
): Promise<number> {
  const { catalog, entries, problems } = validatedContent(root, contentDir);
  if (problems.length > 0)
    throw new AstroError(formatProblems(problems), 'Rätta felen och bygg igen; npm run check visar samma lista.');
  const texts = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry.text]));
  const records = buildSearchRecords(catalog, (collection, id) => texts.get(`${collection}/${id}`));
  try {
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
  } finally {
    await pagefind.close();
  }
  return records.length;
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
        const count = await writeSearchIndex(root, outputPath, resolve(root, CONTENT_DIR));
        logger.info(`Sökindexet har ${count} poster: ${outputPath}`);
      },
    },
  };
}
