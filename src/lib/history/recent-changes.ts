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
import { type ChangeNote, noteText, type NoteValue } from './change-notes.ts';
import { CHANGE_NOTES } from './history-text.ts';
import { type Lang, messages } from '#lib/i18n/index.ts';
import { labels } from '#lib/i18n/words.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { titleOf } from '#lib/core/titles.ts';
import { escapeXml } from '#lib/core/xml.ts';

/** How many commits the list shows: enough for a few months of publishing, small enough for a phone. */
export const RECENT_LIMIT = 50;
/** How many changed entries one change lists by name; a bulk import names the rest by count. */
export const ENTRIES_PER_CHANGE = 20;

/** The feed, and the headlines that are written with the Swedish notes, are in Swedish. */
const FEED = messages('sv').history.recent;

export interface ShownEntry {
  /** `Nyckeltal`, `Uppdrag`, …: what kind of entry changed. */
  kind: string;
  title: string;
  /** The entry's page; absent when the entry no longer exists. */
  href?: string;
  change: ChangeKind;
  /** What changed in it, for a visitor, each with its values before and after. */
  notes: ChangeNote[];
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

function shownEntry(catalog: Catalog, ref: Ref, change: ChangeKind, notes: ChangeNote[], lang: Lang): ShownEntry {
  const entry = resolve(catalog, ref);
  const kind = labels(lang).COLLECTION_LABELS[ref.collection].one;
  return entry
    ? { kind, title: titleOf(catalog, entry), href: hrefFor(ref), change, notes }
    : { kind, title: ref.id, change, notes };
}

/** What an entry's line says changed: its notes, or the kind of change when it has none (a new id). */
export function shownNotes(entry: ShownEntry, lang: Lang): ChangeNote[] {
  return entry.notes.length > 0 ? entry.notes : [{ what: messages(lang).history.kinds[entry.change] }];
}

/**
 * `nyckeltal: Utfall per april 2024 ändrat från 82,5 % till 83,0 %`: what kind of entry
 * changed and what changed in it, beside its name, as one line of text.
 */
export function entryNote(entry: ShownEntry, lang: Lang): string {
  const gone = entry.href ? '' : `, ${messages(lang).history.recent.gone}`;
  return `${entry.kind.toLowerCase()}: ${shownNotes(entry, lang).map(noteText).join('; ')}${gone}`;
}

/**
 * A change in one line: staff's note when they wrote one, else what every changed entry has
 * in common: one entry's one note with its values, else what changed without them.
 */
export function headlineOf(commit: VisibleCommit): string {
  if (commit.notes.length > 0) return commit.notes.join(' ');
  const derived = commit.entries.map((e) => e.notes.filter((n) => !n.staff));
  const count = commit.entries.length;
  // One note is said whole; several are named, their values standing in the entry's line below.
  if (count === 1 && derived[0].length === 1) return noteText(derived[0][0]);
  if (count === 1 && derived[0].length > 1) return derived[0].map((n) => n.what).join(', ');
  const whats = derived.map((notes) => notes.map((n) => n.what));
  const shared = whats[0]?.filter((what) => whats.every((list) => list.includes(what))) ?? [];
  if (shared.length > 0) return FEED.sharedChange(shared[0], count);
  return FEED.changedCount(count);
}

/** A value in a note as HTML: the text, and its example mark after it. */
function valueHtml(value: NoteValue): string {
  return `${escapeXml(value.text)}${value.example ? ` ${CHANGE_NOTES.exampleMark}` : ''}`;
}

/**
 * A note as HTML for the feed, as the page shows it: the value before in `<del>` and the one
 * after in `<ins>`, with the words "från" and "till" between, so a reader that shows no
 * strike-through still reads which is which.
 */
export function noteHtml(note: ChangeNote): string {
  const what = escapeXml(note.what);
  const from = note.from && `<del>${valueHtml(note.from)}</del>`;
  const to = note.to && `<ins>${valueHtml(note.to)}</ins>`;
  if (from && to) return CHANGE_NOTES.fromTo(what, from, to);
  if (to) return CHANGE_NOTES.onlyTo(what, to);
  if (from) return CHANGE_NOTES.onlyFrom(what, from);
  return what;
}

/** The newest changes, each naming and linking the entries it changed. */
export function shapeRecent(
  history: ContentHistory,
  catalog: Catalog,
  lang: Lang,
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
        e.notes.filter((n) => !n.staff),
        lang,
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
        const notes = shownNotes(e, 'sv').map(noteHtml).join('; ');
        return `<li>${name} (${escapeXml(e.kind.toLowerCase())}: ${notes}${e.href ? '' : `, ${FEED.gone}`})</li>`;
      })
      .concat(item.more > 0 ? [`<li>${FEED.more(item.more)}</li>`] : [])
      .join('');
    return { id: href, title: item.headline, updated: item.date, href, html: `<ul>${list}</ul>` };
  });
}
