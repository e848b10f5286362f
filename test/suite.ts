/**
 * `npm test`: the whole suite as CI runs it. The unit and components projects run first, alone,
 * so that a mistake fails in seconds. Then two lanes run side by side, one per core of a CI
 * machine: the build project in one; the type check, lint, the browser project and the
 * guard that publishes a next period (`npm run test:framtid`) in the other, so that the two
 * take about as long (about 950 s and 940 s in a fresh clone). (A third lane overloaded two cores: builds waited past their tests'
 * time limits.) The first step that fails stops the run: the other lane is ended and no later
 * step starts. The time of every step is printed at the end.
 *
 * Each line a step prints is prefixed with its name, since several steps print at once. The build
 * and browser projects share one folder of builds (test/setup/shared-build.ts): each content
 * variant (the frozen copy, the live content) is built once per run, by whichever needs it
 * first, under the build lock (test/helpers/astro-build.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { writeEditorBundle } from '../src/integrations/admin-bundle.ts';

const ROOT = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
const vitest = (project: string, workers = 1) => [
  bin('vitest'),
  'run',
  '--project',
  project,
  `--maxWorkers=${workers}`,
];

interface Step {
  name: string;
  command: string[];
}

const STEPS: Record<string, Step> = {
  unit: { name: 'unit', command: vitest('unit') },
  components: { name: 'components', command: [bin('vitest'), 'run', '--config', 'vitest.components.config.ts'] },
  typecheck: { name: 'typecheck', command: [bin('astro'), 'check'] },
  lint: { name: 'lint', command: ['npm', 'run', 'lint'] },
  framtid: { name: 'framtid', command: [process.execPath, join(ROOT, 'test/framtid/run.ts')] },
  build: { name: 'build', command: vitest('build', 2) },
  browser: { name: 'browser', command: vitest('browser', 2) },
};
const FIRST = [STEPS.unit, STEPS.components];
const LANES = [[STEPS.build], [STEPS.typecheck, STEPS.lint, STEPS.browser, STEPS.framtid]];

const shared = mkdtempSync(join(tmpdir(), 'insyn-test-site-'));
const times: { name: string; seconds: number; status: 'ok' | 'failed' | 'stopped' }[] = [];
const running = new Set<ChildProcess>();
let failed: string | undefined;
const started = Date.now();
const width = Math.max(...Object.keys(STEPS).map((name) => name.length));

function run(step: Step): Promise<boolean> {
  if (failed) return Promise.resolve(false);
  console.log(`▶ ${step.name}: ${step.command.map((c) => c.replace(`${ROOT}/`, '')).join(' ')}`);
  const start = Date.now();
  const child = spawn(step.command[0], step.command.slice(1), {
    cwd: ROOT,
    // Its own process group, so that stopping it also stops what it started (Chromium, astro).
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Node's compile cache, shared by every process the steps start: the staff commands and
    // builds the tests run start Node hundreds of times, each compiling the same modules.
    env: { ...process.env, INSYN_SHARED_BUILD_DIR: shared, NODE_COMPILE_CACHE: join(shared, 'node-cache') },
  });
  running.add(child);
  const prefix = `${step.name.padEnd(width)} │ `;
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on('line', (line) => console.log(prefix + line));
  return new Promise((done) => {
    child.on('close', (code) => {
      running.delete(child);
      const stopped = failed !== undefined && code !== 0;
      const ok = code === 0;
      times.push({
        name: step.name,
        seconds: (Date.now() - start) / 1000,
        status: ok ? 'ok' : stopped ? 'stopped' : 'failed',
      });
      if (!ok && !failed) {
        failed = step.name;
        for (const other of running) stopGroup(other);
      }
      done(ok);
    });
  });
}

function stopGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

// Ctrl-C or CI's own stop reaches this process only: pass it on to the steps' groups.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    for (const child of running) stopGroup(child);
    rmSync(shared, { recursive: true, force: true });
    process.exit(130);
  });

async function lane(steps: Step[]): Promise<void> {
  for (const step of steps) if (!(await run(step))) return;
}

/** Every `astro build` a test ran (test/helpers/astro-build.ts notes them): the builds run one at a time, so their sum bounds the run. */
function buildSummary(): string[] {
  const log = join(shared, 'byggen.tsv');
  if (!existsSync(log)) return [];
  const rows = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split('\t'))
    .map(([test, content, waited, took]) => ({ test, content, waited: Number(waited), took: Number(took) }));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const lines = [`\nByggen: ${rows.length}, sammanlagt ${sum(rows.map((r) => r.took)).toFixed(0)} s`];
  for (const row of rows.sort((a, b) => b.took - a.took))
    lines.push(
      `  ${row.took.toFixed(1).padStart(6)} s  (väntade ${row.waited.toFixed(0)} s)  ${row.test}  ${row.content}`,
    );
  return lines;
}

let builds: string[];
try {
  // The editor's bundle, cached for every build after it, is made while the first steps run:
  // else the first build of each lane would make it at once, under the build lock.
  const editor = writeEditorBundle(ROOT, shared);
  await lane(FIRST);
  await editor;
  if (!failed) await Promise.all(LANES.map(lane));
} finally {
  builds = buildSummary();
  rmSync(shared, { recursive: true, force: true });
}

const LABEL = { ok: 'ok', failed: 'MISSLYCKADES', stopped: 'avbrutet' };
console.log('\nTid per steg:');
for (const t of times) console.log(`  ${t.name.padEnd(10)} ${t.seconds.toFixed(1).padStart(7)} s  ${LABEL[t.status]}`);
console.log(`  ${'totalt'.padEnd(10)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s`);
for (const line of builds) console.log(line);
if (failed) console.log(`\nSteget ${failed} misslyckades; de andra stegen avbröts eller kördes inte.`);
process.exit(failed ? 1 : 0);
