/**
 * `npm run bench`: builds synthetic content at 1×, 10× and 100× the bundled plan, each in a
 * temporary folder with `npm run build` (as staff and CI build), and prints per size the
 * build time, CPU time, peak memory, time per page, output and search index size and the
 * heaviest page, then how build time scales from 10× to 100×, and for the largest size
 * what a first search downloads and how long it takes in Chromium.
 * Figures, not pass/fail: timings depend on the machine; see docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { heaviestByType, kilobytes, PAGE_BUDGET_BYTES, pageWeights } from './bench/page-weight.ts';
import { buildFloor } from './bench/floor.ts';
import { measureSearch, NETWORKS, type SearchStage, TYPING_DELAY } from './bench/search.ts';
import { writeSyntheticContent } from './bench/synthetic.ts';
import { noPositionals, parseCommandLine } from './cli.ts';

const HELP = `Användning: npm run bench [-- --sizes 1,10,100] [--keep] [--no-search] [--no-floor]

Bygger syntetiskt innehåll i 1, 10 och 100 gånger den medföljande planens storlek i
tillfälliga mappar med npm run build och skriver ut byggtid, processortid, minnestopp,
tid per sida, storlek på dist/ och på sökindexet och den tyngsta sidan, och för den
största storleken vad en första sökning hämtar och hur lång tid den tar i Chromium.
Varje storlek jämförs med golvet: ett tomt Astro-projekt med lika många sidor (ett
d3-diagram och en tabell var) och Pagefind, byggt direkt efter, med kvoten utskriven.
--keep behåller mapparna, --no-search hoppar över sökningen, --no-floor över golvet.
INSYN_SEARCH_FIRST_INDEX sätter hur många poster det första sökindexet rymmer (normalt 1 000).`;

const { values, positionals } = parseCommandLine(
  'bench',
  {
    sizes: { type: 'string', default: '1,10,100' },
    keep: { type: 'boolean', default: false },
    search: { type: 'boolean', default: true },
    floor: { type: 'boolean', default: true },
    help: { type: 'boolean', short: 'h' },
  },
  { allowNegative: true, help: HELP },
);
noPositionals('bench', positionals);

const ROOT = resolve(import.meta.dirname, '..');
const GNU_TIME = '/usr/bin/time';
const SEARCH_QUERIES = ['ekonomi', 'RS/595/2023'];

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

function build(scale: number): Row {
  const dir = mkdtempSync(join(tmpdir(), `insyn-bench-${scale}x-`));
  const entries = writeSyntheticContent(ROOT, dir, scale);
  const dist = join(dir, 'dist');
  const started = performance.now();
  const result = runBuild(dir, dist);
  const elapsed = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`The ${scale}× build failed`);
  }
  const peakKb = /peak-kb=(\d+)/.exec(result.stderr)?.[1];
  const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(result.stderr);
  const weights = pageWeights(dist);
  const [heaviest] = heaviestByType(weights);
  return {
    scale,
    entries,
    pages: weights.length,
    files: filesIn(dist).length,
    seconds: elapsed,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null,
    peakMb: peakKb ? Number(peakKb) / 1024 : null,
    bundleSeconds: seconds(result.stdout, /\[vite\] ✓ built in (?:(\d+)m )?(?:([\d.]+)s|(\d+)ms)/),
    generateSeconds: seconds(result.stdout, /^\S+ ✓ Completed in (?:(\d+)m )?(?:([\d.]+)s|(\d+)ms)/m),
    distMb: sizeOf(dist) / 1e6,
    searchMb: sizeOf(join(dist, 'pagefind')) / 1e6,
    heaviest: { type: heaviest.type, page: heaviest.page, bytes: heaviest.total },
    overBudget: weights.filter((w) => w.total > PAGE_BUDGET_BYTES).length,
    dist: dir,
  };
}

const fixed = (value: number | null, digits = 1) => (value === null ? 'n/a' : value.toFixed(digits));

const sizes = values.sizes.split(',').map(Number);
console.log(
  `Insyn benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start\n`,
);
const rows: Row[] = [];
for (const scale of sizes) {
  const row = build(scale);
  rows.push(row);
  console.log(
    [
      `${String(row.scale).padStart(3)}×`,
      `${String(row.entries).padStart(5)} entries`,
      `${String(row.pages).padStart(5)} pages`,
      `${String(row.files).padStart(5)} files`,
      `build ${fixed(row.seconds).padStart(5)} s`,
      `(cpu ${fixed(row.cpuSeconds)} s, bundle ${fixed(row.bundleSeconds)} s, pages ${fixed(row.generateSeconds)} s)`,
      `peak ${row.peakMb === null ? 'n/a' : `${Math.round(row.peakMb)} MB`}`,
      `${((row.seconds * 1000) / row.pages).toFixed(1)} ms/page`,
      `dist ${row.distMb.toFixed(1)} MB`,
      `search index ${row.searchMb.toFixed(1)} MB`,
      `heaviest page ${kilobytes(row.heaviest.bytes)} gz (${row.heaviest.page})${row.overBudget > 0 ? `, ${row.overBudget} over ${kilobytes(PAGE_BUDGET_BYTES)}` : ''}`,
      `(load average ${loadavg()[0].toFixed(1)})`,
    ].join('  '),
  );
  if (values.floor) {
    // Side by side, in the same run: the bare stack building as many pages.
    const floor = buildFloor(ROOT, row.pages, existsSync(GNU_TIME) ? GNU_TIME : undefined);
    rmSync(floor.dir, { recursive: true, force: true });
    if (floor.status !== 0) throw new Error(`The floor build failed:\n${floor.log}`);
    console.log(
      [
        `     floor: bare Astro + d3 + Pagefind, ${row.pages} pages`,
        `build ${fixed(floor.seconds)} s (cpu ${fixed(floor.cpuSeconds)} s)`,
        `peak ${floor.peakMb === null ? 'n/a' : `${Math.round(floor.peakMb)} MB`}`,
        `Insyn/floor ${(row.seconds / floor.seconds).toFixed(2)}× time, ${row.cpuSeconds && floor.cpuSeconds ? `${(row.cpuSeconds / floor.cpuSeconds).toFixed(2)}× cpu, ` : ''}${row.peakMb && floor.peakMb ? `${(row.peakMb / floor.peakMb).toFixed(2)}× memory` : 'memory n/a'}`,
        `(load average ${loadavg()[0].toFixed(1)})`,
      ].join('  '),
    );
  }
}
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
    }
  }
}

for (const row of rows) {
  if (values.keep) console.log(`(${row.scale}×: ${row.dist})`);
  else rmSync(row.dist, { recursive: true, force: true });
}
