/**
 * The one way tests run `astro build`, one build at a time in this project.
 *
 * Every build writes the project's `.astro/` (its `content-modules.mjs` names the MDX files
 * of the content being built, also for a build of other content through
 * `INSYN_CONTENT_DIR`) and reads it back while bundling, and a build of the bundled content
 * also shares the content cache in `node_modules/.astro/`. Two builds at once, in test files
 * that vitest runs side by side, could read each other's files; a lock folder in
 * `node_modules/` lets one build run at a time across all test processes.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './content.ts';

const LOCK = join(ROOT, 'node_modules', '.insyn-build-lock');
const OWNER = join(LOCK, 'pid');
/** Longer than any build takes on a slow machine; a lock held longer than this is a bug. */
const WAIT_MS = 10 * 60_000;

export interface BuildResult {
  status: number | null;
  output: string;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** How deep this process is in `withBuildLock`: the lock is taken once and may be nested. */
let depth = 0;

/** Takes the build lock (waiting for it) and returns the function that gives it back; a lock left by a process that died is taken over. */
export function acquireBuildLock(): () => void {
  const start = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(OWNER, String(process.pid));
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner = Number.NaN;
      try {
        owner = Number(readFileSync(OWNER, 'utf8'));
      } catch {
        // The owner is between creating the folder and writing its pid: wait for it.
      }
      if (Number.isInteger(owner) && owner > 0 && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() - start > WAIT_MS)
        throw new Error(`Väntade för länge på att få bygga: ${LOCK} finns kvar (pid ${owner}).`, { cause: error });
      else sleep(100);
    }
  }
}

/** Runs `fn` while this process holds the build lock. */
export function withBuildLock<T>(fn: () => T): T {
  if (depth > 0) return nested(fn);
  const release = acquireBuildLock();
  try {
    return nested(fn);
  } finally {
    release();
  }
}

function nested<T>(fn: () => T): T {
  depth++;
  try {
    return fn();
  } finally {
    depth--;
  }
}

/** Variables that choose what a build builds: a test sets them itself, never inherits them. */
const BUILD_VARIABLES = ['INSYN_CONTENT_DIR', 'INSYN_SEARCH_FIRST_INDEX', 'SITE_URL', 'INSYN_REPO_URL'];

/**
 * What a build names as its content to build the live `content/`, as `npm run build` does:
 * only test/helpers/live-content.ts does so (test/unit/test-rules.test.ts checks it).
 */
export const LIVE_CONTENT_BUILD = 'content';

/**
 * Builds the site into `outDir` (under the build lock) with the given variables; never throws
 * on a failed build. Every build names its content in `INSYN_CONTENT_DIR` (a fixture's
 * folder, or `LIVE_CONTENT_BUILD`), so that no test builds the live content by leaving it out.
 */
export function astroBuild(outDir: string, env: Record<string, string>, args: string[] = []): BuildResult {
  if (!env.INSYN_CONTENT_DIR)
    throw new Error(
      'Ett testbygge måste ange sitt innehåll i INSYN_CONTENT_DIR: en fixturs mapp (test/helpers/content.ts), ' +
        'eller det levande content/ genom test/helpers/live-content.ts.',
    );
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !BUILD_VARIABLES.includes(name)));
  // The live content is built as `npm run build` builds it: with no INSYN_CONTENT_DIR at all.
  const { INSYN_CONTENT_DIR: content, ...rest } = env;
  const chosen = content === LIVE_CONTENT_BUILD ? rest : env;
  const asked = Date.now();
  return withBuildLock(() => {
    const start = Date.now();
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...chosen },
      },
    );
    logBuild(content, (start - asked) / 1000, (Date.now() - start) / 1000);
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  });
}

/** The file in the run's shared folder where every build notes its time, for `npm test`'s summary. */
export const BUILD_LOG = 'byggen.tsv';

function logBuild(content: string, waited: number, took: number): void {
  const shared = process.env.INSYN_SHARED_BUILD_DIR;
  if (!shared) return;
  const test = expect.getState().testPath ?? '';
  appendFileSync(
    join(shared, BUILD_LOG),
    `${test.replace(`${ROOT}/`, '')}\t${content.replace(`${ROOT}/`, '')}\t${waited.toFixed(1)}\t${took.toFixed(1)}\n`,
  );
}

/** Like `astroBuild`, but a failed build throws with Astro's output. */
export function astroBuildOrThrow(outDir: string, env: Record<string, string>): void {
  const { status, output } = astroBuild(outDir, env);
  if (status !== 0) throw new Error(`astro build misslyckades:\n${output}`);
}
