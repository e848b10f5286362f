/**
 * Tidies the English pages Astro renders under /en/ (astro.config.mjs renders every Swedish
 * page again there): the Swedish-only pages are removed, and the English 404 page moves to
 * /en/404.html, where a host looks for a folder's error page beside the site's /404.html.
 * Runs before the search index and the sitemap, which read what is left.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ENGLISH_PREFIX, SWEDISH_ONLY_PATHS } from '#lib/core/routes.ts';

export function englishPages(enabled: boolean): AstroIntegration {
  return {
    name: 'insyn:english-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        if (!enabled) return;
        const english = join(fileURLToPath(dir), ENGLISH_PREFIX);
        for (const path of SWEDISH_ONLY_PATHS) rmSync(join(english, path), { recursive: true, force: true });
        const notFound = join(english, '404');
        if (existsSync(join(notFound, 'index.html'))) {
          renameSync(join(notFound, 'index.html'), join(english, '404.html'));
          rmSync(notFound, { recursive: true });
        }
      },
    },
  };
}
