/**
 * The organisation a page is about, handed to every page and component through `Astro.locals`:
 * its name, the words that follow its kind (regionen or kommunen), its contacts, the glossary's
 * view of it, and the days its content last changed. Read once per build here, so components
 * lay out what they are given and never read the content themselves.
 */
import { defineMiddleware } from 'astro:middleware';
import { dayInSweden } from '#lib/history/git-history.ts';
import { newestContentDate } from '#lib/open-data/feeds.ts';
import { getCatalog, getGlossaryContext } from './data/catalog.ts';
import { getConfiguration, getKindWords } from './data/configuration.ts';
import { getEntryDates, historyAvailable } from './data/history.ts';

async function readOrganisation(): Promise<App.Locals['organisation']> {
  const config = getConfiguration();
  const datesOf = await getEntryDates();
  const site = (await historyAvailable()) ? newestContentDate((await getCatalog()).catalog, datesOf) : undefined;
  return {
    name: config.name,
    words: getKindWords(),
    contacts: config.contacts,
    glossary: await getGlossaryContext(),
    changed: {
      entry: (collection, id) => {
        const changed = datesOf(collection, id)?.changed;
        return changed && dayInSweden(changed.toISOString());
      },
      site: site && dayInSweden(site.toISOString()),
    },
  };
}

let organisation: Promise<App.Locals['organisation']> | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  organisation ??= readOrganisation();
  context.locals.organisation = await organisation;
  return next();
});
