/**
 * The editor's script: `src/admin/main.ts` (Decap CMS from `decap-cms-app`, React, and
 * Insyn's own widgets, file format and preview) bundled by esbuild into one file. The bundle
 * does not depend on the content, only on its sources and the installed packages, so it is
 * kept in node_modules/.cache under a hash of both: the first build bundles it (a few
 * seconds), every later build, and every test build, copies it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

/** The editor's script in the built site's `/admin/`. */
export const EDITOR_BUNDLE = 'insyn-redigerare.js';

/** What the bundle is made of: its entry's folder and the pure code it imports, and the locked packages. */
const SOURCES = ['src/admin', 'src/lib', 'src/schemas', 'package-lock.json'];

const OPTIONS: BuildOptions = {
  entryPoints: ['src/admin/main.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  legalComments: 'none',
  // Decap's packages read these Node names; in the browser they are the production values.
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  // Some of Decap's packages ship JSX in .js files.
  loader: { '.js': 'jsx' },
  logLevel: 'silent',
};

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** The cache key: every source file's path and bytes, and the bundler's options. */
function sourceHash(root: string): string {
  const hash = createHash('sha256').update(JSON.stringify(OPTIONS));
  for (const file of SOURCES.flatMap((source) => filesUnder(join(root, source)))) {
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 20);
}

/**
 * Puts the editor's bundle in `out` (as `EDITOR_BUNDLE`), from the cache when its sources
 * have not changed. Returns whether it had to be bundled.
 */
export async function writeEditorBundle(root: string, out: string): Promise<{ bundled: boolean }> {
  const cacheDir = join(root, 'node_modules/.cache/insyn-redigerare');
  const cached = join(cacheDir, `${sourceHash(root)}.js`);
  const bundled = !existsSync(cached);
  if (bundled) {
    mkdirSync(cacheDir, { recursive: true });
    // Written beside and renamed, so a build running at the same time never copies half a file.
    const partial = `${cached}.${process.pid}.tmp`;
    await build({ ...OPTIONS, absWorkingDir: root, outfile: partial });
    renameSync(partial, cached);
  }
  copyFileSync(cached, join(out, EDITOR_BUNDLE));
  return { bundled };
}
