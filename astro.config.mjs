// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://insyn.regionjh.se',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), pagefindIndex()],
  devToolbar: { enabled: false },
});
