/**
 * The content's git history, read with one `git log` per build and shaped for pages.
 * Where the history cannot be read completely (no git, not a repository, a shallow clone
 * as many deploy pipelines make) it is "unavailable" and pages say so: a shallow clone
 * would show every file as last changed in its one commit, and we never invent dates.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { CONTENT_DIR } from '../content-dir.ts';
import {
  type ChangeKind,
  commitUrl,
  type ContentHistory,
  dayInSweden,
  GIT_LOG_ARGS,
  indexHistory,
  parseGitLog,
} from '#lib/history/git-history.ts';
import type { Ref } from '../schemas/index.ts';

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

/** Reads the history of a content folder; never throws for a missing or partial history. */
export async function readContentHistory(contentDir: string): Promise<HistoryResult> {
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
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT' && !failure.stderr)
      return { available: false, reason: 'no-git', detail: 'programmet git finns inte' };
    return {
      available: false,
      reason: 'not-a-repository',
      detail: (failure.stderr || failure.message).trim().split('\n')[0],
    };
  }
  try {
    const prefix = (await git(['rev-parse', '--show-prefix'])).stdout.trim();
    const { stdout } = await git(GIT_LOG_ARGS);
    return { available: true, history: indexHistory(parseGitLog(stdout, prefix)) };
  } catch (error) {
    const failure = error as Error & { stderr?: string };
    return {
      available: false,
      reason: 'not-a-repository',
      detail: (failure.stderr || failure.message).trim().split('\n')[0],
    };
  }
}

let loaded: Promise<HistoryResult> | undefined;

/** The history of the site's content, read once per build. */
export function getContentHistory(): Promise<HistoryResult> {
  loaded ??= readContentHistory(resolve(CONTENT_DIR)).then((result) => {
    if (!result.available) console.warn(`[insyn] Ändringshistoriken visas inte: ${result.detail}.`);
    return result;
  });
  return loaded;
}

/**
 * The web view of the content repository, from `INSYN_REPO_URL`
 * (as `https://github.com/org/insyn`); without it, changes are listed without links.
 */
export function repositoryUrl(): string | undefined {
  const value = process.env.INSYN_REPO_URL?.trim();
  return value && /^https?:\/\//.test(value) ? value : undefined;
}

/** One change as pages show it: the day in Sweden, and a link when the repository is known. */
export interface ShownChange {
  sha: string;
  /** Committer timestamp, ISO 8601, for `<time datetime>`. */
  date: string;
  /** `YYYY-MM-DD` in Sweden, for formatting. */
  day: string;
  subject: string;
  kind: ChangeKind;
  href?: string;
}

export type ItemHistory = { available: false } | { available: true; changes: ShownChange[] };

function showChange(
  change: { sha: string; date: string; subject: string; kind: ChangeKind },
  repoUrl = repositoryUrl(),
): ShownChange {
  return { ...change, day: dayInSweden(change.date), href: repoUrl ? commitUrl(repoUrl, change.sha) : undefined };
}

/** The history of one entry, newest first, ready for `ChangeHistory.astro`. */
export async function historyOf(ref: Ref): Promise<ItemHistory> {
  const result = await getContentHistory();
  if (!result.available) return { available: false };
  const changes = result.history.byEntry.get(`${ref.collection}/${ref.id}`) ?? [];
  return { available: true, changes: changes.map((change) => showChange(change)) };
}
