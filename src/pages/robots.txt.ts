/** robots.txt: everything may be indexed; the sitemap lists every page. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '#lib/open-data/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
