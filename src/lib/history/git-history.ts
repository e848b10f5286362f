/**
 * The history of the content, read from the output of ONE `git log` over `content/`.
 * A page per entry cannot afford a git call per entry (the site must scale to thousands
 * of entries), so the whole log is read once per build and split into per-entry lists here.
 * Pure: the git call itself lives in `src/data/history.ts`.
 */
import { collections, ID_PATTERN, type Ref } from '../../schemas/index.ts';
import { isCollectionName } from '#lib/core/catalog.ts';
import type { ChangeKind } from './change-kind.ts';
import { type ChangeNote, staffNotes } from './change-notes.ts';

/**
 * The `git log` arguments whose output `parseGitLog` reads, to be run with the content
 * folder as working directory so that paths come out relative to it (`--relative`).
 * `-z` keeps any path byte-exact; `--date-order` shows no parent before its children,
 * which following renames relies on. `--diff-merges=dense-combined` lists the files a merge
 * itself changed (a conflict resolved by editing), as `git log -- <file>` does. The `-c` settings and `--find-renames` override
 * a user's git configuration that would change the output (`log.follow` with one path).
 */
export const GIT_LOG_ARGS = [
  '-c',
  'log.follow=false',
  '-c',
  'log.showSignature=false',
  'log',
  '-z',
  '--no-color',
  '--find-renames',
  '--date-order',
  '--relative',
  '--name-status',
  '--diff-merges=dense-combined',
  // The parents, so a merge is compared with each of them; the message body, for staff's
  // `Ändring:` lines; never the subject, which is for developers.
  '--format=%x1e%H%x1f%cI%x1f%P%x1f%b',
  '--',
  '.',
] as const;

export type { ChangeKind };

export interface FileChange {
  kind: ChangeKind;
  /** Path relative to the content folder, as `uppdrag/rs-plan-och-budget-2024/heltid-som-norm.mdx`. */
  path: string;
  /** The path before a rename. */
  from?: string;
}

export interface Commit {
  sha: string;
  /**
   * The committer date in ISO 8601 with offset: when the change landed in the content, which
   * is when the region published it. A merge that only brings in other commits is no change of
   * its own (its notes are empty, see change-notes.ts), so a change is never dated by the
   * commit that merged it or by a change of code.
   */
  date: string;
  /** The commits it was made on: one, or several for a merge. */
  parents: string[];
  /** The notes staff wrote in the message (`Ändring: …`, see change-notes.ts). */
  notes: string[];
  files: FileChange[];
}

/** One change to one entry, as its history lists it. */
export interface Change {
  sha: string;
  date: string;
  kind: ChangeKind;
  /** What changed, for a visitor: staff's notes first, then what the content's difference says. */
  notes: ChangeNote[];
  /** The entry's file as it was after this change (undefined when it was deleted or not read): its frozen version. */
  text?: string;
  /** When this change gave the entry a new id: the id it had before, which older versions of other entries link to. */
  from?: string;
}

/** One entry changed by a commit, and what changed. */
export interface EntryChange {
  ref: Ref;
  kind: ChangeKind;
  notes: ChangeNote[];
}

/** A commit that changed something a visitor sees. */
export interface VisibleCommit {
  sha: string;
  date: string;
  /** Staff's notes for the whole change. */
  notes: string[];
  entries: EntryChange[];
}

export interface ContentHistory {
  /** The commits that changed something a visitor sees, newest first. */
  commits: VisibleCommit[];
  /** Changes per entry (`collection/id`), newest first; an entry with no visible change is absent. */
  byEntry: Map<string, Change[]>;
}

/**
 * What one file's change in one commit means for a visitor (see change-notes.ts): its
 * notes, or undefined when nothing a visitor sees changed.
 */
export type NotesOf = (commit: Commit, file: FileChange) => ChangeNote[] | undefined;

/** The text of a changed file after a commit, undefined when it was deleted. */
export type TextOf = (commit: Commit, file: FileChange) => string | undefined;

const KINDS: Record<string, ChangeKind> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  T: 'modified',
  C: 'added',
};

/**
 * Splits the output of `git log` run with `GIT_LOG_ARGS` into commits. `prefix` is the
 * content folder's path in the repository (`git rev-parse --show-prefix`, as `content/`):
 * git applies `--relative` to ordinary commits but not to a merge's combined diff.
 */
export function parseGitLog(output: string, prefix = ''): Commit[] {
  const relative = (path: string) => (prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path);
  const commits: Commit[] = [];
  for (const record of output.split('\x1e').slice(1)) {
    const headerEnd = record.indexOf('\0');
    const header = headerEnd === -1 ? record : record.slice(0, headerEnd);
    const [sha, date, parents = '', body = ''] = header.split('\x1f');
    const tokens =
      headerEnd === -1
        ? []
        : record
            .slice(headerEnd + 1)
            .replace(/^\n/, '')
            .split('\0');
    const files: FileChange[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const status = tokens[i];
      if (!status) continue;
      const kind = KINDS[status[0]] ?? 'modified';
      // Renames and copies name the old path, then the new one.
      if (status[0] === 'R' || status[0] === 'C') {
        const from = tokens[++i];
        const path = tokens[++i];
        files.push(
          status[0] === 'R' ? { kind, path: relative(path), from: relative(from) } : { kind, path: relative(path) },
        );
      } else {
        files.push({ kind, path: relative(tokens[++i]) });
      }
    }
    commits.push({ sha, date, parents: parents.split(' ').filter(Boolean), notes: staffNotes(body), files });
  }
  return commits;
}

/**
 * The entry a content file is, from its path relative to the content folder:
 * `nyckeltal/rs-plan-och-budget-2024/frisktal.json` → `{ collection: 'nyckeltal', id: 'frisktal' }`.
 * `undefined` for files that are no entry (a README, a file of the wrong type).
 */
export function entryForPath(path: string): Ref | undefined {
  const parts = path.split('/');
  const collection = parts[0];
  if (parts.length < 2 || !isCollectionName(collection)) return undefined;
  const extension = `.${collections[collection].format}`;
  const name = parts[parts.length - 1];
  if (!name.endsWith(extension)) return undefined;
  const id = name.slice(0, -extension.length);
  return ID_PATTERN.test(id) ? { collection, id } : undefined;
}

const keyOf = (ref: Ref) => `${ref.collection}/${ref.id}`;

/**
 * What a changed file means for entries. A move between subfolders keeps the id (the
 * file name), so for the entry it is an ordinary change; a rename that changes the id
 * names the entry it came from.
 */
function entryChanges(file: FileChange): { ref: Ref; kind: ChangeKind; from?: Ref }[] {
  const ref = entryForPath(file.path);
  if (file.kind !== 'renamed') return ref ? [{ ref, kind: file.kind }] : [];
  const from = file.from ? entryForPath(file.from) : undefined;
  if (!ref) return from ? [{ ref: from, kind: 'deleted' }] : [];
  if (!from) return [{ ref, kind: 'added' }];
  return keyOf(from) === keyOf(ref) ? [{ ref, kind: 'modified' }] : [{ ref, kind: 'renamed', from }];
}

/**
 * Every entry's visible changes, newest first. A commit that changed nothing a visitor sees
 * (formatting, `$schema`, key order) is left out, so "Senast ändrad" follows the last
 * visible change. When a rename changed an entry's id, the older changes under the old id
 * are carried over to the new one: it is the same entry under a new name, and its page is
 * the only place they can be read.
 */
export function indexHistory(commits: Commit[], notesOf: NotesOf, textOf?: TextOf): ContentHistory {
  const byEntry = new Map<string, Change[]>();
  // Old id → the id it was renamed to, learnt from newer commits before older ones are read.
  const renamedTo = new Map<string, string>();
  const current = (key: string) => {
    const seen = new Set<string>();
    for (let next = renamedTo.get(key); next !== undefined && !seen.has(key); next = renamedTo.get(key)) {
      seen.add(key);
      key = next;
    }
    return key;
  };
  const visibleCommits: VisibleCommit[] = [];
  for (const commit of commits) {
    const touched = new Map<string, EntryChange & { text?: string; from?: string }>();
    for (const file of commit.files) {
      const derived = notesOf(commit, file);
      for (const change of entryChanges(file)) {
        if (change.from) renamedTo.set(keyOf(change.from), keyOf(change.ref));
        // A new id is a new address, which a visitor sees even when the content is the same.
        const notes = derived ?? (change.kind === 'renamed' ? [] : undefined);
        if (!notes) continue;
        touched.set(current(keyOf(change.ref)), {
          ref: change.ref,
          kind: change.kind,
          notes: [...commit.notes.map((what) => ({ what, staff: true as const })), ...notes],
          text: change.kind === 'deleted' ? undefined : textOf?.(commit, file),
          ...(change.from ? { from: change.from.id } : {}),
        });
      }
    }
    if (touched.size === 0) continue;
    for (const [key, change] of touched) {
      const list = byEntry.get(key) ?? [];
      const { sha, date } = commit;
      list.push({
        sha,
        date,
        kind: change.kind,
        notes: change.notes,
        ...(change.text === undefined ? {} : { text: change.text }),
        ...(change.from === undefined ? {} : { from: change.from }),
      });
      byEntry.set(key, list);
    }
    const entries = [...touched.values()].map(({ ref, kind, notes }) => ({ ref, kind, notes }));
    visibleCommits.push({ sha: commit.sha, date: commit.date, notes: commit.notes, entries });
  }
  return { commits: visibleCommits, byEntry };
}

/** The `limit` newest visible commits, newest first, with the entries they changed. */
export function recentChanges(history: ContentHistory, limit: number): VisibleCommit[] {
  return [...history.commits].sort((a, b) => Date.parse(b.date) - Date.parse(a.date)).slice(0, limit);
}

/** When an entry appeared on Insyn and when a visitor last saw it change. */
export interface EntryDates {
  added: Date;
  changed: Date;
}

/** Each entry's first and last visible change, keyed `collection/id`. */
export function entryDates(history: ContentHistory): Map<string, EntryDates> {
  return new Map(
    [...history.byEntry].map(([key, changes]) => [
      key,
      { added: new Date(changes.at(-1)!.date), changed: new Date(changes[0].date) },
    ]),
  );
}

/**
 * The web address of a commit in the repository's web view: `repoUrl` + `/commit/<sha>`
 * (GitHub, GitLab, Gitea), or `repoUrl` with `{sha}` replaced for other hosts.
 */
export function commitUrl(repoUrl: string, sha: string): string {
  return repoUrl.includes('{sha}') ? repoUrl.replaceAll('{sha}', sha) : `${repoUrl.replace(/\/+$/, '')}/commit/${sha}`;
}

/**
 * The calendar day of a timestamp in Sweden, `YYYY-MM-DD`: a commit made at 23:30 UTC
 * belongs to the next day for the region's readers, whichever time zone built the site.
 */
export function dayInSweden(timestamp: string): string {
  return SWEDISH_DAY.format(new Date(timestamp));
}

// Made once: a formatter takes far longer to make than to use, and every change on every page is formatted.
const SWEDISH_DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
