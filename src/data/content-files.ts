/**
 * Reads the content folder from disk: the I/O half of `#lib/content/content-files.ts`,
 * for `npm run check`, the staff commands, the build's content check and the tests.
 */
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  type FoundFile,
  outsideCollections,
  parseContentFiles,
  unreadableMessage,
} from '#lib/content/content-files.ts';
import type { Problem } from '#lib/core/problems.ts';
import { validateFiles } from '#lib/content/validate.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { recordOrEmpty, textOf } from '#lib/content/records.ts';
import { SEARCH_WORDS_FILE } from '../schemas/search-words.ts';
import { readSearchWords } from './search-words.ts';

/** Files a folder may hold besides entries: notes for staff, and git's placeholders. */
const IGNORED = new Set(['README.md', '.gitkeep', '.DS_Store']);

const errorCode = (error: unknown) => textOf(recordOrEmpty(error).code);

/**
 * Every file under `dir`, sorted; a path that cannot be followed (a broken or looping link) is
 * reported instead. Only links are looked up again: the folder listing already says what the
 * other names are.
 */
function listFiles(dir: string, broken: { path: string; code?: string }[]): string[] {
  let found: Dirent[];
  try {
    found = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') broken.push({ path: dir, code: errorCode(error) });
    return [];
  }
  return found
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      try {
        const isDirectory = entry.isSymbolicLink() ? statSync(path).isDirectory() : entry.isDirectory();
        return isDirectory ? listFiles(path, broken) : [path];
      } catch (error) {
        broken.push({ path, code: errorCode(error) });
        return [];
      }
    });
}

function readBytes(path: string): Uint8Array | { unreadable: string } {
  try {
    return readFileSync(path);
  } catch (error) {
    return { unreadable: unreadableMessage(errorCode(error)) };
  }
}

/**
 * Reads every collection's folder under `contentDir`; `root` is what file paths are
 * relative to. See `parseContentFiles` for what comes back.
 */
export function readContentFiles(contentDir: string, root: string) {
  const shown = (path: string) => relative(root, path).split(sep).join('/');
  const broken: { path: string; code?: string }[] = [];
  const strays: Problem[] = [];
  // One walk of the folder: the files inside a collection's folder are its entries, the rest strays.
  const inCollection = new Map<string, FoundFile[]>(COLLECTIONS.map((collection) => [collection, []]));
  for (const path of listFiles(contentDir, broken)) {
    const inside = relative(contentDir, path).split(sep);
    if (inside.join('/') === SEARCH_WORDS_FILE) continue; // read on its own, by `readSearchWords`
    const collection = COLLECTIONS.find((name) => name === inside[0]);
    if (collection && inside.length > 1)
      inCollection.get(collection)?.push({ collection, file: shown(path), read: () => readBytes(path) });
    else if (inside.length > 1 || !IGNORED.has(inside[0])) strays.push(outsideCollections(shown(path)));
  }
  const found = [...inCollection.values()].flat();
  const parsed = parseContentFiles(found);
  const unreadable = broken.map(({ path, code }) => ({
    file: shown(path),
    field: '',
    message: unreadableMessage(code),
  }));
  return { ...parsed, problems: [...strays, ...unreadable, ...parsed.problems] };
}

/** Reads and validates the content folder of a project, with the search words (`content/sok/sokord.json`). */
export function validateContent(root: string, contentDir = join(root, 'content')) {
  const read = readContentFiles(contentDir, root);
  const validated = validateFiles(read.files, read.ids);
  const search = readSearchWords(contentDir, root, validated.catalog);
  return {
    ...validated,
    searchWords: search.searchWords,
    problems: [...read.problems, ...validated.problems, ...search.problems],
  };
}
