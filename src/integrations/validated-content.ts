/**
 * The content validated once per build. The content check validates every file before
 * Astro loads any; Astro's content layer (src/content.config.ts) and the search index,
 * written when the build is done, reuse that result rather than reading and validating
 * every file again.
 *
 * The result is kept on `globalThis`: Astro loads the configuration's integrations and the
 * content configuration as separate module graphs, so a variable of this module would be
 * a different one in each.
 */
import { validateContent } from '../data/content-files.ts';
import type { CollectionName } from '../schemas/index.ts';

type Validated = ReturnType<typeof validateContent>;

interface Kept {
  contentDir: string;
  result: Validated;
  /** Whether a build (not the dev server, which validates again on every change) made it. */
  build: boolean;
}

declare global {
  var insynValidatedContent: Kept | undefined;
}

/** Validates the content now (each build, and each restart of the dev server) and keeps the result. */
export function validateForBuild(root: string, contentDir: string, build = true): Validated {
  const result = validateContent(root, contentDir);
  globalThis.insynValidatedContent = { contentDir, result, build };
  return result;
}

/** The result of this build's check of `contentDir`, or a fresh validation where there was none. */
export function validatedContent(root: string, contentDir: string): Validated {
  const kept = globalThis.insynValidatedContent;
  return kept?.contentDir === contentDir ? kept.result : validateContent(root, contentDir);
}

/**
 * The entries of `collection` that this build's check found valid, for Astro's content
 * layer; undefined where no build checked `contentDir` without problems (the dev server,
 * `astro check`, `astro sync`), which then read the files themselves.
 */
export function checkedEntries(contentDir: string, collection: CollectionName) {
  const kept = globalThis.insynValidatedContent;
  if (!kept?.build || kept.contentDir !== contentDir || kept.result.problems.length > 0) return undefined;
  return kept.result.entries.filter((entry) => entry.collection === collection);
}
