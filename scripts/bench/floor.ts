/**
 * The floor of Insyn's stack, for the benchmark: a bare Astro project generated on the fly
 * with as many pages as Insyn builds, each a d3 SVG chart and a table of its figures, and a
 * Pagefind index of them made by Pagefind's own CLI. What Astro + d3 + Pagefind cost with no
 * content model, validation, history, data files or search records: Insyn's build time
 * divided by this is how much of it is Insyn's own.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ output: 'static', build: { format: 'directory', concurrency: 4 }, devToolbar: { enabled: false } });
`;

/** One route, \`pages\` pages: a line chart drawn with d3 into SVG, and the same figures as a table. */
function page(pages: number): string {
  return `---
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));
}
const n = Number(Astro.params.n);
const values = Array.from({ length: 10 }, (_, i) => ({ year: 2014 + i, value: 50 + ((n * 7 + i * 13) % 40) }));
const x = scaleLinear().domain([2014, 2023]).range([40, 580]);
const y = scaleLinear().domain([0, 100]).range([280, 20]);
const path = line<{ year: number; value: number }>().x((d) => x(d.year)).y((d) => y(d.value))(values) ?? '';
---
<!doctype html>
<html lang="sv">
  <head><meta charset="utf-8" /><title>Nyckeltal {n}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>Nyckeltal {n}</h1>
      <p>Andel av befolkningen som får vård i tid, enhet {n % 23}, plan {Math.floor(n / 61)}.</p>
      <figure>
        <svg viewBox="0 0 600 300" role="img" aria-labelledby={\`t\${n}\`}>
          <title id={\`t\${n}\`}>Utfall 2014–2023</title>
          {y.ticks(5).map((t) => <line x1="40" x2="580" y1={y(t)} y2={y(t)} stroke="#ccc" />)}
          <path d={path} fill="none" stroke="#0b4f8a" stroke-width="2" />
          {values.map((d) => <circle cx={x(d.year)} cy={y(d.value)} r="3" />)}
        </svg>
      </figure>
      <table>
        <caption>Utfall per år</caption>
        <thead><tr><th scope="col">År</th><th scope="col">Värde</th></tr></thead>
        <tbody>{values.map((d) => <tr><th scope="row">{d.year}</th><td>{d.value}</td></tr>)}</tbody>
      </table>
    </main>
  </body>
</html>
`;
}

export interface FloorRun {
  seconds: number;
  /** User + system CPU seconds: less sensitive than wall time to other work on the machine. */
  cpuSeconds: number | null;
  peakMb: number | null;
  pages: number;
  status: number | null;
  log: string;
  dir: string;
}

/** Writes the bare project for `pages` pages in a temporary folder, using Insyn's installed packages. */
export function writeFloorProject(root: string, pages: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-floor-'));
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'pages', '[n].astro'), page(pages));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'junction');
  return dir;
}

/**
 * Builds the bare project (\`astro build\`, then \`pagefind --site dist\`) in one timed shell,
 * so time and peak memory cover both as Insyn's build covers its own indexing.
 */
export function buildFloor(root: string, pages: number, gnuTime?: string): FloorRun {
  const dir = writeFloorProject(root, pages);
  const astro = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const pagefind = join(dir, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const script = `"${process.execPath}" "${astro}" build --silent && "${process.execPath}" "${pagefind}" --site dist --silent`;
  const started = performance.now();
  const result = gnuTime
    ? spawnSync(gnuTime, ['-f', 'peak-kb=%M cpu=%U+%S', 'sh', '-c', script], {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      })
    : spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const peakKb = /peak-kb=(\d+)/.exec(result.stderr ?? '')?.[1];
  const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(result.stderr ?? '');
  return {
    seconds,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null,
    peakMb: peakKb ? Number(peakKb) / 1024 : null,
    pages,
    status: result.status,
    log: `${result.stdout ?? ''}${result.stderr ?? ''}`.slice(-4000),
    dir,
  };
}
