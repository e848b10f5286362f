/**
 * The content's git history for pages, feeds, /senaste-andringar/ and the data catalogue:
 * read once per build by src/data/history-reader.ts, the one reader of it. Where it is
 * unavailable (a shallow clone, no git) pages say so and feeds use the content's own dates.
 */
import { resolve as resolvePath } from 'node:path';
import { CONTENT_DIR } from '../config/env.ts';
import { type ChangeKind, commitUrl, dayInSweden, entryDates, type EntryDates } from '#lib/history/git-history.ts';
import { resolve } from '#lib/core/catalog.ts';
import type { ChangeNote, NoteNames } from '#lib/history/change-notes.ts';
import { periodLabel, titleOf } from '#lib/core/titles.ts';
import type { VersionLink } from '#lib/history/archive.ts';
import type { Ref } from '../schemas/index.ts';
import { getCatalog } from './catalog.ts';
import { type HistoryResult, readContentHistory } from './history-reader.ts';

export type { HistoryResult } from './history-reader.ts';

let loaded: Promise<HistoryResult> | undefined;

/** Periods (`per augusti 2024`) and entries as the notes name them: by their names on the pages, never their ids. */
async function noteNames(): Promise<NoteNames> {
  const { catalog } = await getCatalog();
  return {
    period: (id) => {
      const period = catalog.periods.get(id);
      // A period since removed from the content is named from its id's words, as `per april 2024`.
      return period ? periodLabel(period) : id.replace(/^helar-/, 'helår-').replaceAll('-', ' ');
    },
    entry: (ref) => {
      const entry = resolve(catalog, ref);
      return entry && titleOf(catalog, entry);
    },
  };
}

/** The history of the site's content, read once per build. */
export function getContentHistory(): Promise<HistoryResult> {
  loaded ??= noteNames()
    .then((names) => readContentHistory(resolvePath(CONTENT_DIR), names))
    .then((result) => {
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
  kind: ChangeKind;
  notes: ChangeNote[];
  href?: string;
}

/** An entry's versions, for its change history: the archived ones, and on a frozen page which one it shows. */
export interface ItemVersions {
  /** The superseded versions, newest first, each a page under /arkiv/. */
  earlier: VersionLink[];
  /** On a frozen page: the day of the version it shows. */
  shown?: string;
  /** On a frozen page: the live page, with the newest version. */
  liveHref?: string;
}

export type ItemHistory = { available: false } | { available: true; changes: ShownChange[]; versions?: ItemVersions };

function showChange(
  change: { sha: string; date: string; kind: ChangeKind; notes: ChangeNote[] },
  repoUrl = repositoryUrl(),
): ShownChange {
  const { sha, date, kind, notes } = change;
  return { sha, date, kind, notes, day: dayInSweden(date), href: repoUrl ? commitUrl(repoUrl, sha) : undefined };
}

/** The history of one entry, newest first, ready for `ChangeHistory.astro`. */
export async function historyOf(ref: Ref): Promise<ItemHistory> {
  const result = await getContentHistory();
  if (!result.available) return { available: false };
  const changes = result.history.byEntry.get(`${ref.collection}/${ref.id}`) ?? [];
  return { available: true, changes: changes.map((change) => showChange(change)) };
}

/**
 * When each entry appeared on Insyn and last visibly changed, from the same history;
 * undefined for every entry when the history is unavailable, and for an entry not yet
 * committed. Feeds then use the content's own dates, the catalogue leaves them out.
 */
export async function getEntryDates(): Promise<(collection: string, id: string) => EntryDates | undefined> {
  const result = await getContentHistory();
  const dates = result.available ? entryDates(result.history) : new Map<string, EntryDates>();
  return (collection, id) => dates.get(`${collection}/${id}`);
}

/** Whether the build has the content's full history. */
export async function historyAvailable(): Promise<boolean> {
  return (await getContentHistory()).available;
}
