/**
 * Build settings that keep a build fast and small as the content grows to thousands of
 * entries (figures in docs/performance.md):
 *
 * - The MDX entries of each collection are bundled into one chunk. Left alone, the bundler
 *   makes every MDX entry a chunk of its own, and making and then loading thousands of
 *   chunks was the slowest step of a large build.
 * - The bundler's warning that Astro's `"use astro:head-inject"` directive at the top of
 *   each MDX module "may not be preserved" is left out: it came once per entry, and the
 *   pages are the same with the directive bundled.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../config/env.ts';

interface Log {
  code?: string;
  id?: string;
  message: string;
}

export function buildAtScale(): AstroIntegration {
  return {
    name: 'insyn:build-at-scale',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const content = `${resolve(fileURLToPath(config.root), CONTENT_DIR).split(sep).join('/')}/`;
        const isContentMdx = (id: string | undefined) => !!id?.startsWith(content) && /\.mdx(\?|$)/.test(id);
        const chunkOf = (id: string) => (isContentMdx(id) ? `content-${id.slice(content.length).split('/')[0]}` : null);
        const onLog = (level: string, log: Log, handler: (level: string, log: Log) => void) => {
          if (
            log.code === 'MODULE_LEVEL_DIRECTIVE' &&
            isContentMdx(log.id) &&
            log.message.includes('astro:head-inject')
          )
            return;
          handler(level, log);
        };
        updateConfig({
          vite: {
            build: { rolldownOptions: { onLog } },
            environments: {
              prerender: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: chunkOf }] } } } } },
            },
          },
        });
      },
    },
  };
}
