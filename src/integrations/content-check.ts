/**
 * Runs the same validation as `npm run check` before Astro loads any content, and stops
 * the build with every problem listed. Astro itself would only log dangling references
 * and stop at the first invalid entry.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { CONTENT_DIR } from '../content-dir.ts';
import { formatProblems } from '#lib/core/problems.ts';
import { validateForBuild } from './validated-content.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'insyn:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        const { problems, entries } = validateForBuild(root, resolve(root, CONTENT_DIR));
        if (problems.length > 0) {
          throw new AstroError(formatProblems(problems), 'Rätta felen och bygg igen; npm run check visar samma lista.');
        }
        logger.info(`Innehållet är giltigt: ${entries.length} poster.`);
      },
    },
  };
}
