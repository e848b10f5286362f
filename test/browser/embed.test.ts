/**
 * Embedding: a page on another origin frames a chart's embed page, which renders there with
 * its drawing, table and source; the same page cannot frame an ordinary page of the site.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSite, type OpenSite } from '../helpers/browser.ts';
import { builtSite, embedPages, fileFor, page, sitePages, textOf, urlOf } from '../helpers/built-site.ts';

const dist = builtSite();
const embeds = embedPages(dist);
const embedPage = embeds[0];

let site: OpenSite;
let other: Server;
let otherUrl = '';

beforeAll(async () => {
  site = await openBuiltSite(dist);
  // Another origin (another port): the newspaper's page that frames the site.
  other = createServer((request, response) => {
    const target = new URL(request.url ?? '/', 'http://localhost').searchParams.get('ram') ?? '/';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="sv"><title>Tidning</title><iframe id="ram" title="Inbäddat" src="${site.url}${target}" width="800" height="600"></iframe></html>`,
    );
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://localhost:${(other.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await site.close();
  await new Promise((resolve) => other.close(resolve));
});

/** The text a frame shows once loaded from another origin, or undefined when the browser refused it. */
async function framed(path: string): Promise<string | undefined> {
  const context = await site.browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`${otherUrl}/?ram=${encodeURIComponent(path)}`);
    const frame = await (await tab.waitForSelector('#ram')).contentFrame();
    await tab.waitForTimeout(300);
    if (!frame || !frame.url().startsWith(site.url)) return undefined;
    return (
      (await frame
        .locator('body')
        .innerText({ timeout: 2000 })
        .catch(() => undefined)) || undefined
    );
  } finally {
    await context.close();
  }
}

describe('embedding a chart on another site', () => {
  it('an embed page renders inside a frame from another origin', async () => {
    expect(embedPage).toBeDefined();
    const html = page(dist, embedPage ?? '');
    const title = textOf(html.querySelector('h1'));
    expect(title.length).toBeGreaterThan(0);
    const shown = await framed(urlOf(embedPage ?? ''));
    expect(shown).toContain(title);
  });

  it('an ordinary page does not render inside that frame', async () => {
    const ordinary = ['/', '/planer/', urlOf(sitePages(dist).find((f) => f.startsWith('/nyckeltal/')) ?? '/')];
    for (const path of ordinary) expect(await framed(path), path).toBeUndefined();
  });

  it('every embed page links back to its chart on the site, and carries its source and table', () => {
    expect(embeds.length).toBeGreaterThan(0);
    for (const file of embeds) {
      const html = page(dist, file);
      const href = html.querySelector('.embed-back a')?.getAttribute('href') ?? '';
      expect(html.querySelector('link[rel=canonical]')?.getAttribute('href'), file).toBe(href);
      const back = new URL(href);
      const target = fileFor(dist, back.pathname);
      expect(target, file).toBeDefined();
      expect(page(dist, target ?? '').querySelector(`[id="${back.hash.slice(1)}"]`), file).not.toBeNull();
      expect(html.querySelector('details table'), file).not.toBeNull();
    }
  });

  it('every chart page offers the embed code, with an accessible title, for its own embed page', () => {
    const codes = sitePages(dist)
      .flatMap((file) => page(dist, file).querySelectorAll('.chart-embed textarea'))
      .map((area) => area.textContent);
    for (const file of embeds) {
      const url = urlOf(file);
      const code = codes.find((text) => text.includes(`${url}"`));
      expect(code, url).toMatch(/^<iframe src="[^"]+" title="Diagram: [^"]+"/);
    }
  });
});
