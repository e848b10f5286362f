/**
 * The live `content/`, which staff keep publishing to: only the invariant tests listed in
 * test/invariant-tests.ts may import this module (test/unit/test-rules.test.ts checks it),
 * and they assert only what holds for any valid content, or the source documents' facts.
 * `npm run test:framtid` runs them again over a copy with a next period published.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContentFiles, validateContent } from '../../src/data/content-files.ts';
import { readConfiguration } from '../../src/data/configuration.ts';
import { writeContentWithoutExamples } from '../../src/data/without-examples.ts';
import { validateFiles } from '#lib/content/validate.ts';
import { withoutExamples } from '#lib/content/without-examples.ts';
import { LIVE_CONTENT_BUILD } from './astro-build.ts';
import { sharedBuild } from './built-site.ts';
import { ROOT } from './content.ts';

export const LIVE_CONTENT = join(ROOT, 'content');

/** The live content, validated. */
export function validateLive() {
  return validateContent(ROOT);
}

/** The live content built once per test run, with its own git history: for checks over every page (links, HTML, axe). */
export function builtLiveSite(): string {
  return sharedBuild('live', () => ({ INSYN_CONTENT_DIR: LIVE_CONTENT_BUILD }));
}

/**
 * Sets a copy's interface languages to Swedish alone: a build that tests no English pages
 * skips rendering them (about half its pages), which keeps the suite's time.
 */
export function swedishOnly(contentDir: string): void {
  const file = join(contentDir, 'insyn.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as { languages: string[] };
  writeFileSync(file, `${JSON.stringify({ ...config, languages: ['sv'] }, null, 2)}\n`);
}

/**
 * The live content built as `npm run build -- --utan-exempel` builds it (scripts/astro.ts):
 * a copy without its examples, written by the same function, built once per test run.
 */
export function builtLiveSiteWithoutExamples(): string {
  return sharedBuild('live-without-examples', (dir) => {
    const content = join(dir, 'content');
    writeContentWithoutExamples(LIVE_CONTENT, content);
    swedishOnly(content);
    return { INSYN_CONTENT_DIR: content };
  });
}

/** The copy of the live content that `builtLiveSiteWithoutExamples` built from, beside its `dist/`. */
export function contentWithoutExamplesOf(dist: string): string {
  return join(dirname(dist), 'content');
}

/** The live content's files, and what `withoutExamples` makes of them, with the catalog of what remains. */
export function liveWithoutExamples() {
  const read = readContentFiles(LIVE_CONTENT, ROOT);
  const result = withoutExamples(read.files, [readConfiguration(LIVE_CONTENT).organisation]);
  return { files: read.files, pages: read.pages, result, catalog: validateFiles(result.files).catalog };
}
