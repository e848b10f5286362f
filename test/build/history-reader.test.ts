/**
 * The content history read from real git repositories: one `git log` read into per-entry
 * changes, and the three cases in which it is unavailable (a shallow clone, a folder without
 * git, no git at all). It runs git as processes, so it is in the build project; the parsing
 * alone is tested in test/unit/git-history.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readContentHistory } from '../../src/data/history-reader.ts';
import { noteText } from '#lib/history/change-notes.ts';
import { type ContentHistory, dayInSweden, entryDates, recentChanges } from '#lib/history/git-history.ts';
import { commitAll, git, newRepo, shallowClone, writeFiles } from '../helpers/git.ts';

const DATES = {
  added: '2024-01-10T09:00:00+01:00',
  formatted: '2024-02-01T09:00:00+01:00',
  reported: '2024-03-05T23:30:00+00:00', // already 6 March in Sweden
  moved: '2024-04-01T08:00:00+02:00',
  renamed: '2024-05-02T10:00:00+02:00',
  outside: '2024-05-20T10:00:00+02:00',
  deleted: '2024-06-03T14:00:00+02:00',
};

/** A repository whose content went through every kind of change. */
function contentRepository() {
  const dir = newRepo();
  const sha: Record<string, string> = {};
  writeFiles(dir, {
    'README.md': 'not content',
    'content/uppdrag/plan-a/alpha.mdx': '---\ntitle: Alpha\n---\nText',
    'content/nyckeltal/beta.json': '{"title":"Beta"}',
    'content/nyckeltal/README.md': 'notes for staff',
  });
  sha.added = commitAll(dir, 'Lägg till alpha och beta', DATES.added);
  // Nothing a visitor sees: a `$schema` key, another key order, indentation, CRLF line endings.
  writeFiles(dir, {
    'content/nyckeltal/beta.json': '{\r\n  "$schema": "../x.json",\r\n  "title": "Beta"\r\n}\r\n',
    'content/uppdrag/plan-a/alpha.mdx': '---\r\ntitle: Alpha\r\n---\r\nText\r\n',
  });
  sha.formatted = commitAll(dir, 'Format the content files with $schema', DATES.formatted);
  writeFiles(dir, {
    'content/nyckeltal/beta.json': '{"title":"Beta","results":[{"period":"per-april-2024","value":1}]}',
    'README.md': 'still not content',
  });
  sha.reported = commitAll(
    dir,
    'Rapportera utfall per april <2024> & mer\n\nÄndring: Utfall enligt tertialrapporten.',
    DATES.reported,
  );
  git(dir, ['mv', 'content/uppdrag/plan-a', 'content/uppdrag/plan-b']);
  sha.moved = commitAll(dir, 'Flytta alpha till plan-b', DATES.moved);
  git(dir, ['mv', 'content/nyckeltal/beta.json', 'content/nyckeltal/beta-ny.json']);
  sha.renamed = commitAll(dir, 'Byt id på beta', DATES.renamed);
  writeFiles(dir, { 'README.md': 'only outside content' });
  sha.outside = commitAll(dir, 'Ändra README', DATES.outside);
  writeFiles(dir, { 'content/uppdrag/plan-b/alpha.mdx': null });
  sha.deleted = commitAll(dir, 'Ta bort alpha', DATES.deleted);
  return { dir, sha };
}

describe('content history from git', () => {
  let repo: ReturnType<typeof contentRepository>;
  let history: ContentHistory;

  beforeAll(async () => {
    repo = contentRepository();
    const result = await readContentHistory(join(repo.dir, 'content'), { period: (id) => `[${id}]` });
    if (!result.available) throw new Error(`history unavailable: ${result.detail}`);
    history = result.history;
  });

  const summary = (key: string) => history.byEntry.get(key)?.map((c) => [c.sha, c.kind, c.notes.map(noteText)]);

  it('lists every visible change of an entry, newest first, in words for the public, following a rename that changed its id', () => {
    const { sha } = repo;
    expect(summary('nyckeltal/beta-ny')).toEqual([
      [sha.renamed, 'renamed', []],
      [
        sha.reported,
        'modified',
        ['Utfall enligt tertialrapporten.', 'Utfall [per-april-2024] publicerat: 1, ingen status'],
      ],
      [sha.added, 'added', ['Publicerad på Insyn']],
    ]);
    expect(history.byEntry.has('nyckeltal/beta')).toBe(false);
    // The id it had, which older versions of other entries link to (day-catalogs.ts reads them so).
    expect(history.byEntry.get('nyckeltal/beta-ny')?.map((c) => c.from)).toEqual(['beta', undefined, undefined]);
  });

  it('leaves out changes no visitor sees: formatting, $schema, line endings, a move between subfolders', () => {
    const { sha } = repo;
    expect(summary('uppdrag/alpha')).toEqual([
      [sha.deleted, 'deleted', ['Borttagen från Insyn']],
      [sha.added, 'added', ['Publicerad på Insyn']],
    ]);
    expect(history.commits.map((c) => c.sha)).not.toContain(sha.formatted);
    expect(history.commits.map((c) => c.sha)).not.toContain(sha.moved);
  });

  it('never reads a commit subject', () => {
    const shown = JSON.stringify([...history.byEntry.values(), ...history.commits]);
    for (const subject of ['Lägg till', 'Rapportera', 'Format the', 'Flytta', 'Byt id', 'Ta bort']) {
      expect(shown).not.toContain(subject);
    }
  });

  it('dates an entry by its first and last visible change', () => {
    const dates = entryDates(history);
    expect(dates.get('uppdrag/alpha')).toEqual({ added: new Date(DATES.added), changed: new Date(DATES.deleted) });
    expect(dates.get('nyckeltal/beta-ny')).toEqual({ added: new Date(DATES.added), changed: new Date(DATES.renamed) });
  });

  it('keeps the committer dates exactly as git recorded them', () => {
    const dates = history.byEntry.get('nyckeltal/beta-ny')!.map((c) => Date.parse(c.date));
    expect(dates).toEqual([DATES.renamed, DATES.reported, DATES.added].map(Date.parse));
    expect(dayInSweden(history.byEntry.get('nyckeltal/beta-ny')![1].date)).toBe('2024-03-06');
  });

  it('ignores files that are no entry and commits that touch no content', () => {
    expect([...history.byEntry.keys()].sort()).toEqual(['nyckeltal/beta-ny', 'uppdrag/alpha']);
    expect(history.commits.map((c) => c.sha)).not.toContain(repo.sha.outside);
    expect(history.commits.map((c) => c.sha)).toEqual([
      repo.sha.deleted,
      repo.sha.renamed,
      repo.sha.reported,
      repo.sha.added,
    ]);
  });

  it('lists the newest changes across the site with the entries they changed', () => {
    const recent = recentChanges(history, 2);
    expect(recent.map((r) => r.sha)).toEqual([repo.sha.deleted, repo.sha.renamed]);
    expect(recent[0].entries).toEqual([
      { ref: { collection: 'uppdrag', id: 'alpha' }, kind: 'deleted', notes: [{ what: 'Borttagen från Insyn' }] },
    ]);
    expect(recent[1].entries).toEqual([
      { ref: { collection: 'nyckeltal', id: 'beta-ny' }, kind: 'renamed', notes: [] },
    ]);
    expect(recentChanges(history, 50)).toHaveLength(4);
  });

  it('is unavailable in a shallow clone, which would date every file to its one commit', async () => {
    const clone = shallowClone(repo.dir);
    expect(git(clone, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    const result = await readContentHistory(join(clone, 'content'));
    expect(result).toMatchObject({ available: false, reason: 'shallow' });
  });

  it('is available in a full clone, with the same changes', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'insyn-clone-'));
    git(clone, ['clone', '-q', repo.dir, '.']);
    const result = await readContentHistory(join(clone, 'content'));
    expect(result.available && result.history.byEntry.get('uppdrag/alpha')).toEqual(
      history.byEntry.get('uppdrag/alpha'),
    );
  });

  it('is unavailable in a folder that is not a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'insyn-nogit-'));
    cpSync(join(repo.dir, 'content'), join(dir, 'content'), { recursive: true });
    const result = await readContentHistory(join(dir, 'content'));
    expect(result).toMatchObject({ available: false, reason: 'not-a-repository' });
  });

  describe('without git installed', () => {
    const path = process.env.PATH;
    afterEach(() => {
      process.env.PATH = path;
    });

    it('is unavailable, and says git is missing', async () => {
      process.env.PATH = mkdtempSync(join(tmpdir(), 'insyn-empty-path-'));
      const result = await readContentHistory(join(repo.dir, 'content'));
      expect(result).toMatchObject({ available: false, reason: 'no-git' });
    });
  });
});

describe('merges and code changes in the content history', () => {
  const DAYS = {
    added: '2024-01-10T09:00:00+01:00',
    branch: '2024-02-01T09:00:00+01:00',
    mixed: '2024-02-05T09:00:00+01:00',
    code: '2024-02-10T09:00:00+01:00',
    merged: '2024-03-01T09:00:00+01:00',
    branch2: '2024-04-01T09:00:00+02:00',
    main2: '2024-04-02T09:00:00+02:00',
    resolved: '2024-04-03T09:00:00+02:00',
  };
  const FILE = 'content/nyckeltal/gamma.json';
  const gamma = (title: string, value: number) =>
    `${JSON.stringify(
      {
        title,
        unit: '%',
        description: 'Ett nyckeltal som mäter något.',
        results: [{ period: 'per-april-2024', value, status: 'delvis-uppfyllt', comment: 'En kommentar.' }],
      },
      null,
      2,
    )}\n`;
  const sha: Record<string, string> = {};
  let history: ContentHistory;

  beforeAll(async () => {
    const dir = newRepo();
    writeFiles(dir, { [FILE]: gamma('Gamma', 80), 'src/code.ts': 'export {};\n' });
    sha.added = commitAll(dir, 'Lägg till gamma', DAYS.added);
    git(dir, ['checkout', '-q', '-b', 'rattelse']);
    writeFiles(dir, { [FILE]: gamma('Gamma', 81) });
    sha.branch = commitAll(dir, 'Rätta utfallet', DAYS.branch);
    git(dir, ['checkout', '-q', 'main']);
    // A change of code that also renames the nyckeltal: the content's change counts, on its own date.
    writeFiles(dir, { [FILE]: gamma('Gamma, andel', 80), 'src/code.ts': 'export const x = 1;\n' });
    sha.mixed = commitAll(dir, 'Byt namn och ändra kod', DAYS.mixed);
    writeFiles(dir, { 'src/code.ts': 'export const x = 2;\n' });
    sha.code = commitAll(dir, 'Bara kod', DAYS.code);
    // The two changes touch different lines: git merges them, and the file differs from both parents.
    git(dir, ['merge', '-q', '--no-ff', '-m', 'Merge rattelse', 'rattelse'], DAYS.merged);
    sha.merged = git(dir, ['rev-parse', 'HEAD']).trim();
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(gamma('Gamma, andel', 81));
    // Both sides change the same value: whoever merges decides, and that decision is a change of its own.
    git(dir, ['checkout', '-q', '-b', 'andra', sha.merged]);
    writeFiles(dir, { [FILE]: gamma('Gamma, andel', 82) });
    sha.branch2 = commitAll(dir, 'Ändra igen', DAYS.branch2);
    git(dir, ['checkout', '-q', 'main']);
    writeFiles(dir, { [FILE]: gamma('Gamma, andel', 83) });
    sha.main2 = commitAll(dir, 'Ändra på main', DAYS.main2);
    expect(() => git(dir, ['merge', '-q', '--no-ff', '-m', 'Merge andra', 'andra'], DAYS.resolved)).toThrow();
    writeFiles(dir, { [FILE]: gamma('Gamma, andel', 84) });
    sha.resolved = commitAll(dir, 'Merge andra', DAYS.resolved);
    const result = await readContentHistory(join(dir, 'content'), { period: (id) => id.replaceAll('-', ' ') });
    if (!result.available) throw new Error(`history unavailable: ${result.detail}`);
    history = result.history;
  }, 60_000);

  const changes = () =>
    history.byEntry.get('nyckeltal/gamma')!.map((c) => ({ sha: c.sha, date: c.date, notes: c.notes.map(noteText) }));

  it('dates each change by the commit that made it, never by the merge that brought it in or a change of code', () => {
    const shown = changes();
    expect(shown.map((c) => c.sha)).toEqual([sha.resolved, sha.main2, sha.branch2, sha.mixed, sha.branch, sha.added]);
    expect(shown.map((c) => Date.parse(c.date))).toEqual(
      [DAYS.resolved, DAYS.main2, DAYS.branch2, DAYS.mixed, DAYS.branch, DAYS.added].map(Date.parse),
    );
    expect(history.commits.map((c) => c.sha)).not.toContain(sha.merged);
    expect(history.commits.map((c) => c.sha)).not.toContain(sha.code);
    expect(entryDates(history).get('nyckeltal/gamma')).toEqual({
      added: new Date(DAYS.added),
      changed: new Date(DAYS.resolved),
    });
  });

  it('says what each commit changed with the values before and after, and what a merge decided itself', () => {
    const notes = Object.fromEntries(changes().map((c) => [c.sha, c.notes.map((n) => n.replace(/\u00a0/g, ' '))]));
    expect(notes[sha.branch]).toEqual(['Utfall per april 2024 ändrat från 80 % till 81 %']);
    expect(notes[sha.mixed]).toEqual(['Namnet ändrat från «Gamma» till «Gamma, andel»']);
    expect(notes[sha.resolved]).toEqual(['Utfall per april 2024 ändrat från 83 % till 84 %']);
  });
});
