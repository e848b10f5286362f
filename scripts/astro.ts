/**
 * `npm run build`, `dev`, `preview` and `start`: runs Astro's command line with the
 * environment it needs, the same on Windows (cmd.exe, PowerShell) as elsewhere, where an npm
 * script cannot write `VAR=value command`.
 *
 * - `MIMALLOC_PURGE_DELAY=0`: the bundler gives memory it has freed back at once
 *   (docs/performance.md); it must be set before the process starts, hence a child process.
 * - `ASTRO_DEV_BACKGROUND` / `ASTRO_PREVIEW_BACKGROUND`: the server stays in the foreground
 *   of the terminal it was started from.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

const child = spawn(process.execPath, [astro, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, MIMALLOC_PURGE_DELAY: '0', ASTRO_DEV_BACKGROUND: '0', ASTRO_PREVIEW_BACKGROUND: '0' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
