/**
 * The site-wide list of recent content changes, shaped once for the page
 * `/senaste-andringar/` and its Atom feed, so both show the same changes the same way.
 */
import type { Ref } from '../../schemas/index.ts';
import type { AtomEntry } from '#lib/core/atom.ts';
import { type Catalog, resolve } from '#lib/core/catalog.ts';
import {
  type ChangeKind,
  commitUrl,
  type ContentHistory,
  dayInSweden,
  recentChanges,
  type VisibleCommit,
} from './git-history.ts';
import { CHANGE_KIND_LABELS, RECENT_TEXT } from './history-text.ts';
import { COLLECTION_LABELS } from '#lib/core/labels.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { titleOf } from '#lib/core/titles.ts';
import { escapeXml } from '#lib/core/xml.ts';

/** How many commits the list shows: enough for a few months of publishing, small enough for a phone. */
export const RECENT_LIMIT = 50;
/** How many changed entries one change lists by name; a bulk import names the rest by count. */
export const ENTRIES_PER_CHANGE = 20;

export interface ShownEntry {
  /** `Nyckeltal`, `Uppdrag`, …: what kind of entry changed. */
  kind: string;
  title: string;
  /** The entry's page; absent when the entry no longer exists. */
  href?: string;
  change: ChangeKind;
  /** What changed in it, for a visitor. */
  notes: string[];
}

export interface RecentItem {
  sha: string;
  date: string;
  /** `YYYY-MM-DD` in Sweden. */
  day: string;
  /** What the change was, in a line: staff's note, or what the changed entries have in common. */
  headline: string;
  /** Fragment id on `/senaste-andringar/`, stable per commit. */
  anchor: string;
  commitHref?: string;
  entries: ShownEntry[];
  /** Changed entries beyond `ENTRIES_PER_CHANGE`. */
  more: number;
}

function shownEntry(catalog: Catalog, ref: Ref, change: ChangeKind, notes: string[]): ShownEntry {
  const entry = resolve(catalog, ref);
  const kind = COLLECTION_LABELS[ref.collection].one;
  return entry
    ? { kind, title: titleOf(catalog, entry), href: hrefFor(ref), change, notes }
    : { kind, title: ref.id, change, notes };
}

/** `nyckeltal: Utfall per augusti 2024 publicerat`: what kind of entry changed and what changed, beside its name. */
export function entryNote(entry: ShownEntry): string {
  const what = entry.notes.length > 0 ? entry.notes.join('; ') : CHANGE_KIND_LABELS[entry.change];
  return `${entry.kind.toLowerCase()}: ${what}${entry.href ? '' : `, ${RECENT_TEXT.gone}`}`;
}

/** A change in one line: staff's note when they wrote one, else what every changed entry has in common. */
export function headlineOf(commit: VisibleCommit): string {
  if (commit.notes.length > 0) return commit.notes.join(' ');
  const derived = commit.entries.map((e) => e.notes.filter((n) => !commit.notes.includes(n)));
  const shared = derived[0]?.filter((note) => derived.every((notes) => notes.includes(note))) ?? [];
  const count = commit.entries.length;
  if (shared.length > 0) return count === 1 ? shared.join(', ') : RECENT_TEXT.sharedChange(shared[0], count);
  return RECENT_TEXT.changedCount(count);
}

/** The newest changes, each naming and linking the entries it changed. */
export function shapeRecent(
  history: ContentHistory,
  catalog: Catalog,
  repoUrl?: string,
): { items: RecentItem[]; total: number } {
  const items = recentChanges(history, RECENT_LIMIT).map((change) => ({
    sha: change.sha,
    date: change.date,
    day: dayInSweden(change.date),
    headline: headlineOf(change),
    anchor: `andring-${change.sha.slice(0, 12)}`,
    commitHref: repoUrl ? commitUrl(repoUrl, change.sha) : undefined,
    entries: change.entries.slice(0, ENTRIES_PER_CHANGE).map((e) =>
      shownEntry(
        catalog,
        e.ref,
        e.kind,
        e.notes.filter((n) => !change.notes.includes(n)),
      ),
    ),
    more: Math.max(0, change.entries.length - ENTRIES_PER_CHANGE),
  }));
  return { items, total: history.commits.length };
}

/**
 * The changes as Atom entries: each change's list of entries as HTML, with absolute links
 * (`absolute` turns a site path into an address), pointing at its place on `page`.
 */
export function recentFeedEntries(
  items: readonly RecentItem[],
  page: string,
  absolute: (path: string) => string,
): AtomEntry[] {
  return items.map((item) => {
    const href = absolute(`${page}#${item.anchor}`);
    const list = item.entries
      .map((e) => {
        const name = e.href ? `<a href="${escapeXml(absolute(e.href))}">${escapeXml(e.title)}</a>` : escapeXml(e.title);
        return `<li>${name} (${escapeXml(entryNote(e))})</li>`;
      })
      .concat(item.more > 0 ? [`<li>${RECENT_TEXT.more(item.more)}</li>`] : [])
      .join('');
    return { id: href, title: item.headline, updated: item.date, href, html: `<ul>${list}</ul>` };
  });
}
