/**
 * Runs the same validation as `npm run check` before Astro loads any content, and stops
 * the build with every problem listed. Astro itself would only log dangling references
 * and stop at the first invalid entry.
 *
 * In `npm run dev` it checks again whenever a file under the content folder changes, and
 * while there are problems every page is the check's Swedish list instead of the site
 * (which would otherwise crash in English on, say, a plan id that does not exist).
 */
import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { CONTENT_DIR } from '../config/env.ts';
import { formatProblems, type Problem } from '#lib/core/problems.ts';
import { problemPage } from '#lib/content/problem-page.ts';
import { validateForBuild } from './validated-content.ts';

interface JsonEntryType {
  extensions: string[];
  getEntryInfo(params: { contents: string }): { data: Record<string, unknown> };
}

/** JSON entries as the check reads them: a UTF-8 byte order mark (as Windows' Notepad writes) is allowed. */
const jsonWithBom: JsonEntryType = {
  extensions: ['.json'],
  // The content schema validates the data next; this only reads it.
  getEntryInfo: ({ contents }) => ({
    data: contents ? (JSON.parse(contents.replace(/^\uFEFF/, '')) as Record<string, unknown>) : {},
  }),
};

/** Astro hands integrations `addDataEntryType` without declaring it in the hook's type. */
function canAddDataEntryType(params: object): params is { addDataEntryType(type: JsonEntryType): void } {
  return 'addDataEntryType' in params && typeof params.addDataEntryType === 'function';
}

export function contentCheck(): AstroIntegration {
  let root = '';
  let contentDir = '';
  let problems: Problem[] = [];
  let build = false;
  const check = () => {
    const result = validateForBuild(root, contentDir, build);
    problems = result.problems;
    return result;
  };
  return {
    name: 'insyn:content-check',
    hooks: {
      'astro:config:setup': (params) => {
        const { config, command, logger } = params;
        if (command !== 'build' && command !== 'dev') return;
        if (!canAddDataEntryType(params))
          throw new AstroError('Astro erbjuder inte längre addDataEntryType: JSON-filer med BOM kan inte läsas.');
        params.addDataEntryType(jsonWithBom);
        build = command === 'build';
        root = fileURLToPath(config.root);
        contentDir = resolve(root, CONTENT_DIR);
        const { entries, warnings } = check();
        for (const warning of warnings) logger.warn(`${warning.file} ${warning.field}: ${warning.message}`);
        if (problems.length > 0 && command === 'build') {
          throw new AstroError(formatProblems(problems), 'Rätta felen och bygg igen; npm run check visar samma lista.');
        }
        if (problems.length > 0) logger.error(formatProblems(problems));
        else logger.info(`Innehållet är giltigt: ${entries.length} poster.`);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(contentDir + sep)) return;
          const before = problems.length;
          const { entries } = check();
          if (problems.length > 0) logger.error(formatProblems(problems));
          else if (before > 0) {
            logger.info(`Innehållet är giltigt igen: ${entries.length} poster.`);
            server.ws.send({ type: 'full-reload' });
          }
        });
        server.middlewares.use((request, response, next) => {
          const accept = request.headers.accept ?? '';
          if (
            problems.length === 0 ||
            (request.method !== 'GET' && request.method !== 'HEAD') ||
            !accept.includes('text/html')
          ) {
            next();
            return;
          }
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(problemPage(problems));
        });
      },
    },
  };
}
