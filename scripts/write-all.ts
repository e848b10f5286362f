/**
 * All or nothing: a staff command writes every file it means to write, or none. Each text
 * goes to a temporary file beside its target first; only when all are written are they
 * renamed over their targets (a rename replaces a file in one step). If a rename fails
 * half-way, the files already replaced get their original text back and new ones are
 * removed, so exit 1 ("inget skrevs") is always true.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileProblem } from './cli-errors.ts';

export interface FileToWrite {
  /** Absolute path of the target. */
  path: string;
  /** Text, or the bytes of a binary file such as a workbook. */
  text: string | Uint8Array;
  /** Create only: fail if the target exists already (as `npm run new` never overwrites). */
  create?: boolean;
}

/** Where a target's text waits before the rename: beside it, so the rename stays on one disk. */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.insyn-tmp`);
}

export class WriteFailed extends Error {}

function originalOf(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new WriteFailed(fileProblem(error, path));
  }
}

/** Writes every file or none; throws `WriteFailed` with a Swedish message naming the file that could not be written. */
export function writeAllOrNothing(files: readonly FileToWrite[]): void {
  const originals = files.map((file) => originalOf(file.path));
  files.forEach((file, index) => {
    if (file.create && originals[index] !== undefined)
      throw new WriteFailed(fileProblem({ code: 'EEXIST' }, file.path));
  });
  const written: string[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(temporaryPath(file.path), file.text);
      written.push(temporaryPath(file.path));
    }
  } catch (error) {
    for (const temporary of written) rmSync(temporary, { force: true });
    const failed = files[written.length];
    throw new WriteFailed(fileProblem(error, (error as NodeJS.ErrnoException).path ?? failed.path));
  }
  const replaced: number[] = [];
  try {
    for (const [index, file] of files.entries()) {
      renameSync(temporaryPath(file.path), file.path);
      replaced.push(index);
    }
  } catch (error) {
    const failed = files[replaced.length];
    for (const index of replaced) {
      const { path } = files[index];
      const original = originals[index];
      if (original === undefined) rmSync(path, { force: true });
      else writeFileSync(path, original);
    }
    for (const file of files.slice(replaced.length)) rmSync(temporaryPath(file.path), { force: true });
    throw new WriteFailed(fileProblem(error, failed.path));
  }
}
