/**
 * The floors of Insyn's stack, for the benchmark: bare Astro projects generated on the fly
 * with as many pages as Insyn builds, each page a d3 SVG chart and a table of its figures,
 * and a Pagefind index of them made by Pagefind's own CLI. They use Insyn's installed
 * Astro, d3 and Pagefind (a link to its node_modules), so nothing is downloaded.
 *
 * - `bare`: one generated route and no content at all; a lower bound of the stack.
 * - `content`: as many JSON entries as Insyn has, read through Astro's content layer with a
 *   glob loader and a schema, each rendered as a page. What any Astro site with that much
 *   content pays: the floor Insyn's budget is measured against.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type FloorKind = 'bare' | 'content';

// Its own cache folder: the default lies in node_modules, which is Insyn's through the link,
// so a second run would otherwise start from the first's content store.
const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ cacheDir: './.astro-cache', output: 'static', build: { format: 'directory', concurrency: 4 }, devToolbar: { enabled: false } });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '**/*.json', base: './content/entries' }),
    schema: z.object({
      title: z.string().min(1),
      description: z.string(),
      unit: z.string(),
      plan: z.string(),
      values: z.array(z.object({ year: z.number().int(), value: z.number() })).min(1),
    }),
  }),
};
`;

/** One entry of the content floor: a nyckeltal-like record with ten years of values. */
function entry(n: number): string {
  return JSON.stringify(
    {
      title: `Nyckeltal ${n}`,
      description: `Andel av befolkningen som får vård i tid, enhet ${n % 23}, plan ${Math.floor(n / 61)}.`,
      unit: 'procent',
      plan: `plan-${Math.floor(n / 61)}`,
      values: Array.from({ length: 10 }, (_, i) => ({ year: 2014 + i, value: 50 + ((n * 7 + i * 13) % 40) })),
    },
    null,
    2,
  );
}

/** The page's figures and layout, shared by both floors; `data` is where its values come from. */
function page(frontmatter: string): string {
  return `---
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
${frontmatter}
const x = scaleLinear().domain([2014, 2023]).range([40, 580]);
const y = scaleLinear().domain([0, 100]).range([280, 20]);
const path = line<{ year: number; value: number }>().x((d) => x(d.year)).y((d) => y(d.value))(values) ?? '';
---
<!doctype html>
<html lang="sv">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{title}</h1>
      <p>{description}</p>
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

/** One route, \`pages\` pages, with figures computed in the page. */
const barePage = (pages: number) =>
  page(`export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));
}
const n = Number(Astro.params.n);
const values = Array.from({ length: 10 }, (_, i) => ({ year: 2014 + i, value: 50 + ((n * 7 + i * 13) % 40) }));
const title = \`Nyckeltal \${n}\`;
const description = \`Andel av befolkningen som får vård i tid, enhet \${n % 23}, plan \${Math.floor(n / 61)}.\`;`);

/** One route, \`pages\` pages, each an entry of the collection (again from the first when there are more pages than entries). */
const contentPage = (pages: number) =>
  page(`import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  const entries = (await getCollection('entries')).sort((a, b) => a.id.localeCompare(b.id));
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) }, props: { entry: entries[i % entries.length] } }));
}
const n = Number(Astro.params.n);
const { title, description, values } = Astro.props.entry.data;`);

export interface FloorRun {
  kind: FloorKind;
  seconds: number;
  /** User + system CPU seconds: less sensitive than wall time to other work on the machine. */
  cpuSeconds: number | null;
  peakMb: number | null;
  pages: number;
  entries: number;
  status: number | null;
  log: string;
  dir: string;
}

/**
 * Writes a floor project in a temporary folder, using Insyn's installed packages: `pages`
 * pages, and for the content floor `entries` JSON entries.
 */
export function writeFloorProject(root: string, kind: FloorKind, pages: number, entries = 0): string {
  const dir = mkdtempSync(join(tmpdir(), `insyn-floor-${kind}-`));
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  if (kind === 'content') {
    writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
    // Spread over folders of a hundred, as content is.
    for (let n = 0; n < entries; n++) {
      const folder = join(dir, 'content', 'entries', String(Math.floor(n / 100)));
      if (n % 100 === 0) mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `nyckeltal-${n}.json`), `${entry(n)}\n`);
    }
  }
  writeFileSync(join(dir, 'src', 'pages', '[n].astro'), kind === 'content' ? contentPage(pages) : barePage(pages));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'junction');
  return dir;
}

/**
 * Builds a floor project (\`astro build\`, then \`pagefind --site dist\`) in one timed shell,
 * so time and peak memory cover both as Insyn's build covers its own indexing.
 */
export function buildFloor(root: string, kind: FloorKind, pages: number, entries: number, gnuTime?: string): FloorRun {
  const dir = writeFloorProject(root, kind, pages, entries);
  const astro = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const pagefind = join(dir, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const script = `"${process.execPath}" "${astro}" build --silent && "${process.execPath}" "${pagefind}" --site dist --silent`;
  const env = { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  const started = performance.now();
  const result = gnuTime
    ? spawnSync(gnuTime, ['-f', 'peak-kb=%M cpu=%U+%S', 'sh', '-c', script], {
        cwd: dir,
        encoding: 'utf8',
        env,
        maxBuffer: 1 << 28,
      })
    : spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8', env, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const peakKb = /peak-kb=(\d+)/.exec(result.stderr ?? '')?.[1];
  const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(result.stderr ?? '');
  return {
    kind,
    seconds,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null,
    peakMb: peakKb ? Number(peakKb) / 1024 : null,
    pages,
    entries: kind === 'content' ? entries : 0,
    status: result.status,
    log: `${result.stdout ?? ''}${result.stderr ?? ''}`.slice(-4000),
    dir,
  };
}
