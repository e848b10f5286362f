/**
 * `npm test`: the whole suite as CI runs it, cheapest step first so that a mistake fails in
 * seconds (the unit project), then the type check and lint, the guard that publishes a next
 * period (`npm run test:framtid`), and the build and browser projects. It stops at the first
 * step that fails and prints the time of every step it ran.
 *
 * The build and browser projects share one folder of builds (test/setup/shared-build.ts):
 * each content variant (the frozen copy, the live content) is built once per run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
const vitest = (project: string) => [bin('vitest'), 'run', '--project', project];

const STEPS: { name: string; command: string[] }[] = [
  { name: 'unit', command: vitest('unit') },
  { name: 'typecheck', command: [bin('astro'), 'check'] },
  { name: 'lint', command: ['npm', 'run', 'lint'] },
  { name: 'framtid', command: [process.execPath, join(ROOT, 'test/framtid/run.ts')] },
  { name: 'build', command: vitest('build') },
  { name: 'browser', command: vitest('browser') },
];

const shared = mkdtempSync(join(tmpdir(), 'insyn-test-site-'));
const times: { name: string; seconds: number; status: number }[] = [];
const started = Date.now();
try {
  for (const step of STEPS) {
    console.log(`\n▶ ${step.name}: ${step.command.map((c) => c.replace(`${ROOT}/`, '')).join(' ')}`);
    const start = Date.now();
    const run = spawnSync(step.command[0], step.command.slice(1), {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, INSYN_SHARED_BUILD_DIR: shared },
    });
    times.push({ name: step.name, seconds: (Date.now() - start) / 1000, status: run.status ?? 1 });
    if (run.status !== 0) break;
  }
} finally {
  rmSync(shared, { recursive: true, force: true });
}

const failed = times.find((t) => t.status !== 0);
console.log('\nTid per steg:');
for (const t of times)
  console.log(
    `  ${t.name.padEnd(10)} ${t.seconds.toFixed(1).padStart(7)} s  ${t.status === 0 ? 'ok' : 'MISSLYCKADES'}`,
  );
console.log(`  ${'totalt'.padEnd(10)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s`);
if (failed) console.log(`\nSteget ${failed.name} misslyckades; stegen efter det kördes inte.`);
process.exit(failed ? 1 : 0);
