/**
 * Reads the staff's search words (`content/sok/sokord.json`) and validates them: the schema
 * in `src/schemas/search-words.ts`, then what only the content can tell (that a pinned page
 * exists). The file is optional: without it, search has no synonyms and no best bets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { CONTENT_DIR } from '../config/env.ts';
import { resolvesInside } from './inside-folder.ts';
import { type SearchWords, SEARCH_WORDS_FILE, searchWordsSchema } from '../schemas/search-words.ts';
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { fieldPath, type Problem } from '#lib/core/problems.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { parseJson } from '#lib/content/content-files.ts';
import { swedishErrors } from '#lib/content/zod-messages.ts';
import { searchWordsProblems } from '#lib/search/search-words.ts';

/** The collections that have search records: the pages a best bet may pin. */
const SEARCHED = ['uppdrag', 'nyckeltal', 'plans', 'reports', 'decisions', 'documents'] as const;

function searchablePages(catalog: Catalog): Set<string> {
  return new Set(SEARCHED.flatMap((collection) => entries(catalog, collection).map((e) => hrefFor(e))));
}

/** The search words under `contentDir`, and every problem with them; none when the file is absent. */
export function readSearchWords(
  contentDir: string,
  root: string,
  catalog: Catalog,
): { searchWords?: SearchWords; problems: Problem[] } {
  const path = join(contentDir, SEARCH_WORDS_FILE);
  const file = relative(root, path).split(sep).join('/');
  // A link out of the content folder is never read: the check's listing of the folder reports it.
  if (existsSync(path) && !resolvesInside(path, contentDir)) return { problems: [] };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { problems: [] };
    return { problems: [{ file, field: '', message: 'går inte att läsa: kontrollera filen och att den får läsas' }] };
  }
  const json = parseJson(text);
  if (json.error) return { problems: [{ file, field: '', message: json.error }] };
  const result = searchWordsSchema.safeParse(json.data, { error: swedishErrors });
  if (!result.success)
    return {
      problems: result.error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message })),
    };
  return { searchWords: result.data, problems: searchWordsProblems(file, result.data, searchablePages(catalog)) };
}

/**
 * The build's search words, for the search page (which pinned queries to look for): already
 * checked by the build's content check, which stops the build on any problem before a page is made.
 */
export function siteSearchWords(catalog: Catalog): SearchWords | undefined {
  return readSearchWords(resolve(CONTENT_DIR), process.cwd(), catalog).searchWords;
}
