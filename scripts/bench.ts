/**
 * `npm run bench`: builds synthetic content at 1×, 10× and 100× the bundled plan, each in a
 * temporary folder, and prints build time, peak memory, time per page, output size and
 * search index size per size, and how build time scales from 10× to 100×.
 * Figures, not pass/fail: timings depend on the machine; see docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticContent } from './bench/synthetic.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,10,100' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(`Användning: npm run bench [-- --sizes 1,10,100] [--keep]

Bygger syntetiskt innehåll i 1, 10 och 100 gånger den medföljande planens storlek i
tillfälliga mappar och skriver ut byggtid, minnestopp, tid per sida, storlek på dist/ och
på sökindexet. --keep behåller mapparna.`);
  process.exit(0);
}

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const GNU_TIME = '/usr/bin/time';

interface Row { scale: number; entries: number; pages: number; seconds: number; peakMb: number | null; distMb: number; searchMb: number }

function sizeOf(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

function countPages(path: string): number {
  return readdirSync(path, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
}

function build(scale: number): Row {
  const dir = mkdtempSync(join(tmpdir(), `insyn-bench-${scale}x-`));
  const entries = writeSyntheticContent(ROOT, dir, scale);
  const dist = join(dir, 'dist');
  const command = [process.execPath, ASTRO, 'build', '--outDir', dist];
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  const result = spawnSync(timed ? GNU_TIME : command[0], timed ? ['-f', 'peak-kb=%M', ...command] : command.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, INSYN_CONTENT_DIR: join(dir, 'content') },
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`The ${scale}× build failed`);
  }
  const peakKb = /peak-kb=(\d+)/.exec(result.stderr)?.[1];
  const row = {
    scale,
    entries,
    pages: countPages(dist),
    seconds,
    peakMb: peakKb ? Number(peakKb) / 1024 : null,
    distMb: sizeOf(dist) / 1e6,
    searchMb: sizeOf(join(dist, 'pagefind')) / 1e6,
  };
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`(${scale}×: ${dir})`);
  return row;
}

const sizes = values.sizes!.split(',').map(Number);
console.log(`Insyn benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
const rows: Row[] = [];
for (const scale of sizes) {
  const row = build(scale);
  rows.push(row);
  console.log(
    [
      `${String(row.scale).padStart(3)}×`,
      `${String(row.entries).padStart(5)} files`,
      `${String(row.pages).padStart(5)} pages`,
      `build ${row.seconds.toFixed(1).padStart(5)} s`,
      `peak ${row.peakMb === null ? 'n/a' : `${Math.round(row.peakMb)} MB`}`,
      `${((row.seconds * 1000) / row.pages).toFixed(1)} ms/page`,
      `dist ${row.distMb.toFixed(1)} MB`,
      `search index ${row.searchMb.toFixed(1)} MB`,
    ].join('  '),
  );
}
const ten = rows.find((r) => r.scale === 10);
const hundred = rows.find((r) => r.scale === 100);
if (ten && hundred) {
  console.log(`\nBuild time 100×/10×: ${(hundred.seconds / ten.seconds).toFixed(1)} (linear scaling is about 10)`);
}
