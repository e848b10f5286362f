/**
 * Browser tests: the built site served by a tiny static server on a free port (with the
 * headers of its `_headers` file), and Debian's Chromium driven by playwright-core (nothing
 * is downloaded).
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Request } from 'playwright-core';
import { builtSite } from './built-site.ts';
import { serveStatic } from './static-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium without a sandbox (tests run as root in CI) and without any traffic of its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium saknas (${CHROMIUM}). Installera den med: apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

export interface OpenSite {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** A built site (the shared build unless another folder is given), served, and a browser; one call cleans up. */
export async function openBuiltSite(dist = builtSite()): Promise<OpenSite> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface GuardedContext {
  context: BrowserContext;
  /** What went wrong so far, each naming the page: a test expects this to stay empty. */
  problems: string[];
}

/**
 * A browser context that records every console error or warning, uncaught error, failed
 * request and HTTP error status, and aborts (and records) every request that would leave
 * the site: a visitor's browser must never contact another host.
 */
export async function guardedContext(site: OpenSite, options: BrowserContextOptions = {}): Promise<GuardedContext> {
  const context = await site.browser.newContext(options);
  const problems: string[] = [];
  const where = (url: string | undefined) => (url ?? '').replace(site.url, '');
  /** The page a request came from; a worker's requests may have no frame to name. */
  const from = (request: Request) => {
    try {
      return where(request.frame().url());
    } catch {
      return '(worker)';
    }
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === site.url || url.startsWith(`${site.url}/`)) return route.continue();
    problems.push(`${from(route.request())}: begäran till annan webbplats ${url}`);
    return route.abort('blockedbyclient');
  });
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${where(message.page()?.url())}: ${message.type()}: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`${where(error.page()?.url())}: ${error.error().message}`));
  context.on('requestfailed', (request) => {
    // ERR_ABORTED is the browser cancelling a request itself (the page was left or closed
    // before its icon arrived): not a failure of the site. Every other failure counts.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    if (request.url().startsWith(site.url))
      problems.push(`${from(request)}: ${request.failure()?.errorText} ${where(request.url())}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`${from(response.request())}: ${response.status()} ${where(response.url())}`);
  });
  return { context, problems };
}
