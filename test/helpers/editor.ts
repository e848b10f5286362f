/**
 * The browser editor (/admin/) against its local backend: a temporary git copy of the
 * content, `decap-server` saving into it on a free port, the built site served, and Chromium.
 * The built page and configuration point at decap-server's usual port (8081); the test's
 * responses for them name the port it got instead, and nothing else is changed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser.ts';
import { builtSite } from './built-site.ts';
import { FROZEN_CONTENT, ROOT } from './content.ts';
import { git } from './git.ts';
import { serveStatic } from './static-server.ts';

const DEFAULT_PROXY = 'http://localhost:8081';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, deadline = Date.now() + 60_000): Promise<void> {
  for (;;) {
    try {
      await fetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export interface EditorSession {
  /** The temporary repository the editor saves into (with `content/` committed). */
  repo: string;
  page: Page;
  /** Console errors and failed requests so far. */
  problems: string[];
  /** Opens an address under /admin/ (`#/collections/…`). */
  open: (hash?: string) => Promise<void>;
  close: () => Promise<void>;
}

export async function openEditor(dist = builtSite()): Promise<EditorSession> {
  const repo = mkdtempSync(join(tmpdir(), 'insyn-editor-'));
  cpSync(FROZEN_CONTENT, join(repo, 'content'), { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'Innehållet före redigeringen'], '2025-01-01T12:00:00Z');

  const port = await freePort();
  const proxy = `http://localhost:${port}`;
  const server: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      GIT_REPO_DIRECTORY: repo,
      BIND_HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      MODE: 'fs',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverErrors = '';
  server.stderr?.on('data', (chunk) => (serverErrors += chunk));
  server.stdout?.on('data', (chunk) => (serverErrors += chunk));
  server.on('exit', (code) => (serverErrors += ` (avslutades med ${code})`));
  await waitFor(`http://127.0.0.1:${port}/api/v1`).catch((error) => {
    server.kill();
    throw new Error(`decap-server startade inte: ${serverErrors || error}`);
  });
  const site = await serveStatic(dist);
  // Chromium's local-network checks would ask the user before a page on one loopback port
  // talks to another; the test has no user to ask.
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, '--disable-features=LocalNetworkAccessChecks'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'sv-SE' });
  const origin = site.url.replace('127.0.0.1', 'localhost');
  const problems: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(proxy)) return route.continue();
    if (!url.startsWith(origin)) {
      problems.push(`begäran till annan webbplats ${url}`);
      return route.abort('blockedbyclient');
    }
    const path = new URL(url).pathname;
    if (path !== '/admin/' && path !== '/admin/config.yml') return route.continue();
    // A page left while its configuration loads (the next test's address) resets the fetch.
    const response = await route.fetch().catch(() => undefined);
    if (!response) return route.abort().catch(() => {});
    const swap = (text: string) =>
      text.replaceAll(DEFAULT_PROXY, proxy).replace(/^local_backend: true$/m, `local_backend:\n  url: ${proxy}/api/v1`);
    const headers = Object.fromEntries(Object.entries(response.headers()).map(([k, v]) => [k, swap(v)]));
    return route.fulfill({ response, headers, body: swap(await response.text()) });
  });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`fel i sidan: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`konsolen: ${message.text().slice(0, 300)}`);
  });
  return {
    repo,
    page,
    problems,
    async open(hash = '') {
      // A fresh load for each entry: moving between entries by address keeps the last one's form.
      await page.goto('about:blank');
      await page.goto(`${origin}/admin/${hash}`, { waitUntil: 'domcontentloaded' });
      // The local backend's sign-in page is one button; after it the editor remembers the user.
      const signIn = page.getByRole('button', { name: /logga in/i });
      const ready = page.getByText('Samlingar').or(page.locator('label[for]')).first();
      await signIn.or(ready).first().waitFor();
      if (await signIn.isVisible()) await signIn.click();
      await ready.waitFor();
    },
    async close() {
      await browser.close();
      await site.close();
      server.kill();
      rmSync(repo, { recursive: true, force: true });
    },
  };
}
