/** The stylesheet that shows any of the site's feeds as a page in a browser (src/lib/open-data/feed-stylesheet.ts). */
import type { APIRoute } from 'astro';
import { feedStylesheet } from '#lib/open-data/feed-stylesheet.ts';
import { messages } from '#lib/i18n/index.ts';

export const GET: APIRoute = () =>
  new Response(feedStylesheet(messages('sv').feeds.page, '/flode.css'), {
    headers: { 'Content-Type': 'text/xsl; charset=utf-8' },
  });
