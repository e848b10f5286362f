/**
 * Reads the content folder from disk: the I/O half of `#lib/content/content-files.ts`,
 * for `npm run check`, the staff commands, the build's content check and the tests.
 */
import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { resolvesInside } from './inside-folder.ts';
import {
  type FoundFile,
  outsideCollections,
  parseContentFiles,
  unreadableMessage,
} from '#lib/content/content-files.ts';
import type { Problem } from '#lib/core/problems.ts';
import type { Catalog } from '#lib/core/catalog.ts';
import { validateFiles } from '#lib/content/validate.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { recordOrEmpty, textOf } from '#lib/content/records.ts';
import { INFO_PAGES_DIR } from '../schemas/page.ts';
import { parseInfoPages } from '#lib/content/info-pages.ts';
import {
  CONFIGURATION_FILE,
  configurationProblems,
  missingConfiguration,
  parseConfiguration,
} from '#lib/content/configuration.ts';
import { SEARCH_WORDS_FILE } from '../schemas/search-words.ts';
import { readSearchWords } from './search-words.ts';

/** Files a folder may hold besides entries: notes for staff, and git's placeholders. */
const IGNORED = new Set(['README.md', '.gitkeep', '.DS_Store']);

const errorCode = (error: unknown) => textOf(recordOrEmpty(error).code);

/**
 * Every file under `dir`, sorted; a path that cannot be followed (a broken or looping link) is
 * reported instead, and so is a link that leads out of `root`: its target is never read, so a
 * commit cannot publish or print a file of the machine that builds the site. Only links are
 * looked up again: the folder listing already says what the other names are.
 */
function listFiles(dir: string, broken: { path: string; code?: string }[], root = dir): string[] {
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
        if (entry.isSymbolicLink()) {
          const isDirectory = statSync(path).isDirectory();
          if (!resolvesInside(path, root)) {
            broken.push({ path, code: 'EOUTSIDE' });
            return [];
          }
          // A link to a folder that holds the link itself would list the same files again and again.
          if (isDirectory && resolvesInside(dir, path)) {
            broken.push({ path, code: 'ELOOP' });
            return [];
          }
          return isDirectory ? listFiles(path, broken, root) : [path];
        }
        return entry.isDirectory() ? listFiles(path, broken, root) : [path];
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
  const infoPages: string[] = [];
  // One walk of the folder: the files inside a collection's folder are its entries, the rest strays.
  const inCollection = new Map<string, FoundFile[]>(COLLECTIONS.map((collection) => [collection, []]));
  for (const path of listFiles(contentDir, broken)) {
    const inside = relative(contentDir, path).split(sep);
    if (inside.join('/') === SEARCH_WORDS_FILE) continue; // read on its own, by `readSearchWords`
    const collection = COLLECTIONS.find((name) => name === inside[0]);
    if (collection && inside.length > 1)
      inCollection.get(collection)?.push({ collection, file: shown(path), read: () => readBytes(path) });
    else if (inside[0] === INFO_PAGES_DIR && inside.length > 1) infoPages.push(path);
    else if (inside.length > 1 || !(IGNORED.has(inside[0]) || inside[0] === CONFIGURATION_FILE))
      strays.push(outsideCollections(shown(path)));
  }
  const found = [...inCollection.values()].flat();
  const parsed = parseContentFiles(found);
  const unreadable = broken.map(({ path, code }) => ({
    file: shown(path),
    field: '',
    message: unreadableMessage(code),
  }));
  const pageFiles = infoPages.flatMap((path) => {
    const bytes = readBytes(path);
    if (!(bytes instanceof Uint8Array)) {
      unreadable.push({ file: shown(path), field: '', message: bytes.unreadable });
      return [];
    }
    return [{ file: shown(path), text: new TextDecoder().decode(bytes) }];
  });
  const pages = parseInfoPages(pageFiles);
  // Links out of the folder, for the commands that refuse to work on such content at all.
  const outside = broken.filter(({ code }) => code === 'EOUTSIDE').map(({ path }) => shown(path));
  return {
    ...parsed,
    outside,
    pages: pages.pages,
    problems: [...strays, ...unreadable, ...parsed.problems, ...pages.problems],
  };
}

/** The problems of the configuration file `file` (`insyn.json`), or that it is missing. */
function configurationFileProblems(contentDir: string, file: string, outside: string[], catalog: Catalog): Problem[] {
  const path = join(contentDir, CONFIGURATION_FILE);
  // A link out of the folder is reported by the folder's listing, and its target is never read.
  if (outside.includes(file)) return [];
  if (!existsSync(path)) return [missingConfiguration(file)];
  const bytes = readBytes(path);
  if (!(bytes instanceof Uint8Array)) return [{ file, field: '', message: bytes.unreadable }];
  const { config, problems } = parseConfiguration(new TextDecoder().decode(bytes), file);
  return config ? configurationProblems(config, catalog, file) : problems;
}

/**
 * Reads and validates the content folder of a project, its configuration (`insyn.json`) and
 * search words (`sok/sokord.json`) included.
 */
export function validateContent(root: string, contentDir = join(root, 'content')) {
  const read = readContentFiles(contentDir, root);
  const validated = validateFiles(read.files, read.ids);
  const file = relative(root, join(contentDir, CONFIGURATION_FILE)).split(sep).join('/');
  const configuration = configurationFileProblems(contentDir, file, read.outside, validated.catalog);
  const search = readSearchWords(contentDir, root, validated.catalog);
  return {
    ...validated,
    pages: read.pages,
    searchWords: search.searchWords,
    problems: [...read.problems, ...configuration, ...validated.problems, ...search.problems],
  };
}
