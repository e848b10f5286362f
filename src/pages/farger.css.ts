/** The configuration's colours as a stylesheet (src/lib/core/palette.ts). */
import type { APIRoute } from 'astro';
import { getConfiguration } from '../data/configuration.ts';
import { paletteCss } from '#lib/core/palette.ts';

export const GET: APIRoute = () =>
  new Response(paletteCss(getConfiguration().colours), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
