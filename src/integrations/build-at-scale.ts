/**
 * Build settings that keep a build fast and small as the content grows to thousands of
 * entries (figures in docs/performance.md):
 *
 * - The MDX entries of each collection are bundled into one chunk. Left alone, the bundler
 *   makes every MDX entry a chunk of its own, and making and then loading thousands of
 *   chunks was the slowest step of a large build.
 * - The bundler's memory is let go once the pages' code is written. Vite keeps each
 *   chunk's module list (`viteMetadata.__modules`) in a map that outlives the build (the
 *   bundler holds on to it through the log handler), and through it the bundler's own
 *   data: about a gigabyte at 100 times the bundled content, kept while every page was
 *   rendered. Nothing reads the lists after the bundle is written (Astro reads them
 *   while generating the bundle), so they are emptied then.
 * - The bundler's warning that Astro's `"use astro:head-inject"` directive at the top of
 *   each MDX module "may not be preserved" is left out: it came once per entry, and the
 *   pages are the same with the directive bundled.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../content-dir.ts';

interface Log {
  code?: string;
  id?: string;
  message: string;
}

interface Chunk {
  viteMetadata?: { __modules?: unknown };
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
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && isContentMdx(log.id) && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        };
        // Vite keeps one list per chunk while rendering it and one for the written chunk.
        const metadata = new Set<{ __modules?: unknown }>();
        const releaseModules = {
          name: 'insyn:release-bundle-modules',
          enforce: 'post' as const,
          renderChunk(_code: string, chunk: Chunk) {
            if (chunk.viteMetadata) metadata.add(chunk.viteMetadata);
            return null;
          },
          writeBundle(_options: unknown, bundle: Record<string, Chunk>) {
            for (const chunk of Object.values(bundle)) if (chunk.viteMetadata) metadata.add(chunk.viteMetadata);
            for (const entry of metadata) entry.__modules = {};
            metadata.clear();
          },
        };
        updateConfig({
          vite: {
            plugins: [releaseModules],
            build: { rolldownOptions: { onLog } },
            environments: { prerender: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: chunkOf }] } } } } } },
          },
        });
      },
    },
  };
}
