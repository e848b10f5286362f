/**
 * The built site, for tests that read it as a visitor would: `astro build` once into a
 * temporary folder (or `INSYN_DIST`, a `dist/` you have built yourself), then pages parsed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { ROOT } from './content.ts';
import { plain } from './text.ts';

/**
 * Builds the site (unless `INSYN_DIST` names one) and returns its folder and a function
 * that removes it again.
 */
export function buildSite(): { dist: string; remove: () => void } {
  if (process.env.INSYN_DIST) return { dist: process.env.INSYN_DIST, remove: () => {} };
  const parent = mkdtempSync(join(tmpdir(), 'insyn-dist-'));
  const dir = join(parent, 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SITE_URL: 'https://insyn.example' },
  });
  if (result.status !== 0) throw new Error(`astro build misslyckades:\n${result.stdout}\n${result.stderr}`);
  return { dist: dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/** Every file under a folder, as site paths (`/planer/x/index.html`). */
export function filesIn(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(`/${relative(dist, full).split(sep).join('/')}`);
    }
  };
  walk(dist);
  return out.sort();
}

/** The URL path a page file is served at: `/planer/x/index.html` → `/planer/x/`. */
export function urlOf(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** The file a site path is served from, or undefined when there is none. */
export function fileFor(dist: string, path: string): string | undefined {
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((c) => existsSync(join(dist, c)) && statSync(join(dist, c)).isFile());
}

const cache = new Map<string, HTMLElement>();

export function page(dist: string, file: string): HTMLElement {
  const key = join(dist, file);
  let root = cache.get(key);
  if (!root) {
    root = parse(readFileSync(key, 'utf8'));
    cache.set(key, root);
  }
  return root;
}

/** Text with Intl's spaces and minus made plain and whitespace collapsed. */
export function textOf(element: HTMLElement | null | undefined): string {
  return plain(element?.text ?? '').replace(/\s+/g, ' ').trim();
}

/** `5 562,7` → 5562.7: a Swedish number as shown on a page. */
export function parseSwedishNumber(text: string): number {
  return Number(plain(text).replace(/\s/g, '').replace(',', '.').replace(/^−/, '-'));
}

/** The value beside a label in a page's facts list (`<dt>label</dt><dd>value</dd>`). */
export function fact(root: HTMLElement, label: string): string | undefined {
  const dt = root.querySelectorAll('dl.facts dt').find((d) => textOf(d) === label);
  return dt?.nextElementSibling ? textOf(dt.nextElementSibling) : undefined;
}

/** Rows of an RFC 4180 CSV with `;` between fields (BOM and CRLF removed, quotes undone). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\ufeff/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') field += body[i++];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') row.push(field), (field = '');
    else if (char === '\r' && body[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += char;
  }
  if (field || row.length > 0) row.push(field), rows.push(row);
  return rows;
}
