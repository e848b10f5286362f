/** The Atom feed of /senaste-andringar/: the same changes, with absolute links. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { getContentHistory, getEntryDates, repositoryUrl } from '../../data/history.ts';
import { newestContentDate } from '#lib/open-data/feeds.ts';
import { atomFeed } from '#lib/core/atom.ts';
import { HISTORY_TEXT, RECENT_TEXT } from '#lib/history/history-text.ts';
import { recentFeedEntries, shapeRecent } from '#lib/history/recent-changes.ts';
import { messages } from '#lib/i18n/index.ts';

const PAGE = '/senaste-andringar/';
const SITE = messages('sv').site;

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, site).href;
  const { catalog } = await getCatalog();
  const result = await getContentHistory();
  const items = result.available ? shapeRecent(result.history, catalog, repositoryUrl()).items : [];
  const body = atomFeed({
    id: absolute(PAGE),
    title: `${RECENT_TEXT.title} – ${SITE.name}, ${SITE.owner}`,
    subtitle: result.available ? RECENT_TEXT.feedSubtitle : `${RECENT_TEXT.feedSubtitle} ${HISTORY_TEXT.unavailable}`,
    // Without a history there is no change to date the feed by: it is as new as the newest
    // content (as /flode.xml), never the time of the build, so two builds give the same file.
    updated: items[0]?.date ?? newestContentDate(catalog, await getEntryDates()).toISOString(),
    self: absolute(`${PAGE}flode.xml`),
    alternate: absolute(PAGE),
    author: RECENT_TEXT.publisher,
    entries: recentFeedEntries(items, PAGE, absolute),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
