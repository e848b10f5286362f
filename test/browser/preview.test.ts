/**
 * `npm run dev` speaks the check's language: while the content has problems, every page is
 * the check's Swedish list (file, field, what to do), in a real browser; fixing the file
 * brings the site back, and breaking it again brings the list back.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../helpers/astro-build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { contentWithFixture, ROOT } from '../helpers/content.ts';

const FILE = 'uppdrag/rs-plan-och-budget-2024/heltid-som-norm.mdx';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(
  what: string,
  condition: () => Promise<boolean>,
  ms = 60_000,
  details: () => string = () => '',
): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > ms) throw new Error(`Väntade för länge på: ${what}\n${details()}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('the preview (npm run dev)', () => {
  const dir = contentWithFixture();
  const file = join(dir, 'content', FILE);
  const original = readFileSync(file, 'utf8');
  const broken = original.replace('plan: rs-plan-och-budget-2024', 'plan: finns-inte');
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let url = '';
  let output = '';
  let release: () => void;

  /** One visit to an uppdrag page; the problem page reloads itself, so a visit cut short counts as none. */
  const visit = async () => {
    try {
      const response = await page.goto(`${url}/uppdrag/heltid-som-norm/`, { waitUntil: 'domcontentloaded' });
      return await page.evaluate((status) => {
        const h1 = document.querySelector('h1')?.textContent?.trim() ?? '';
        return {
          status,
          h1,
          text: document.querySelector('main')?.textContent ?? document.body.innerHTML.slice(0, 2000),
        };
      }, response?.status() ?? 0);
    } catch {
      return { status: 0, h1: '', text: '' };
    }
  };

  beforeAll(async () => {
    writeFileSync(file, broken);
    release = acquireBuildLock();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
      {
        cwd: ROOT,
        // As `npm run dev` starts it: in the foreground (see README), on the fixture's content.
        env: {
          // Not vitest's own variables (NODE_ENV=test, VITEST…): a dev server started by staff has none.
          ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|VITEST|TEST$)/.test(name))),
          ASTRO_DEV_BACKGROUND: '0',
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          INSYN_CONTENT_DIR: join(dir, 'content'),
        },
      },
    );
    server.stdout!.on('data', (chunk) => (output += chunk));
    server.stderr!.on('data', (chunk) => (output += chunk));
    await waitFor('astro dev', async () => {
      try {
        return (await fetch(`${url}/`)).status > 0;
      } catch {
        return false;
      }
    });
    browser = await launchChromium();
    page = await browser.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    release?.();
  });

  it('shows the check’s Swedish list on every page while a file is broken', async () => {
    for (const path of ['/', '/uppdrag/heltid-som-norm/', '/planer/']) {
      const response = await page.goto(`${url}${path}`, { waitUntil: 'domcontentloaded' });
      expect(response?.status()).toBe(500);
      expect(await page.locator('h1').textContent()).toMatch(/^Innehållet har \d+ fel i 1 fil$/);
      const text = await page.locator('main').innerText();
      expect(text).toContain(`content/${FILE}`);
      expect(text).toMatch(/plan: hittar ingen plan med id "finns-inte"/);
      expect(text).not.toMatch(/TypeError|Cannot read properties/);
    }
    expect(output).toContain('hittar ingen plan med id "finns-inte"');
  }, 60_000);

  it('shows the site again as soon as the file is fixed, and the list when it breaks again', async () => {
    writeFileSync(file, original);
    let last: Awaited<ReturnType<typeof visit>> | undefined;
    await waitFor(
      'the fixed page',
      async () => (last = await visit()).status === 200,
      90_000,
      () => `${JSON.stringify(last)}\n${output.slice(-3000)}`,
    );
    expect(last!.h1, last!.text).toBe(original.match(/^title: (.*)$/m)![1]);

    writeFileSync(file, broken.replace('Heltid ska vara norm.', 'Heltid ska vara norm <5 %.'));
    await waitFor('the list again', async () => (last = await visit()).status === 500, 60_000);
    const text = last!.text;
    expect(text).toContain('tecknet < inleder ett HTML-element här');
    expect(text).toMatch(/\(texten, rad \d+\)/);
  }, 240_000);
});
