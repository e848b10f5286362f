/**
 * `npm run test:framtid`: CI stays green after staff publish. In a temporary copy of the
 * repository (its own files, the same node_modules), a synthetic next period is published with
 * the repository's own commands (test/framtid/publish.ts) and committed, as staff would; then
 * the unit project and the build-level invariant tests (test/invariant-tests.ts) run there, on
 * the published content. A test that pins the live content's current state fails here.
 *
 * Usage: npm run test:framtid [-- --keep]   (--keep leaves the copy for a look)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INVARIANT_TESTS } from '../invariant-tests.ts';
import { publishNextPeriod } from './publish.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** What a clone does not have, or what each copy makes for itself. */
const LEFT_OUT = new Set(['node_modules', '.git', 'dist', '.astro', '.astro-cache', 'test-results', 'coverage']);
/** Caches and the build lock in node_modules/ that the copy keeps to itself. */
const OWN_IN_NODE_MODULES = new Set(['.astro', '.vite', '.vitest', '.cache', '.insyn-build-lock']);

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function copyRepository(): string {
  const copy = mkdtempSync(join(tmpdir(), 'insyn-framtid-'));
  for (const name of readdirSync(ROOT).filter((n) => !LEFT_OUT.has(n)))
    cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  // The same packages, each linked; the copy's own caches and build lock.
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules')).filter((n) => !OWN_IN_NODE_MODULES.has(n)))
    symlinkSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name));
  return copy;
}

function git(cwd: string, args: string[], date: string): void {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Framtidsprov',
      GIT_AUTHOR_EMAIL: 'framtid@example.org',
      GIT_COMMITTER_NAME: 'Framtidsprov',
      GIT_COMMITTER_EMAIL: 'framtid@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

const { INSYN_SHARED_BUILD_DIR: _shared, ...withoutSharedBuild } = process.env;
const copy = copyRepository();
const content = join(copy, 'content');
const work = mkdtempSync(join(tmpdir(), 'insyn-framtid-filer-'));
let status = 1;
try {
  // The content's history as a clone has it: the content before, then the period published.
  git(copy, ['init', '-q', '-b', 'main'], '2024-06-01T10:00:00+02:00');
  git(copy, ['add', 'content'], '2024-06-01T10:00:00+02:00');
  git(copy, ['commit', '-q', '-m', 'Innehållet före perioden'], '2024-06-01T10:00:00+02:00');
  const published = publishNextPeriod(copy, content, work, (script, args) => {
    const run = spawnSync(process.execPath, [join(copy, 'scripts', `${script}.ts`), ...args, '--content', content], {
      cwd: copy,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`npm run ${script} -- ${args.join(' ')}\n${run.stdout}${run.stderr}`);
  });
  git(copy, ['add', 'content'], '2024-06-02T10:00:00+02:00');
  git(copy, ['commit', '-q', '-m', 'Publicera nästa period\n\nÄndring: Framtidsprov.'], '2024-06-02T10:00:00+02:00');
  console.log(
    `Framtidsprov (${seconds()}): ${published.period} publicerad för ${published.following.join(', ')} ` +
      `(${published.results} resultat), uppdraget ${published.uppdrag}, beslutet ${published.decision}, ` +
      `rapporten ${published.report}, Kolada-nyckeltalet ${published.kolada} och planen ${published.plan}.`,
  );
  const files = Object.keys(INVARIANT_TESTS).filter((file) => file.startsWith('test/build/'));
  const vitest = spawnSync(
    process.execPath,
    [join(copy, 'node_modules/vitest/vitest.mjs'), 'run', 'test/unit/', ...files],
    // A shared build of its own: not the one of a run that started this guard.
    { cwd: copy, stdio: 'inherit', env: withoutSharedBuild },
  );
  status = vitest.status ?? 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  if (process.argv.includes('--keep')) console.log(`Kopian finns kvar: ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
console.log(`Framtidsprov ${status === 0 ? 'godkänt' : 'underkänt'} efter ${seconds()}.`);
process.exit(status);
