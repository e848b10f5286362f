/**
 * Reproducible builds: the same commit built twice gives the same files, byte for byte.
 * The first build starts without Astro's caches (`.astro/`, and the content cache beside the
 * content), as on a fresh clone, the second reuses them, and the two write to different folders, so
 * neither a cache nor the output path may leak into the site. A copy of the content
 * without git (no history to date anything by) must build the same twice too.
 *
 * Files that must differ between two builds: none.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuildOrThrow, withBuildLock } from '../helpers/astro-build.ts';
import { filesIn, TEST_BUILD_ENV } from '../helpers/built-site.ts';
import { contentWithFixture, FROZEN_CONTENT, ROOT } from '../helpers/content.ts';
import { commitAll, newRepo } from '../helpers/git.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Files only one build has, and files both have with different bytes. */
function differences(a: string, b: string): string[] {
  const inA = filesIn(a);
  const inB = filesIn(b);
  const onlyA = inA.filter((f) => !inB.includes(f)).map((f) => `bara i första: ${f}`);
  const onlyB = inB.filter((f) => !inA.includes(f)).map((f) => `bara i andra: ${f}`);
  const changed = inA
    .filter((f) => inB.includes(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f))))
    .map((f) => `olika: ${f}`);
  return [...onlyA, ...onlyB, ...changed];
}

/** Builds the same thing twice (the first time without caches), into two folders under `parent`. */
function buildTwice(parent: string, env: Record<string, string>): [string, string] {
  const first = join(parent, 'bygge-1');
  const second = join(parent, 'bygge-2');
  withBuildLock(() => {
    rmSync(join(ROOT, '.astro'), { recursive: true, force: true });
    rmSync(join(parent, '.astro-cache'), { recursive: true, force: true });
    astroBuildOrThrow(first, env);
    astroBuildOrThrow(second, env);
  });
  return [first, second];
}

describe('reproducible builds', () => {
  it('content committed in git, built twice, gives byte-identical files', () => {
    const repo = newRepo();
    made.push(repo);
    cpSync(FROZEN_CONTENT, join(repo, 'content'), { recursive: true });
    commitAll(repo, 'Publicera innehållet', '2024-06-01T10:00:00+02:00');
    const [first, second] = buildTwice(repo, { ...TEST_BUILD_ENV, INSYN_CONTENT_DIR: join(repo, 'content') });
    expect(filesIn(first).length).toBeGreaterThan(400);
    expect(differences(first, second)).toEqual([]);
  }, 300_000);

  it('content without its git history, built twice, gives byte-identical files too', () => {
    const copy = contentWithFixture();
    made.push(copy);
    const [first, second] = buildTwice(copy, { ...TEST_BUILD_ENV, INSYN_CONTENT_DIR: join(copy, 'content') });
    expect(differences(first, second)).toEqual([]);
  }, 300_000);
});
