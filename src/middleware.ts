/**
 * The organisation a page is about, handed to every page and component through `Astro.locals`:
 * its name, the words that follow its kind (regionen or kommunen), its contacts and the
 * glossary's view of it. Read once per build here, so components lay out what they are given
 * and never read the content themselves.
 */
import { defineMiddleware } from 'astro:middleware';
import { getGlossaryContext } from './data/catalog.ts';
import { getConfiguration, getKindWords } from './data/configuration.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const config = getConfiguration();
  context.locals.organisation = {
    name: config.name,
    words: getKindWords(),
    contacts: config.contacts,
    glossary: await getGlossaryContext(),
  };
  return next();
});
