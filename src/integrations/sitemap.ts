/**
 * Writes dist/sitemap.xml when the build is done, listing every HTML page it wrote. Reading
 * the output, rather than a list of routes, keeps the sitemap complete whoever adds a page.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pagePathOf, SITEMAP_PATH, sitemapXml } from '#lib/open-data/sitemap.ts';

export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'insyn:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!site) throw new Error('Sitemap kräver site i astro.config.mjs (SITE_URL)');
        const root = fileURLToPath(dir);
        const paths = readdirSync(root, { recursive: true, encoding: 'utf8' }).flatMap(
          (file) => pagePathOf(file) ?? [],
        );
        writeFileSync(`${root}${SITEMAP_PATH.slice(1)}`, sitemapXml(site, paths));
        logger.info(`${SITEMAP_PATH}: ${paths.length} sidor.`);
      },
    },
  };
}
