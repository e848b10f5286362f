/**
 * `npm run bench`: builds synthetic content at 1×, 10× and 100× the bundled plan, each in a
 * temporary folder with `npm run build` (as staff and CI build), and prints per size the
 * build time, CPU time, peak memory, time per page, output and search index size and the
 * heaviest page, then how build time scales from 10× to 100×, and for the largest size
 * what a first search downloads and how long it takes in Chromium.
 * Each size is built `--runs` times, interleaved with two floors of as many pages
 * (scripts/bench/floor.ts), and Insyn's wall and CPU time are printed as ratios to both,
 * beside the budget.
 * Figures, not pass/fail: timings depend on the machine; see docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { heaviestByType, kilobytes, PAGE_BUDGET_BYTES, pageWeights } from './bench/page-weight.ts';
import { buildFloor, type FloorKind, type FloorRun } from './bench/floor.ts';
import { measureSearch, NETWORKS, type SearchStage, TYPING_DELAY } from './bench/search.ts';
import { writeSyntheticContent } from './bench/synthetic.ts';
import { noPositionals, parseCommandLine, usageError } from './cli.ts';

const HELP = `Användning: npm run bench [-- --sizes 1,10,100] [--runs 2] [--keep] [--no-search] [--no-floor]

Bygger syntetiskt innehåll i 1, 10 och 100 gånger den medföljande planens storlek i
tillfälliga mappar med npm run build och skriver ut byggtid, processortid, minnestopp,
tid per sida, storlek på dist/ och på sökindexet och den tyngsta sidan, och för den
största storleken vad en första sökning hämtar och hur lång tid den tar i Chromium.
Varje storlek jämförs med två golv med lika många sidor (ett d3-diagram och en tabell
var) och Pagefind: ett Astro-projekt utan innehåll, och ett som läser lika många
JSON-poster genom Astros innehållslager. Insyn och golven byggs om vartannat --runs
gånger (normalt 2), och kvoterna skrivs ut bredvid budgeten (högst 1,5 gånger
innehållsgolvet vid 100×, högst 1,5 GB minne).
--keep behåller mapparna, --no-search hoppar över sökningen, --no-floor över golven.
INSYN_SEARCH_FIRST_INDEX sätter hur många poster det första sökindexet rymmer (normalt 1 000).`;

const { values, positionals } = parseCommandLine(
  'bench',
  {
    sizes: { type: 'string', default: '1,10,100' },
    keep: { type: 'boolean', default: false },
    search: { type: 'boolean', default: true },
    floor: { type: 'boolean', default: true },
    runs: { type: 'string', default: '2' },
    help: { type: 'boolean', short: 'h' },
  },
  { allowNegative: true, help: HELP },
);
noPositionals('bench', positionals);
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) usageError('bench', '--runs ska vara ett heltal, 1 eller fler');

const ROOT = resolve(import.meta.dirname, '..');
const GNU_TIME = '/usr/bin/time';
const SEARCH_QUERIES = ['ekonomi', 'RS/595/2023'];

/** The time and memory one build took. */
interface Timing {
  seconds: number;
  /** User + system CPU seconds: less sensitive than wall time to other work on the machine. */
  cpuSeconds: number | null;
  peakMb: number | null;
}

/** The budget at 100×: against the content-layer floor, wall and CPU, and peak memory (MB). */
const BUDGET = { ratio: 1.5, peakMb: 1500 };

/**
 * The search's budgets at the largest size: what a first search typed at once downloads before
 * its first results on a weak connection (on the loopback the older years are merged before
 * they show, so its bytes say nothing of a phone's), and how soon a prepared search shows them.
 */
const SEARCH_BUDGET = { firstBytes: 100_000, preparedMs: 100 };

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

interface Row {
  scale: number;
  entries: number;
  pages: number;
  files: number;
  seconds: number;
  cpuSeconds: number | null;
  peakMb: number | null;
  /** Astro's own timings: bundling the pages' code, and rendering and writing every file. */
  bundleSeconds: number | null;
  generateSeconds: number | null;
  distMb: number;
  searchMb: number;
  heaviest: { type: string; page: string; bytes: number };
  overBudget: number;
  dist: string;
}

function sizeOf(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

function filesIn(path: string): string[] {
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(path, name)).isFile());
}

/** Seconds from a line of Astro's log, as `✓ built in 7.73s` or `Completed in 1m 2s.` */
function seconds(log: string, pattern: RegExp): number | null {
  const match = pattern.exec(stripVTControlCharacters(log));
  if (!match) return null;
  const [, minutes, secs, ms] = match;
  return ms !== undefined ? Number(ms) / 1000 : Number(minutes ?? 0) * 60 + Number(secs);
}

/** `npm run build` as staff and CI run it, for the content in `dir`, into `dir`/dist. */
function runBuild(dir: string, dist: string) {
  // Under `npm run bench`, npm names itself; run by hand, the npm on the PATH.
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const command = [...npm, 'run', 'build', '--silent', '--', '--outDir', dist];
  const timed = existsSync(GNU_TIME);
  return spawnSync(
    timed ? GNU_TIME : command[0],
    timed ? ['-f', 'peak-kb=%M cpu=%U+%S', ...command] : command.slice(1),
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, INSYN_CONTENT_DIR: join(dir, 'content'), NO_COLOR: '1' },
      maxBuffer: 1 << 28,
    },
  );
}

/** One timed `npm run build` of the content in `dir`, from a clean cache and output. */
function timedBuild(dir: string): Timing & { dist: string; stdout: string } {
  const dist = join(dir, 'dist');
  // Each run starts as a fresh checkout does: no content store or bundler cache from the last.
  rmSync(dist, { recursive: true, force: true });
  rmSync(join(dir, '.astro-cache'), { recursive: true, force: true });
  const started = performance.now();
  const result = runBuild(dir, dist);
  const elapsed = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`The build of ${dir} failed`);
  }
  const peakKb = /peak-kb=(\d+)/.exec(result.stderr)?.[1];
  const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(result.stderr);
  return {
    seconds: elapsed,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null,
    peakMb: peakKb ? Number(peakKb) / 1024 : null,
    dist,
    stdout: result.stdout,
  };
}

/** The figures of a build's output, and Astro's own timings from its log. */
function describe(scale: number, entries: number, dir: string, run: ReturnType<typeof timedBuild>): Row {
  const weights = pageWeights(run.dist);
  const [heaviest] = heaviestByType(weights);
  return {
    scale,
    entries,
    pages: weights.length,
    files: filesIn(run.dist).length,
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    peakMb: run.peakMb,
    bundleSeconds: seconds(run.stdout, /\[vite\] ✓ built in (?:(\d+)m )?(?:([\d.]+)s|(\d+)ms)/),
    generateSeconds: seconds(run.stdout, /^\S+ ✓ Completed in (?:(\d+)m )?(?:([\d.]+)s|(\d+)ms)/m),
    distMb: sizeOf(run.dist) / 1e6,
    searchMb: sizeOf(join(run.dist, 'pagefind')) / 1e6,
    heaviest: { type: heaviest.type, page: heaviest.page, bytes: heaviest.total },
    overBudget: weights.filter((w) => w.total > PAGE_BUDGET_BYTES).length,
    dist: dir,
  };
}

const fixed = (value: number | null, digits = 1) => (value === null ? 'n/a' : value.toFixed(digits));
const megabytes = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value)} MB`);
const sum = (values: (number | null)[]) => (values.includes(null) ? null : values.reduce<number>((a, b) => a + b!, 0));
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);
const times = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)}×`);

function timingLine(label: string, run: Timing): string {
  return `  ${label.padEnd(44)} build ${fixed(run.seconds).padStart(6)} s  cpu ${fixed(run.cpuSeconds).padStart(6)} s  peak ${megabytes(run.peakMb).padStart(8)}  (load average ${loadavg()[0].toFixed(1)})`;
}

const FLOORS: { kind: FloorKind; label: string }[] = [
  { kind: 'bare', label: 'floor without content' },
  { kind: 'content', label: 'content-layer floor' },
];

function runFloor(kind: FloorKind, pages: number, entries: number): FloorRun {
  const floor = buildFloor(ROOT, kind, pages, entries, existsSync(GNU_TIME) ? GNU_TIME : undefined);
  rmSync(floor.dir, { recursive: true, force: true });
  if (floor.status !== 0) throw new Error(`The ${kind} floor build failed:\n${floor.log}`);
  return floor;
}

/**
 * One size: its synthetic content built `runs` times, interleaved with the floors of as many
 * pages and entries (Insyn, floors, floors, Insyn, …: each half of the run has both, so a
 * load that rises or falls during the run weighs on both alike), and the ratios of the totals.
 */
function benchSize(scale: number): Row {
  const dir = mkdtempSync(join(tmpdir(), `insyn-bench-${scale}x-`));
  const entries = writeSyntheticContent(ROOT, dir, scale);
  let row: Row | undefined;
  const insyn: Timing[] = [];
  const floors = new Map<FloorKind, FloorRun[]>(FLOORS.map(({ kind }) => [kind, []]));
  const runInsyn = () => {
    const run = timedBuild(dir);
    insyn.push(run);
    if (!row) {
      row = describe(scale, entries, dir, run);
      console.log(
        [
          `${String(row.scale).padStart(3)}×`,
          `${String(row.entries).padStart(5)} entries`,
          `${String(row.pages).padStart(5)} pages`,
          `${String(row.files).padStart(5)} files`,
          `(bundle ${fixed(row.bundleSeconds)} s, pages ${fixed(row.generateSeconds)} s)`,
          `${((row.seconds * 1000) / row.pages).toFixed(1)} ms/page`,
          `dist ${row.distMb.toFixed(1)} MB`,
          `search index ${row.searchMb.toFixed(1)} MB`,
          `heaviest page ${kilobytes(row.heaviest.bytes)} gz (${row.heaviest.page})${row.overBudget > 0 ? `, ${row.overBudget} over ${kilobytes(PAGE_BUDGET_BYTES)}` : ''}`,
        ].join('  '),
      );
    }
    console.log(timingLine(`Insyn, run ${insyn.length}`, run));
  };
  const runFloors = () => {
    for (const { kind, label } of FLOORS) {
      const run = runFloor(kind, row!.pages, entries);
      floors.get(kind)!.push(run);
      console.log(
        timingLine(
          `${label}, run ${floors.get(kind)!.length}${kind === 'content' ? ` (${entries} entries)` : ''}`,
          run,
        ),
      );
    }
  };
  for (let run = 0; run < RUNS; run++) {
    // The first run must be Insyn's: the floors build as many pages as it did.
    if (run % 2 === 0 || !values.floor) runInsyn();
    if (values.floor) runFloors();
    if (run % 2 === 1 && values.floor) runInsyn();
  }
  const total = {
    seconds: sum(insyn.map((r) => r.seconds)),
    cpu: sum(insyn.map((r) => r.cpuSeconds)),
    peak: Math.max(...insyn.map((r) => r.peakMb ?? 0)) || null,
  };
  console.log(
    `  Insyn over ${insyn.length} run${insyn.length > 1 ? 's' : ''}: ${fixed(total.seconds! / insyn.length)} s wall, ${fixed(total.cpu === null ? null : total.cpu / insyn.length)} s cpu on average, peak ${megabytes(total.peak)}`,
  );
  for (const { kind, label } of FLOORS) {
    const runs = floors.get(kind)!;
    if (runs.length === 0) continue;
    // Ratios of the totals over the interleaved runs: each Insyn run has a floor run beside it.
    const wall = ratio(total.seconds, sum(runs.map((r) => r.seconds)));
    const cpu = ratio(total.cpu, sum(runs.map((r) => r.cpuSeconds)));
    const peak = ratio(total.peak, Math.max(...runs.map((r) => r.peakMb ?? 0)) || null);
    console.log(`  Insyn / ${label}: ${times(wall)} wall, ${times(cpu)} cpu, ${times(peak)} peak memory`);
    if (kind === 'content') {
      console.log(
        `  budget${scale === 100 ? '' : ' (set at 100×)'}: ≤ ${BUDGET.ratio}× the content-layer floor, wall ${times(wall)} ${met(wall !== null && wall <= BUDGET.ratio)}, ` +
          `cpu ${times(cpu)} ${met(cpu !== null && cpu <= BUDGET.ratio)}; peak memory ≤ ${BUDGET.peakMb / 1000} GB, ${megabytes(total.peak)} ${met(total.peak !== null && total.peak <= BUDGET.peakMb)}`,
      );
    }
  }
  return row!;
}

const sizes = values.sizes.split(',').map(Number);
console.log(
  `Insyn benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start\n`,
);
const rows: Row[] = sizes.map((scale) => benchSize(scale));
const ten = rows.find((r) => r.scale === 10);
const hundred = rows.find((r) => r.scale === 100);
if (ten && hundred) {
  console.log(`\nBuild time 100×/10×: ${(hundred.seconds / ten.seconds).toFixed(1)} (linear scaling is about 10)`);
}

/** A search stage as a line: bytes, requests, Pagefind's files by kind, time from Enter, and what was announced. */
function stageLine(stage: SearchStage): string {
  const parts = Object.entries(stage.pagefind)
    .map(([kind, bytes]) => `${kind} ${kilobytes(bytes)}`)
    .join(', ');
  return `${kilobytes(stage.bytes).padStart(9)} in ${stage.requests} requests (${parts}), ${Math.round(stage.milliseconds)} ms from Enter: ${stage.announced}`;
}

const largest = rows.at(-1);
if (largest && values.search) {
  console.log(
    `\nFirst search at ${largest.scale}×, each in a fresh browser (empty cache): bytes from focus and time from Enter, to the first results shown and to the complete results (older years merged) (load average ${loadavg()[0].toFixed(1)}):`,
  );
  for (const network of NETWORKS) {
    for (const figures of await measureSearch(join(largest.dist, 'dist'), SEARCH_QUERIES, network)) {
      const { first, complete } = figures;
      console.log(
        `  ${network.name.padEnd(30)} ${`"${figures.query}"`.padEnd(15)} ${figures.prepared ? `prepared (focused 1 s before, typed ${TYPING_DELAY} ms a key)` : 'typed at once'}` +
          `${figures.before > 0 ? ` (Pagefind requested ${figures.before}× before the field had focus!)` : ''}\n` +
          `      first results:    ${stageLine(first)}\n` +
          `      complete results: ${stageLine(complete)}`,
      );
      if (figures.prepared)
        console.log(
          `      budget: first results ≤ ${SEARCH_BUDGET.preparedMs} ms after Enter, ${Math.round(first.milliseconds)} ms ${met(first.milliseconds <= SEARCH_BUDGET.preparedMs)}`,
        );
      else if (network.latency !== undefined)
        console.log(
          `      budget: ≤ ${SEARCH_BUDGET.firstBytes / 1000} kB before the first results, ${kilobytes(first.bytes)} ${met(first.bytes <= SEARCH_BUDGET.firstBytes)}`,
        );
    }
  }
}

for (const row of rows) {
  if (values.keep) console.log(`(${row.scale}×: ${row.dist})`);
  else rmSync(row.dist, { recursive: true, force: true });
}
