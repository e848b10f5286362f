/**
 * The live `content/`, which staff keep publishing to: only the invariant tests listed in
 * test/invariant-tests.ts may import this module (test/unit/test-rules.test.ts checks it),
 * and they assert only what holds for any valid content, or the source documents' facts.
 * `npm run test:framtid` runs them again over a copy with a next period published.
 */
import { join } from 'node:path';
import { validateContent } from '../../src/data/content-files.ts';
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
