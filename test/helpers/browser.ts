/**
 * Browser tests: the site built into a temporary folder, served by a tiny static server on
 * a free port, and Debian's Chromium driven by playwright-core (nothing is downloaded).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { ROOT } from './content.ts';
import { serveStatic } from './search-index.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds the site with `astro build` into a fresh folder; throws with Astro's output on failure. */
export function buildSite(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'insyn-site-'));
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium saknas (${CHROMIUM}). Installera den med: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The built site, served, and a browser: everything a browser test needs, and one call to clean up. */
export async function openBuiltSite(): Promise<{ url: string; browser: Browser; close: () => Promise<void> }> {
  const dir = buildSite();
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
