/**
 * When each content file was added and last changed: commit dates read from git in one
 * call. A file git does not know (new, or no git at all, as in an unpacked archive) falls
 * back to its modification time for both. Feeds and the data catalogue use these dates,
 * because the content itself only says when a decision was taken or a report written.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../schemas/index.ts';
import type { Catalog } from '#lib/core/catalog.ts';

export interface FileDates {
  /** The first commit with the file at this path: when it was published. */
  added: Date;
  /** The last commit that touched it. */
  changed: Date;
}

function gitDates(root: string, dir: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  // Newest commit first: the first date seen is the last change, the last one seen the first.
  for (const commit of log.split('\0').slice(1)) {
    const [iso, ...files] = commit.trim().split('\n');
    const date = new Date(iso);
    for (const file of files) {
      if (!file) continue;
      const known = dates.get(file);
      if (known) known.added = date;
      else dates.set(file, { added: date, changed: date });
    }
  }
  return dates;
}

/** The dates of each file, by path from `root` with forward slashes (as `content/decisions/x.json`). */
export function fileDates(root: string, files: readonly string[], dir = 'content'): Map<string, FileDates> {
  const known = gitDates(root, dir);
  return new Map(
    files.map((file) => {
      const dates = known.get(file);
      if (dates) return [file, dates];
      let mtime: Date;
      try {
        mtime = statSync(join(root, file)).mtime;
      } catch {
        throw new Error(`${file} finns inte: kan inte ange när den publicerades`);
      }
      return [file, { added: mtime, changed: mtime }];
    }),
  );
}

/** The dates of every entry that has a file, keyed `collection/id`. */
export function entryDates(catalog: Catalog, root: string, dir = 'content'): Map<string, FileDates> {
  const located = COLLECTIONS.flatMap((collection) =>
    [...catalog[collection].values()].flatMap((entry) =>
      entry.filePath ? [[`${collection}/${entry.id}`, entry.filePath] as const] : [],
    ),
  );
  const dates = fileDates(
    root,
    located.map(([, file]) => file),
    dir,
  );
  return new Map(located.map(([key, file]) => [key, dates.get(file)!]));
}
