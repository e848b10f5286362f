/**
 * The content validated once per build. The content check validates every file before
 * Astro loads any; the search index, written when the build is done, reuses that result
 * rather than reading and validating every file a second time.
 */
import { validateContent } from '../data/content-files.ts';

type Validated = ReturnType<typeof validateContent>;

let last: { contentDir: string; result: Validated } | undefined;

/** Validates the content now (each build, and each restart of the dev server) and keeps the result. */
export function validateForBuild(root: string, contentDir: string): Validated {
  last = { contentDir, result: validateContent(root, contentDir) };
  return last.result;
}

/** The result of this build's check of `contentDir`, or a fresh validation where there was none. */
export function validatedContent(root: string, contentDir: string): Validated {
  return last?.contentDir === contentDir ? last.result : validateContent(root, contentDir);
}
