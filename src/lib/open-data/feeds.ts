/**
 * Atom feeds of reports and decisions, for the whole site and for each plan.
 *
 * Atom wants full timestamps, but a decision may be known only to the month ("februari
 * 2024") and a report may have no date at all. So `published` and `updated` say what they
 * mean in Atom: when the entry appeared on Insyn (its first commit). The decision's
 * or report's own date goes in `dc:date`, in exactly the precision the source gives
 * (`2024-02` or `2024-05-07`, as W3C-DTF allows), and is left out when the source has none.
 * Without the history (a shallow clone) `published` is the entry's own date instead (a
 * report without one: its period's end), never the time of a clone or a build.
 */
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { Catalog, Entry } from '#lib/core/catalog.ts';
import { entries } from '#lib/core/catalog.ts';
import type { EntryDates } from '#lib/history/git-history.ts';
import { COLLECTION_LABELS, REPORT_KIND_LABELS } from '#lib/core/labels.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { titleOf } from '#lib/core/titles.ts';
import { atomFeed } from '#lib/core/atom.ts';

export const SITE_FEED_PATH = '/flode.xml';
export const planFeedPath = (planId: string) => `/planer/${planId}/flode.xml`;

export interface FeedEntry {
  /** The entry's page, absolute: also its Atom id, since permalinks do not change. */
  url: string;
  title: string;
  summary: string;
  /** When the entry appeared on Insyn. */
  published: Date;
  /** The decision's or report's own date as the source gives it, or undefined when it gives none. */
  date?: string;
  category: string;
}

export interface FeedScope {
  reports?: ReadonlySet<string>;
  decisions?: ReadonlySet<string>;
}

/** An entry's summary, led by "Exempel:" and what is made up when it is an example, so a reader of the feed knows. */
function feedSummary(data: { summary: string; illustrative?: string }): string {
  return data.illustrative ? `Exempel: ${data.illustrative} ${data.summary}` : data.summary;
}

/** Reports and decisions as feed entries, newest on Insyn first, then by their own date. */
export function feedEntries(
  catalog: Catalog,
  site: URL,
  datesOf: (collection: 'reports' | 'decisions', id: string) => EntryDates | undefined,
  scope: FeedScope = {},
): FeedEntry[] {
  const published = (entry: Entry<'reports' | 'decisions'>) =>
    datesOf(entry.collection, entry.id)?.added ?? ownDate(catalog, entry);
  const reports = entries(catalog, 'reports')
    .filter((r) => !scope.reports || scope.reports.has(r.id))
    .map((report): FeedEntry => ({
      url: new URL(hrefFor({ collection: 'reports', id: report.id }), site).href,
      title: report.data.title,
      summary: feedSummary(report.data),
      published: published(report),
      date: report.data.date ?? undefined,
      category: REPORT_KIND_LABELS[report.data.kind],
    }));
  const decisions = entries(catalog, 'decisions')
    .filter((d) => !scope.decisions || scope.decisions.has(d.id))
    .map((decision): FeedEntry => ({
      url: new URL(hrefFor({ collection: 'decisions', id: decision.id }), site).href,
      title: titleOf(catalog, decision),
      summary: feedSummary(decision.data),
      published: published(decision),
      date: decision.data.date,
      category: COLLECTION_LABELS.decisions.one,
    }));
  return [...reports, ...decisions].sort(
    (a, b) =>
      b.published.getTime() - a.published.getTime() ||
      (b.date ?? '').localeCompare(a.date ?? '') ||
      a.url.localeCompare(b.url),
  );
}

/** A report's or decision's own date (a report without one: its period's end), as a time. */
export function ownDate(catalog: Catalog, entry: Entry<'reports' | 'decisions'>): Date {
  if (entry.collection === 'decisions') return new Date(entry.data.date);
  const report = entry;
  const day = report.data.date ?? catalog.periods.get(report.data.period.id)?.data.endDate;
  if (!day) throw new Error(`reports/${report.id}: varken rapporten eller dess period har ett datum`);
  return new Date(day);
}

/**
 * How new the content is: the latest change the history knows, or without it the latest own
 * date of a report or decision. The date of a feed with nothing in it yet; never the time of
 * the build, so that two builds of the same commit give the same files.
 */
export function newestContentDate(
  catalog: Catalog,
  datesOf: (collection: CollectionName, id: string) => EntryDates | undefined,
): Date {
  const changed = COLLECTIONS.flatMap((c) =>
    [...catalog[c].keys()].map((id) => datesOf(c, id)?.changed.getTime() ?? 0),
  );
  const own = [
    ...entries(catalog, 'reports').map((r) => ownDate(catalog, r).getTime()),
    ...entries(catalog, 'decisions').map((d) => ownDate(catalog, d).getTime()),
  ];
  return new Date(Math.max(0, ...(changed.some(Boolean) ? changed : own)));
}

export interface Feed {
  /** The feed's own absolute address: its Atom id and its `self` link. */
  url: string;
  /** The page the feed follows, absolute. */
  alternate: string;
  title: string;
  subtitle: string;
  entries: readonly FeedEntry[];
  /** The feed's `updated` when it has no entries yet. */
  emptyUpdated: Date;
  /** The publisher (the organisation's name), for the author element. */
  author: string;
  /** The publisher's website, for the author element. */
  authorUrl?: string;
}

/** The feed as Atom 1.0 (RFC 4287), through the site's one Atom writer. */
export function feedXml(feed: Feed): string {
  const updated = feed.entries.reduce((latest, e) => (e.published > latest ? e.published : latest), new Date(0));
  return atomFeed({
    id: feed.url,
    title: feed.title,
    subtitle: feed.subtitle,
    self: feed.url,
    alternate: feed.alternate,
    updated: (feed.entries.length > 0 ? updated : feed.emptyUpdated).toISOString(),
    author: feed.author,
    authorUri: feed.authorUrl,
    entries: feed.entries.map((entry) => ({
      id: entry.url,
      title: entry.title,
      href: entry.url,
      published: entry.published.toISOString(),
      updated: entry.published.toISOString(),
      date: entry.date,
      category: entry.category,
      summary: entry.summary,
    })),
  });
}
