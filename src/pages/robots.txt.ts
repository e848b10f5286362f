/** robots.txt: everything may be indexed; the sitemap lists every page. */
import type { APIRoute } from 'astro';
import { siteAddress } from '#lib/core/routes.ts';
import { robotsTxt } from '#lib/open-data/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(siteAddress(site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
