/** Test helpers: throwaway git repositories with commits at fixed dates. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Runs git in `cwd` with a fixed identity and, when given, a fixed author and committer date. */
export function git(cwd: string, args: string[], date?: string): string {
  const { GIT_DIR: _dir, GIT_WORK_TREE: _tree, GIT_INDEX_FILE: _index, ...env } = process.env;
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });
}

export function newRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-git-'));
  git(dir, ['init', '-q', '-b', 'main']);
  return dir;
}

/** Writes files (path → text) and removes those given `null`, relative to the repository. */
export function writeFiles(dir: string, files: Record<string, string | null>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, path);
    if (text === null) {
      rmSync(full);
    } else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
}

/** Commits everything in the working tree with the given message and date; returns the commit's sha. */
export function commitAll(dir: string, message: string, date: string): string {
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', message], date);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

/** A shallow clone (`--depth 1`) of a repository, as many deploy pipelines make. */
export function shallowClone(dir: string): string {
  const target = mkdtempSync(join(tmpdir(), 'insyn-shallow-'));
  git(target, ['clone', '-q', '--depth', '1', `file://${dir}`, '.']);
  return target;
}
