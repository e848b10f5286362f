/**
 * The built site, for tests that read it as a visitor would: the frozen copy of the bundled
 * content built once per test run (or `INSYN_DIST`, a `dist/` you have built yourself with the
 * variables below), then pages parsed. The live content's build, for invariant checks only,
 * is `builtLiveSite()` in live-content.ts.
 */
import { parse as parseCsvText } from 'csv-parse/sync';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { inject } from 'vitest';
import { astroBuildOrThrow, withBuildLock } from './astro-build.ts';
import { FROZEN_CONTENT } from './content.ts';
import { commitAll, git } from './git.ts';
import { plain } from './text.ts';
import { EMBED_PATH } from '#lib/core/security.ts';

/** The address and repository the shared build is made for: canonical links, feeds and commit links use them. */
export const TEST_SITE = 'https://insyn.example';
export const TEST_REPO_URL = 'https://example.org/region/insyn';
export const TEST_BUILD_ENV = { SITE_URL: TEST_SITE, INSYN_REPO_URL: TEST_REPO_URL };

/** The one script every page loads (src/client/print-date.ts, bundled by Astro): it writes the print date, nothing else. */
export const PRINT_DATE_SCRIPT = /^\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;

let ownDir: string | undefined;

/**
 * The content a shared build is made from: the frozen copy (tests that pin), the live
 * `content/` (invariant checks), or the live content without its examples (`--utan-exempel`).
 */
export type Variant = 'frozen' | 'live' | 'live-without-examples';

/**
 * The folder of one content variant's build, shared by every test file of a run: the first
 * caller builds it (under the build lock), the others wait for it and read the same files.
 * `prepare` lays out the content to build in the variant's folder and returns the
 * variables that choose it.
 */
export function sharedBuild(variant: Variant, prepare: (dir: string) => Record<string, string>): string {
  // Outside vitest's global setup (a script), a folder of this process's own.
  const root = inject('sharedBuildDir') ?? (ownDir ??= mkdtempSync(join(tmpdir(), 'insyn-site-')));
  const dir = join(root, variant);
  const dist = join(dir, 'dist');
  withBuildLock(() => {
    if (existsSync(join(dir, 'klar'))) return;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    astroBuildOrThrow(dist, { ...TEST_BUILD_ENV, ...prepare(dir) });
    writeFileSync(join(dir, 'klar'), '');
  });
  return dist;
}

/** The date the frozen content's one commit is made at, so its build shows the same history every run. */
export const FROZEN_COMMIT_DATE = '2024-06-01T10:00:00+02:00';

/**
 * The frozen copy of the bundled content (test/fixtures/bundled/), built once per test run:
 * the site that tests pinning periods, counts, ids and page texts read. Its content is
 * committed once, at `FROZEN_COMMIT_DATE`, in a repository of its own. With `INSYN_DIST`
 * set, that folder is used as it is (build it with `SITE_URL` and `INSYN_REPO_URL` as in
 * `TEST_BUILD_ENV` for the tests that check addresses).
 */
export function builtSite(): string {
  if (process.env.INSYN_DIST) return resolve(process.env.INSYN_DIST);
  return sharedBuild('frozen', (dir) => {
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    git(repo, ['init', '-q', '-b', 'main']);
    cpSync(FROZEN_CONTENT, join(repo, 'content'), { recursive: true });
    commitAll(repo, 'Publicera innehållet', FROZEN_COMMIT_DATE);
    return { INSYN_CONTENT_DIR: join(repo, 'content') };
  });
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

/**
 * The site's pages: every HTML file but the browser editor's (`/admin/`), which is not a page
 * of the site (no layout, its own policy; `editor.test.ts` checks it on its own), and the
 * embed pages, which have no frame either (`embedPages`).
 */
export function sitePages(dist: string): string[] {
  return filesIn(dist).filter(
    (file) => file.endsWith('.html') && !file.startsWith('/admin/') && !file.startsWith(EMBED_PATH),
  );
}

/** The embed pages (`/inbadda/<chart>/`): a chart alone, for other sites to frame, without the site's frame. */
export function embedPages(dist: string): string[] {
  return filesIn(dist).filter((file) => file.endsWith('.html') && file.startsWith(EMBED_PATH));
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
  return plain(element?.text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
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
  return parseCsvText(text, { delimiter: ';', bom: true });
}

/** Every internal link, form action and `#fragment` on the built pages that does not resolve, as `page: href`. */
export function brokenLinks(dist: string): string[] {
  const broken: string[] = [];
  for (const file of filesIn(dist).filter((f) => f.endsWith('.html'))) {
    const root = page(dist, file);
    const targets = [
      ...root.querySelectorAll('a[href], link[href]:not([rel="canonical"])').map((e) => e.getAttribute('href')!),
      ...root.querySelectorAll('form[action]').map((e) => e.getAttribute('action')!),
    ];
    for (const href of targets) {
      if (/^[a-z]+:/.test(href) || href.startsWith('//')) continue;
      const [pathAndQuery, fragment] = href.split('#');
      // Relative addresses (the editor's `config.yml`) count from the page's own address.
      const path = new URL(pathAndQuery.split('?')[0] || urlOf(file), `http://site${urlOf(file)}`).pathname;
      const target = fileFor(dist, path);
      if (!target) {
        broken.push(`${file}: ${href}`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !page(dist, target).querySelector(`[id="${fragment}"]`))
        broken.push(`${file}: ${href} (#${fragment})`);
    }
  }
  return broken;
}
