import { execFileSync } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileDates } from '#lib/history/git-dates.ts';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
    },
  });

function commitAt(cwd: string, date: string, message: string) {
  git(cwd, 'add', '-A');
  execFileSync('git', ['commit', '-qm', message], {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

describe('fileDates', () => {
  it('reads when a file was added and last changed from git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'insyn-git-'));
    git(dir, 'init', '-q');
    mkdirSync(join(dir, 'content/decisions'), { recursive: true });
    writeFileSync(join(dir, 'content/decisions/a.json'), '{}');
    commitAt(dir, '2024-01-10T09:00:00+01:00', 'add a');
    writeFileSync(join(dir, 'content/decisions/b.json'), '{}');
    commitAt(dir, '2024-02-10T09:00:00+01:00', 'add b');
    writeFileSync(join(dir, 'content/decisions/a.json'), '{"x":1}');
    commitAt(dir, '2024-03-10T09:00:00+01:00', 'change a');
    const dates = fileDates(dir, ['content/decisions/a.json', 'content/decisions/b.json']);
    expect(dates.get('content/decisions/a.json')).toEqual({
      added: new Date('2024-01-10T08:00:00Z'),
      changed: new Date('2024-03-10T08:00:00Z'),
    });
    expect(dates.get('content/decisions/b.json')).toEqual({
      added: new Date('2024-02-10T08:00:00Z'),
      changed: new Date('2024-02-10T08:00:00Z'),
    });
  });

  it('falls back to the modification time without git, and refuses a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'insyn-nogit-'));
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content/x.json'), '{}');
    const time = new Date('2023-06-01T12:00:00Z');
    utimesSync(join(dir, 'content/x.json'), time, time);
    expect(fileDates(dir, ['content/x.json']).get('content/x.json')).toEqual({ added: time, changed: time });
    expect(() => fileDates(dir, ['content/missing.json'])).toThrow(/finns inte/);
  });
});
