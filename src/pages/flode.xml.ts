/** The site's Atom feed of reports and decisions (see src/lib/open-data/feeds.ts for its dates). */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { getEntryDates, historyAvailable } from '../data/history.ts';
import { siteAddress } from '#lib/core/routes.ts';
import { feedEntries, feedXml, newestContentDate, SITE_FEED_PATH } from '#lib/open-data/feeds.ts';
import { DATA_TEXT } from '#lib/open-data/open-data-text.ts';

const feedTexts = DATA_TEXT.feeds;

export const GET: APIRoute = async ({ site }) => {
  const { catalog, config } = await getCatalog();
  const datesOf = await getEntryDates();
  const base = siteAddress(site);
  const feed = feedXml({
    url: new URL(SITE_FEED_PATH, base).href,
    alternate: new URL('/', base).href,
    title: feedTexts.siteTitle,
    subtitle: (await historyAvailable())
      ? feedTexts.siteSubtitle(config.name)
      : `${feedTexts.siteSubtitle(config.name)} ${feedTexts.noHistory}`,
    entries: feedEntries(catalog, base, datesOf),
    // With no reports or decisions yet, the feed is as new as the newest content.
    emptyUpdated: newestContentDate(catalog, datesOf),
    author: config.name,
    authorUrl: config.website,
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
