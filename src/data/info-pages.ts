/**
 * The information pages in other languages (`content/sidor/`), from Astro's content layer,
 * once per build: their routes and the footer's "Språk" list read the same list.
 */
import { getCollection } from 'astro:content';
import { infoPageHref } from '#lib/core/routes.ts';
import { languageName } from '#lib/core/languages.ts';

let loaded: ReturnType<typeof load> | undefined;

async function load() {
  const pages = await getCollection('sidor');
  return pages
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((page) => ({
      page,
      href: infoPageHref(page.id),
      title: page.data.title,
      lang: page.data.lang,
      language: languageName(page.data.lang),
    }));
}

export function getInfoPages() {
  // Read again for every page in `npm run dev`, where staff edit the files: a page renders its
  // text through Astro's content layer, so it is read from there, not from disk as the catalogue is.
  if (import.meta.env.DEV) return load();
  loaded ??= load();
  return loaded;
}
