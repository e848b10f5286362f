/**
 * Writes a copy of a content folder without its examples, for `npm run build -- --utan-exempel`
 * (scripts/astro.ts) and its test build: the I/O half of `#lib/content/without-examples.ts`.
 * The folder staff write in is only read; the copy is what the build reads, so the build's own
 * content check and every page, feed and download see the same content.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readContentFiles } from './content-files.ts';
import { readConfiguration } from './configuration.ts';
import { entryJson, entryMdx } from '#lib/content/content-writer.ts';
import { isExample } from '#lib/content/examples.ts';
import { parseJson } from '#lib/content/content-files.ts';
import { type KeptExample, pagesOf, searchWordsWithout, withoutExamples } from '#lib/content/without-examples.ts';
import { isRecord } from '#lib/core/guards.ts';
import { SEARCH_WORDS_FILE } from '../schemas/search-words.ts';

export interface WrittenWithoutExamples {
  /** How many entries and information pages were left out, and how many lost example fields or references. */
  removed: number;
  changed: number;
  /** How many entries remain. */
  entries: number;
  /** Examples that stay, marked, because remaining entries need them. */
  kept: KeptExample[];
}

/**
 * Copies `contentDir` to `target` (a folder that does not exist yet) without its examples.
 * The content must be valid (`npm run check`): the copy is made from what the check accepts.
 */
export function writeContentWithoutExamples(contentDir: string, target: string): WrittenWithoutExamples {
  const root = dirname(contentDir);
  const read = readContentFiles(contentDir, root);
  const { organisation } = readConfiguration(contentDir);
  const result = withoutExamples(read.files, [organisation]);
  const inCopy = (file: string) => join(target, relative(contentDir, join(root, file)));
  cpSync(contentDir, target, { recursive: true, dereference: true });

  for (const file of result.removed) rmSync(inCopy(file.file));
  const before = new Map(read.files.map((file) => [file.file, file.data]));
  const changed = result.files.filter((file) => file.data !== before.get(file.file));
  for (const file of changed) {
    if (!isRecord(file.data)) continue;
    writeFileSync(
      inCopy(file.file),
      file.text === undefined ? entryJson(file.collection, file.data) : entryMdx(file.collection, file.data, file.text),
    );
  }
  const examplePages = read.pages.filter((page) => isExample(page.data));
  for (const page of examplePages) rmSync(inCopy(page.file));

  const words = join(target, SEARCH_WORDS_FILE);
  if (existsSync(words)) {
    const { data } = parseJson(readFileSync(words, 'utf8').replace(/^\uFEFF/, ''));
    const kept = searchWordsWithout(data, pagesOf(result.removed));
    if (kept !== data) writeFileSync(words, `${JSON.stringify(kept, null, 2)}\n`);
  }
  return {
    removed: result.removed.length + examplePages.length,
    changed: changed.length,
    entries: result.files.length,
    kept: result.kept,
  };
}
