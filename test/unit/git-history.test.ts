/** Reading `git log` output, entry paths, commit links and days: pure, no git is run (see test/build/history-reader.test.ts). */
import { describe, expect, it } from 'vitest';
import { commitUrl, dayInSweden, entryForPath, parseGitLog } from '#lib/history/git-history.ts';

describe('reading git log output', () => {
  it('reads commits without file changes (merges), staff notes in the body, and paths with any characters', () => {
    const output =
      '\x1eaaa\x1f2024-02-01T10:00:00+01:00\x1fbbb ccc\x1f\0' +
      '\x1ebbb\x1f2024-01-01T10:00:00+01:00\x1f\x1fMore text.\n\nÄndring: Två filer\n  rättade.\n\0\nM\0uppdrag/mapp med å/x-1.mdx\0R087\0nyckeltal/a.json\0nyckeltal/b.json\0';
    expect(parseGitLog(output)).toEqual([
      { sha: 'aaa', date: '2024-02-01T10:00:00+01:00', parents: ['bbb', 'ccc'], notes: [], files: [] },
      {
        sha: 'bbb',
        date: '2024-01-01T10:00:00+01:00',
        parents: [],
        notes: ['Två filer rättade.'],
        files: [
          { kind: 'modified', path: 'uppdrag/mapp med å/x-1.mdx' },
          { kind: 'renamed', path: 'nyckeltal/b.json', from: 'nyckeltal/a.json' },
        ],
      },
    ]);
  });

  it('knows an entry by its collection folder and file name', () => {
    expect(entryForPath('uppdrag/rs-plan-och-budget-2024/heltid-som-norm.mdx')).toEqual({
      collection: 'uppdrag',
      id: 'heltid-som-norm',
    });
    expect(entryForPath('nyckeltal/frisktal.json')).toEqual({ collection: 'nyckeltal', id: 'frisktal' });
    expect(entryForPath('nyckeltal/frisktal.mdx')).toBeUndefined();
    expect(entryForPath('uppdrag/README.md')).toBeUndefined();
    expect(entryForPath('bilder/frisktal.json')).toBeUndefined();
    expect(entryForPath('nyckeltal/Frisktal.json')).toBeUndefined();
  });
});

describe('commit links and days', () => {
  it('links a commit in the repository web view', () => {
    expect(commitUrl('https://github.com/org/insyn', 'abc')).toBe('https://github.com/org/insyn/commit/abc');
    expect(commitUrl('https://github.com/org/insyn/', 'abc')).toBe('https://github.com/org/insyn/commit/abc');
    expect(commitUrl('https://git.example.org/insyn/-/commit/{sha}', 'abc')).toBe(
      'https://git.example.org/insyn/-/commit/abc',
    );
  });

  it('dates a change by the day in Sweden, in summer and winter time', () => {
    expect(dayInSweden('2024-03-05T23:30:00Z')).toBe('2024-03-06');
    expect(dayInSweden('2024-07-01T21:59:00Z')).toBe('2024-07-01');
    expect(dayInSweden('2024-07-01T22:00:00Z')).toBe('2024-07-02');
  });
});

describe('merge commits', () => {
  it('reads the files a merge itself changed, with the repository path made relative to the content folder', () => {
    const output =
      '\x1eabc\x1f2024-05-07T10:00:00+02:00\x1fdef 123\x1f\0\nMM\0content/plans/x.json\0\x1edef\x1f2024-05-06T10:00:00+02:00\x1f\x1f\0\nA\0plans/x.json\0';
    const commits = parseGitLog(output, 'content/');
    expect(commits.map((c) => c.parents)).toEqual([['def', '123'], []]);
    expect(commits.map((c) => c.files)).toEqual([
      [{ kind: 'modified', path: 'plans/x.json' }],
      [{ kind: 'added', path: 'plans/x.json' }],
    ]);
  });
});
