/** Each plan's Atom feed: its reports, and the decisions behind the plan and its items. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { getEntryDates, historyAvailable } from '../../../data/history.ts';
import { entries } from '#lib/core/catalog.ts';
import { planDecisions, planScope } from '#lib/open-data/exports.ts';
import { feedEntries, feedXml, newestContentDate, planFeedPath } from '#lib/open-data/feeds.ts';
import { DATA_TEXT } from '#lib/open-data/open-data-text.ts';
import { hrefFor } from '#lib/core/routes.ts';

const feedTexts = DATA_TEXT.feeds;

export const getStaticPaths = (async () => {
  const { catalog } = await getCatalog();
  return entries(catalog, 'plans').map((plan) => ({ params: { id: plan.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { catalog, config } = await getCatalog();
  const datesOf = await getEntryDates();
  const plan = catalog.plans.get(params.id!)!;
  const scope = planScope(catalog, plan.id);
  const base = site!;
  const feed = feedXml({
    url: new URL(planFeedPath(plan.id), base).href,
    alternate: new URL(hrefFor({ collection: 'plans', id: plan.id }), base).href,
    title: feedTexts.planTitle(plan.data.title),
    subtitle: (await historyAvailable())
      ? feedTexts.planSubtitle(plan.data.title)
      : `${feedTexts.planSubtitle(plan.data.title)} ${feedTexts.noHistory}`,
    entries: feedEntries(catalog, base, datesOf, {
      reports: scope.reports,
      decisions: planDecisions(catalog, plan.id),
    }),
    emptyUpdated: datesOf('plans', plan.id)?.added ?? newestContentDate(catalog, datesOf),
    author: config.name,
    authorUrl: config.website,
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
