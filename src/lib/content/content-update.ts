/**
 * Checks what a command is about to write before it writes it: the new file texts are
 * read back the way `npm run check` reads files and validated together with the rest of
 * the content, so a command can never leave content behind that the check would reject.
 */
import { collections, type CollectionName } from '../../schemas/index.ts';
import type { SourceFile } from './content-files.ts';
import { parseMdx } from './frontmatter.ts';
import type { Problem } from '#lib/core/problems.ts';
import { validateFiles } from './validate.ts';

export interface PendingFile {
  collection: CollectionName;
  id: string;
  /** Path from the project root, as in `SourceFile.file`. */
  file: string;
  text: string;
}

/** Reads a pending file's text as content-files reads it from disk. */
export function readPending(pending: PendingFile): SourceFile {
  const base = { collection: pending.collection, id: pending.id, file: pending.file };
  if (collections[pending.collection].format === 'json') return { ...base, data: JSON.parse(pending.text) };
  const parsed = parseMdx(pending.text);
  if (parsed.error !== undefined) throw new Error(`${pending.file}: ${parsed.error} (i den text som skulle skrivas)`);
  return { ...base, data: parsed.data, text: parsed.text, textLine: parsed.textLine };
}

/**
 * Problems the content would have in the pending files once they are written over (or
 * beside) the current ones. Problems elsewhere are not the command's doing and are left
 * to `npm run check`.
 */
export function problemsAfterWrite(files: readonly SourceFile[], ids: ReadonlySet<string>, pending: readonly PendingFile[]): Problem[] {
  const replaced = new Map(pending.map((p) => [p.file, readPending(p)]));
  const merged = [...files.filter((f) => !replaced.has(f.file)), ...replaced.values()];
  const known = new Set([...ids, ...pending.map((p) => `${p.collection}/${p.id}`)]);
  return validateFiles(merged, known).problems.filter((problem) => replaced.has(problem.file));
}
