/**
 * The organisation a page is about, handed to every page and component through `Astro.locals`:
 * its name, the words that follow its kind (regionen or kommunen), its contacts, the glossary's
 * view of it, and the days its content last changed. Read once per build here, so components
 * lay out what they are given and never read the content themselves.
 */
import { defineMiddleware } from 'astro:middleware';
import { dayInSweden } from '#lib/history/git-history.ts';
import { localiseLinks } from '#lib/core/localised-links.ts';
import { ARCHIVED_PAGES_DIR, hasEnglishPage, swedishPath } from '#lib/core/routes.ts';
import { resolve } from '#lib/core/catalog.ts';
import { unlinkGone } from '#lib/history/gone-links.ts';
import { langOf } from '#lib/i18n/index.ts';
import { words } from '#lib/i18n/words.ts';
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
  const lang = langOf(context.currentLocale);
  // A Swedish-only page rendered again under /en/ is removed after the build
  // (src/integrations/english-pages.ts): skip drawing it.
  if (lang !== 'sv' && !hasEnglishPage(swedishPath(context.url.pathname))) return new Response('');
  const shared = await organisation;
  const w = words(lang);
  const kind = w.kind(getConfiguration().kind);
  context.locals.organisation =
    lang === 'sv'
      ? shared
      : { ...shared, words: kind, glossary: { ...shared.glossary, words: kind, text: w.m.glossary } };
  context.locals.lang = lang;
  context.locals.contentLang = lang === 'sv' ? undefined : 'sv';
  const response = await next();
  // A frozen page may name an entry deleted since: its links to it would lead nowhere.
  if (context.url.pathname.startsWith(`/${ARCHIVED_PAGES_DIR}/`)) {
    const { catalog } = await getCatalog();
    return new Response(
      unlinkGone(await response.text(), (ref) => resolve(catalog, ref) !== undefined),
      response,
    );
  }
  // A page under /en/ links to the English pages; Swedish pages are passed on untouched.
  if (lang === 'sv' || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(localiseLinks(await response.text(), lang), response);
});
