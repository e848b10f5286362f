/**
 * The content's git history for pages, feeds, /senaste-andringar/ and the data catalogue:
 * read once per build by src/data/history-reader.ts, the one reader of it. Where it is
 * unavailable (a shallow clone, no git) pages say so and feeds use the content's own dates.
 */
import { resolve } from 'node:path';
import { CONTENT_DIR } from '../config/env.ts';
import { type ChangeKind, commitUrl, dayInSweden, entryDates, type EntryDates } from '#lib/history/git-history.ts';
import { periodLabel } from '#lib/core/titles.ts';
import type { Ref } from '../schemas/index.ts';
import { getCatalog } from './catalog.ts';
import { type HistoryResult, readContentHistory } from './history-reader.ts';

export type { HistoryResult } from './history-reader.ts';

let loaded: Promise<HistoryResult> | undefined;

/** `per augusti 2024`: a period as the notes name it. */
async function periodNames(): Promise<(id: string) => string> {
  const { catalog } = await getCatalog();
  return (id) => {
    const period = catalog.periods.get(id);
    return period ? periodLabel(period) : id;
  };
}

/** The history of the site's content, read once per build. */
export function getContentHistory(): Promise<HistoryResult> {
  loaded ??= periodNames()
    .then((name) => readContentHistory(resolve(CONTENT_DIR), name))
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
  notes: string[];
  href?: string;
}

export type ItemHistory = { available: false } | { available: true; changes: ShownChange[] };

function showChange(
  change: { sha: string; date: string; kind: ChangeKind; notes: string[] },
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
