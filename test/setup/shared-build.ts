/**
 * Global setup: a folder for the one build of the bundled content that every build-level
 * and browser test reads (`builtSite()` in `test/helpers/built-site.ts` builds it on first
 * use, so a run of unit tests alone builds nothing), removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedBuildDir: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-test-site-'));
  project.provide('sharedBuildDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
