/**
 * Reads the content folder from disk: the I/O half of `#lib/content/content-files.ts`,
 * for `npm run check`, the staff commands, the build's content check and the tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type FoundFile, parseContentFiles } from '#lib/content/content-files.ts';
import { validateFiles } from '#lib/content/validate.ts';
import { COLLECTIONS } from '../schemas/index.ts';

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)]));
}

/**
 * Reads every collection's folder under `contentDir`; `root` is what file paths are
 * relative to. See `parseContentFiles` for what comes back.
 */
export function readContentFiles(contentDir: string, root: string) {
  const found = COLLECTIONS.flatMap((collection) =>
    listFiles(join(contentDir, collection)).map((path): FoundFile => ({
      collection,
      file: relative(root, path).split(sep).join('/'),
      read: () => readFileSync(path, 'utf8'),
    })),
  );
  return parseContentFiles(found);
}

/** Reads and validates the content folder of a project. */
export function validateContent(root: string, contentDir = join(root, 'content')) {
  const read = readContentFiles(contentDir, root);
  const validated = validateFiles(read.files, read.ids);
  return { ...validated, problems: [...read.problems, ...validated.problems] };
}
