/** The Atom feed of /senaste-andringar/: the same changes, with absolute links. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { getContentHistory, getEntryDates, repositoryUrl } from '../../data/history.ts';
import { newestContentDate } from '#lib/open-data/feeds.ts';
import { atomFeed } from '#lib/core/atom.ts';
import { recentFeedEntries, shapeRecent } from '#lib/history/recent-changes.ts';
import { messages } from '#lib/i18n/index.ts';

const PAGE = '/senaste-andringar/';
// The feed is one file for readers of either language, in Swedish.
const { site: SITE, history: HISTORY } = messages('sv');

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, site).href;
  const { catalog, config } = await getCatalog();
  const result = await getContentHistory();
  const items = result.available ? shapeRecent(result.history, catalog, 'sv', repositoryUrl()).items : [];
  const body = atomFeed({
    id: absolute(PAGE),
    title: `${HISTORY.recent.title} – ${SITE.name}, ${config.name}`,
    subtitle: result.available
      ? HISTORY.recent.feedSubtitle(config.name)
      : `${HISTORY.recent.feedSubtitle(config.name)} ${HISTORY.text.unavailable}`,
    // Without a history there is no change to date the feed by: it is as new as the newest
    // content (as /flode.xml), never the time of the build, so two builds give the same file.
    updated: items[0]?.date ?? newestContentDate(catalog, await getEntryDates()).toISOString(),
    self: absolute(`${PAGE}flode.xml`),
    alternate: absolute(PAGE),
    author: config.name,
    entries: recentFeedEntries(items, PAGE, absolute),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
