// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { dirname, resolve } from 'node:path';
import { contentCheck } from './src/integrations/content-check.ts';
import { buildAtScale } from './src/integrations/build-at-scale.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { sitemap } from './src/integrations/sitemap.ts';

// A build of other content (tests, the benchmark) keeps its own content cache beside that
// content, so it can never leak entries into the real site's build or the other way round.
const otherContent = process.env.INSYN_CONTENT_DIR;

export default defineConfig({
  ...(otherContent ? { cacheDir: resolve(dirname(otherContent), '.astro-cache') } : {}),
  site: process.env.SITE_URL ?? 'https://insyn.regionjh.se',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 4 },
  integrations: [contentCheck(), buildAtScale(), mdx(), pagefindIndex(), sitemap()],
  devToolbar: { enabled: false },
});
