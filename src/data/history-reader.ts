/**
 * Reads the content's git history (see src/data/history.ts, which gives it to pages, feeds
 * and the catalogue). Without Astro, so that it can be tested on its own.
 *
 * The content's git history: the one reader of it, for entry pages, /senaste-andringar/,
 * the feeds and the data catalogue. One `git log` over the content folder and one
 * `git cat-file --batch` for the files' versions before and after each commit, read once
 * per build; what each change means for a visitor is derived in src/lib/history/.
 * Where the history cannot be read completely (no git, not a repository, a shallow clone
 * as many deploy pipelines make) it is "unavailable": pages say so, and feeds date entries
 * by the content's own dates. A shallow clone would show every file as changed in its one
 * commit, and we never invent dates.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { type ChangeNote, changeNotes, entryVersion, type NoteNames } from '#lib/history/change-notes.ts';
import { errorMessage, recordOrEmpty, textOf } from '#lib/content/records.ts';
import {
  type Commit,
  type ContentHistory,
  entryForPath,
  type FileChange,
  GIT_LOG_ARGS,
  indexHistory,
  parseGitLog,
  type TextOf,
} from '#lib/history/git-history.ts';

const run = promisify(execFile);

/**
 * The environment for git without the variables that point it at another repository
 * (git hooks set them), so the content folder alone decides which history is read.
 */
function gitEnvironment(): NodeJS.ProcessEnv {
  const { GIT_DIR: _dir, GIT_WORK_TREE: _tree, GIT_INDEX_FILE: _index, ...env } = process.env;
  return { ...env, GIT_PAGER: 'cat' };
}

export type UnavailableReason = 'no-git' | 'not-a-repository' | 'shallow';

export type HistoryResult =
  { available: true; history: ContentHistory } | { available: false; reason: UnavailableReason; detail: string };

/**
 * The text of each `<rev>:<path>` asked for, in one `git cat-file --batch`; undefined
 * where the file does not exist at that revision.
 */
function readVersions(contentDir: string, names: readonly string[]): Map<string, string | undefined> {
  const versions = new Map<string, string | undefined>();
  if (names.length === 0) return versions;
  const { stdout, status, stderr } = spawnSync('git', ['cat-file', '--batch'], {
    cwd: contentDir,
    input: `${names.join('\n')}\n`,
    maxBuffer: 4 * 1024 * 1024 * 1024,
    env: gitEnvironment(),
  });
  if (status !== 0) throw new Error(`git cat-file: ${stderr.toString('utf8').trim()}`);
  let at = 0;
  for (const name of names) {
    const lineEnd = stdout.indexOf(10, at);
    const header = stdout.toString('utf8', at, lineEnd);
    at = lineEnd + 1;
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!size) {
      versions.set(name, undefined);
      continue;
    }
    versions.set(name, stdout.toString('utf8', at, at + Number(size[1])));
    at += Number(size[1]) + 1;
  }
  return versions;
}

/**
 * What each file's change in each commit means for a visitor, from its versions before and
 * after, and the file's text after it (the frozen version under /arkiv/). A merge is compared
 * with its first parent, the line the site was published from, and with its other parents, so
 * that it shows only what it changed itself.
 */
function notesFromContent(
  contentDir: string,
  prefix: string,
  commits: Commit[],
  names: NoteNames,
): { notesOf: (commit: Commit, file: FileChange) => ChangeNote[] | undefined; textOf: TextOf } {
  const before = (commit: Commit, file: FileChange, parent = 1) =>
    `${commit.sha}^${parent}:${prefix}${file.from ?? file.path}`;
  const after = (commit: Commit, file: FileChange) => `${commit.sha}:${prefix}${file.path}`;
  const otherParents = (commit: Commit) =>
    Array.from({ length: Math.max(0, commit.parents.length - 1) }, (_, i) => i + 2);
  const wanted = commits.flatMap((commit) =>
    commit.files
      .filter((file) => entryForPath(file.path) || (file.from && entryForPath(file.from)))
      .flatMap((file) => [
        ...(file.kind === 'added' ? [] : [before(commit, file)]),
        ...(file.kind === 'deleted' ? [] : [after(commit, file)]),
        ...otherParents(commit).map((parent) => before(commit, file, parent)),
      ]),
  );
  const versions = readVersions(contentDir, wanted);
  const textOf: TextOf = (commit, file) => (file.kind === 'deleted' ? undefined : versions.get(after(commit, file)));
  const notesOf = (commit: Commit, file: FileChange) => {
    const ref = entryForPath(file.path) ?? (file.from ? entryForPath(file.from) : undefined);
    if (!ref) return undefined;
    const version = (name: string) => entryVersion(ref.collection, versions.get(name));
    const old = file.kind === 'added' ? undefined : version(before(commit, file));
    const now = file.kind === 'deleted' ? undefined : version(after(commit, file));
    const others = otherParents(commit).map((parent) => version(before(commit, file, parent)));
    return changeNotes(old, now, names, others);
  };
  return { notesOf, textOf };
}

/**
 * Reads the history of a content folder; never throws for a missing or partial history.
 * `names` names periods and entries as pages do, for the notes.
 */
export async function readContentHistory(
  contentDir: string,
  names: NoteNames = { period: (id) => id },
): Promise<HistoryResult> {
  const git = (args: readonly string[]) =>
    // The log of thousands of entries over years can be large; git's output is read whole.
    run('git', args, { cwd: contentDir, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env: gitEnvironment() });
  try {
    const { stdout } = await git(['rev-parse', '--is-shallow-repository']);
    if (stdout.trim() === 'true')
      return {
        available: false,
        reason: 'shallow',
        detail: 'git-klonen är grund (--depth) och saknar äldre incheckningar',
      };
  } catch (error) {
    const stderr = textOf(recordOrEmpty(error).stderr);
    if (recordOrEmpty(error).code === 'ENOENT' && !stderr)
      return { available: false, reason: 'no-git', detail: 'programmet git finns inte' };
    return {
      available: false,
      reason: 'not-a-repository',
      detail: (stderr || errorMessage(error)).trim().split('\n')[0],
    };
  }
  try {
    const prefix = (await git(['rev-parse', '--show-prefix'])).stdout.trim();
    const { stdout } = await git(GIT_LOG_ARGS);
    const commits = parseGitLog(stdout, prefix);
    const { notesOf, textOf } = notesFromContent(contentDir, prefix, commits, names);
    return { available: true, history: indexHistory(commits, notesOf, textOf) };
  } catch (error) {
    return {
      available: false,
      reason: 'not-a-repository',
      detail: (textOf(recordOrEmpty(error).stderr) || errorMessage(error)).trim().split('\n')[0],
    };
  }
}
