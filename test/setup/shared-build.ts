/**
 * Global setup: a folder for the one build of each content variant that build-level and
 * browser tests read (`builtSite()` and `builtLiveSite()` build theirs on first use, so a run
 * of unit tests alone builds nothing), removed when the run ends. The build and browser
 * projects both name this setup; the first one to run makes the folder and the other reuses
 * it. With `INSYN_SHARED_BUILD_DIR` set (by `npm test`, which runs the projects one after
 * another) that folder is used and kept, so a whole run builds each variant once.
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

const KEY = 'INSYN_SHARED_BUILD_DIR';

export default function setup(project: TestProject) {
  const existing = process.env[KEY];
  const dir = existing ?? mkdtempSync(join(tmpdir(), 'insyn-test-site-'));
  process.env[KEY] = dir;
  project.provide('sharedBuildDir', dir);
  if (existing) return;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env[KEY];
  };
}
