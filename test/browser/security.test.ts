/**
 * Security: every page carries a strict Content-Security-Policy (no inline script but what
 * its hashes name, no inline event handlers), the deployment headers (`public/_headers`,
 * `docs/nginx.conf`) say what `src/lib/core/security.ts` says and allow every file the build
 * writes, and content text is escaped: a title written as markup shows as text on the
 * entry page, in lists, in search results and in the feeds.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminHeaders,
  CSP_DIRECTIVES,
  EMBED_DROPPED_HEADERS,
  EMBED_PATH,
  embedHeaders,
  headerPolicy,
  SEARCH_SCRIPT_SOURCES,
  SECURITY_HEADERS,
} from '#lib/core/security.ts';
import { astroBuildOrThrow } from '../helpers/astro-build.ts';
import { guardedContext, openBuiltSite } from '../helpers/browser.ts';
import {
  builtSite,
  embedPages,
  filesIn,
  page,
  sitePages,
  TEST_BUILD_ENV,
  textOf,
  urlOf,
} from '../helpers/built-site.ts';
import { contentWithFixture, ROOT } from '../helpers/content.ts';
import { headersFor, parseHeadersFile } from '../helpers/headers-file.ts';

const dist = builtSite();
/** Every page, the embed pages too: all carry the site's policy. */
const pages = [...sitePages(dist), ...embedPages(dist)];

/** A policy's directives by name: `script-src` → its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The hashes of a file's inline `<script>` and `<style>` elements, as a policy names them. */
function inlineHashes(file: string): { scripts: string[]; styles: string[] } {
  const root = parse(readFileSync(join(dist, file), 'utf8'), { blockTextElements: { script: true, style: true } });
  return {
    scripts: root.querySelectorAll('script:not([src])').map((s) => sha256(s.rawText)),
    styles: root.querySelectorAll('style').map((s) => sha256(s.rawText)),
  };
}

const metaPolicy = (file: string) =>
  page(dist, file).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';

describe('the Content-Security-Policy of every page', () => {
  it('comes as a <meta> element before any stylesheet or script', () => {
    for (const file of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      const meta = html.indexOf('http-equiv="content-security-policy"');
      expect(meta, file).toBeGreaterThan(0);
      expect(html.slice(0, meta).search(/<(script|style)\b|<link[^>]+rel="stylesheet"/), file).toBe(-1);
    }
  });

  it('allows scripts only from the site and by hash, never inline or eval, and WebAssembly only on the search page', () => {
    for (const file of pages) {
      const policy = directives(metaPolicy(file));
      for (const directive of CSP_DIRECTIVES)
        expect(policy.get(directive.split(' ')[0]), `${file} ${directive}`).toEqual(directive.split(' ').slice(1));
      const scripts = policy.get('script-src') ?? [];
      expect(scripts, file).toContain("'self'");
      for (const source of scripts) expect(source, file).toMatch(/^'(self|sha256-[A-Za-z0-9+/=]+|wasm-unsafe-eval)'$/);
      expect(scripts.includes(SEARCH_SCRIPT_SOURCES[0]), file).toBe(file === '/sok/index.html');
      for (const source of policy.get('style-src') ?? [])
        expect(source, file).toMatch(/^'(self|sha256-[A-Za-z0-9+/=]+)'$/);
    }
  });

  it('names the hash of every inline script and style a page has', () => {
    for (const file of pages) {
      const policy = directives(metaPolicy(file));
      const { scripts, styles } = inlineHashes(file);
      for (const hash of scripts) expect(policy.get('script-src'), file).toContain(`'${hash}'`);
      for (const hash of styles) expect(policy.get('style-src'), file).toContain(`'${hash}'`);
    }
  });

  it('has no inline event handlers and no javascript: addresses on any page', () => {
    for (const file of pages) {
      for (const element of page(dist, file).querySelectorAll('*')) {
        for (const [name, value] of Object.entries(element.attributes)) {
          expect(/^on/i.test(name), `${file}: <${element.tagName.toLowerCase()} ${name}>`).toBe(false);
          expect(/^\s*javascript:/i.test(value), `${file}: ${name}="${value}"`).toBe(false);
        }
      }
    }
  });
});

describe('the deployment headers', () => {
  /** What every host must send: the policy allowing the inline styles of the chart downloads, and the other headers. */
  const svgStyleHashes = () =>
    [
      ...new Set(
        filesIn(dist)
          .filter((f) => f.endsWith('.svg'))
          .flatMap((f) => inlineHashes(f).styles),
      ),
    ].sort();
  const expected = () =>
    [['Content-Security-Policy', headerPolicy(svgStyleHashes())], ...SECURITY_HEADERS] as [string, string][];

  it('public/_headers sends them for every file, and the build copies it', () => {
    const text = readFileSync(join(ROOT, 'public/_headers'), 'utf8');
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(text);
    const rules = parseHeadersFile(text);
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/admin/*', `${EMBED_PATH}*`]);
    expect(rules[0].headers).toEqual(expected());
    expect(headersFor(rules, '/planer/')).toEqual(expected());
    expect(headersFor(rules, '/sok/')).toEqual(expected());
  });

  /**
   * The Git hosts the committed `/admin/*` policy names: that they are the configured ones is
   * test/unit/deploy-headers.test.ts's to check; here, that the rest of the headers is right.
   */
  const adminSources = () => {
    const rules = parseHeadersFile(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
    const policy = new Map(rules.find((rule) => rule.pattern === '/admin/*')?.headers).get('Content-Security-Policy');
    return (directives(policy ?? '').get('connect-src') ?? []).filter(
      (source) => source !== "'self'" && source !== 'blob:',
    );
  };

  /** The site's headers with the editor's in place of those it replaces. */
  const expectedAdmin = () => {
    const replaced = adminHeaders(adminSources());
    const names = replaced.map(([name]) => name);
    return [...expected().filter(([name]) => !names.includes(name)), ...replaced];
  };

  /** The site's headers with the embed page's policy, less what cannot allow framing. */
  const expectedEmbed = () => {
    const replaced = embedHeaders(svgStyleHashes());
    const gone = [...replaced.map(([name]) => name), ...EMBED_DROPPED_HEADERS];
    return [...expected().filter(([name]) => !gone.includes(name)), ...replaced];
  };

  it('public/_headers lets other sites frame the embed pages, and nothing else', () => {
    const rules = parseHeadersFile(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
    const sorted = (headers: [string, string][]) => [...headers].sort(([a], [b]) => a.localeCompare(b));
    const embedPages = pages.filter((file) => urlOf(file).startsWith(EMBED_PATH));
    expect(embedPages.length).toBeGreaterThan(0);
    for (const file of embedPages) {
      const headers = headersFor(rules, urlOf(file));
      expect(sorted(headers), file).toEqual(sorted(expectedEmbed()));
      expect(directives(new Map(headers).get('Content-Security-Policy') ?? '').get('frame-ancestors')).toEqual(['*']);
      expect(new Map(headers).has('X-Frame-Options'), file).toBe(false);
    }
    for (const file of pages.filter((f) => !urlOf(f).startsWith(EMBED_PATH)))
      expect(new Map(headersFor(rules, urlOf(file))).get('X-Frame-Options'), file).toBe('DENY');
  });

  it('public/_headers gives /admin/ (only) the editor’s policy instead of the site’s', () => {
    const rules = parseHeadersFile(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
    const sorted = (headers: [string, string][]) => [...headers].sort(([a], [b]) => a.localeCompare(b));
    expect(sorted(headersFor(rules, '/admin/'))).toEqual(sorted(expectedAdmin()));
    expect(sorted(headersFor(rules, '/admin/decap-cms-app.js'))).toEqual(sorted(expectedAdmin()));
    for (const path of ['/', '/administration/', '/sok/admin/'])
      expect(headersFor(rules, path), path).toEqual(expected());
  });

  it('docs/nginx.conf sends the same, on every response, and the editor’s in its location', () => {
    const conf = readFileSync(join(ROOT, 'docs/nginx.conf'), 'utf8');
    /** The text of the location block for `path`, and the conf without it. */
    const block = (text: string, path: string) => {
      const start = text.indexOf(`location ^~ ${path} {`);
      expect(start, path).toBeGreaterThan(0);
      const end = text.indexOf('\n    }', start);
      return { inside: text.slice(start, end), rest: text.slice(0, start) + text.slice(end) };
    };
    const admin = block(conf, '/admin/');
    const embed = block(admin.rest, EMBED_PATH);
    const addedIn = (text: string) => [...text.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"(\s+always)?;/gm)];
    const added = addedIn(embed.rest);
    expect(added.map((m) => [m[1], m[2]])).toEqual(expected());
    for (const m of added) expect(m[3], m[1]).toBe(' always');
    const sorted = (headers: string[][]) => [...headers].sort(([a], [b]) => a.localeCompare(b));
    for (const [text, wanted] of [
      [admin.inside, expectedAdmin()],
      [embed.inside, expectedEmbed()],
    ] as const) {
      const inBlock = addedIn(text);
      expect(sorted(inBlock.map((m) => [m[1], m[2]]))).toEqual(sorted(wanted));
      for (const m of inBlock) expect(m[3], m[1]).toBe(' always');
    }
  });

  it('allow every inline script and style of every page and file the build writes', () => {
    const header = directives(expected()[0][1]);
    for (const file of filesIn(dist).filter(
      (f) => !f.startsWith('/admin/') && (f.endsWith('.html') || f.endsWith('.svg')),
    )) {
      const { scripts, styles } = inlineHashes(file);
      for (const hash of scripts) expect(header.get('script-src'), `${file}: inline-skript`).toContain(`'${hash}'`);
      for (const hash of styles) expect(header.get('style-src'), `${file}: inline-stil`).toContain(`'${hash}'`);
    }
  });

  it('forbid framing, which a <meta> policy cannot', () => {
    const header = directives(expected()[0][1]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const file of pages) expect(directives(metaPolicy(file)).has('frame-ancestors'), file).toBe(false);
  });
});

describe('content written as markup', () => {
  const TITLE = 'Prov "><script>alert(1)</script> & <b>fet</b>';
  let fixture = '';
  let out = '';
  const built = (path: string) => readFileSync(join(out, path), 'utf8');

  beforeAll(() => {
    fixture = contentWithFixture();
    const content = join(fixture, 'content');
    const set = (file: string, edit: (text: string) => string) =>
      writeFileSync(join(content, file), edit(readFileSync(join(content, file), 'utf8')));
    set('uppdrag/rs-plan-och-budget-2024/samisk-kulturkompetens.mdx', (text) =>
      text.replace(/^title: .*$/m, `title: ${JSON.stringify(TITLE)}`),
    );
    set('decisions/rs-2023-11-08-194.json', (text) =>
      text.replace(/"title": "[^"]*"/, `"title": ${JSON.stringify(TITLE)}`),
    );
    out = join(fixture, 'dist');
    astroBuildOrThrow(out, { ...TEST_BUILD_ENV, INSYN_CONTENT_DIR: content });
  }, 120_000);
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  /**
   * The page's markup has no element the title could have made, and shows the title as text
   * in an element the selector finds. Attribute values may hold `<` as text (the quotes are
   * what is escaped there), so they are left out before looking for tags.
   */
  function expectText(path: string, selector: string) {
    const html = built(path);
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes, path).not.toContain('<script>alert');
    expect(outsideAttributes, path).not.toContain('<b>fet');
    const root = parse(html);
    expect(root.querySelectorAll('b'), path).toHaveLength(0);
    expect(
      root.querySelectorAll(selector).some((element) => textOf(element).includes(TITLE)),
      `${path} ${selector}`,
    ).toBe(true);
  }

  it('is text on the entry pages, in their <title> and in their Open Graph title', () => {
    expectText('uppdrag/samisk-kulturkompetens/index.html', 'h1');
    expectText('beslut/rs-2023-11-08-194/index.html', 'h1');
    const head = parse(built('uppdrag/samisk-kulturkompetens/index.html')).querySelector('head')!;
    expect(textOf(head.querySelector('title'))).toContain(TITLE);
    expect(head.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(TITLE);
  });

  it('is text in the lists and on the plan page', () => {
    expectText('uppdrag/index.html', 'main a');
    expectText('planer/rs-plan-och-budget-2024/index.html', 'main a');
    expectText('beslut/index.html', 'main li');
  });

  it('is text in the feeds', () => {
    for (const path of ['flode.xml', 'planer/rs-plan-och-budget-2024/flode.xml']) {
      const xml = built(path);
      expect(xml, path).not.toContain('<script>');
      expect(xml, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml).feed;
      const titles = feed.entry.map((e: { title: string | { '#text': string; '@_type'?: string } }) => e.title);
      const ours = titles.find((t: unknown) =>
        (typeof t === 'string' ? t : (t as { '#text': string })['#text']).includes('alert(1)'),
      );
      expect(ours, path).toBeDefined();
      // A plain-text title (no type, or type="text") reads exactly as written; a type="html" one would be markup to a feed reader.
      expect(typeof ours === 'string' ? 'text' : ours['@_type'], path).toBe('text');
      expect((typeof ours === 'string' ? ours : ours['#text']).endsWith(TITLE), path).toBe(true);
    }
  });

  describe('in the browser', () => {
    let site: Awaited<ReturnType<typeof openBuiltSite>>;
    beforeAll(async () => {
      site = await openBuiltSite(out);
    }, 60_000);
    afterAll(async () => {
      await site?.close();
    });

    it('runs nothing and shows the title as text on the page and in search results', async () => {
      const { context, problems } = await guardedContext(site);
      const dialogs: string[] = [];
      context.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const page = await context.newPage();
      await page.goto(`${site.url}/uppdrag/samisk-kulturkompetens/`);
      expect(await page.locator('h1').innerText()).toContain(TITLE);
      await page.goto(`${site.url}/sok/?q=${encodeURIComponent('samisk kulturkompetens prov')}`);
      await expect.poll(() => page.locator('[role="status"]').textContent(), { timeout: 10_000 }).toMatch(/träff/);
      expect((await page.locator('.search-result h3').allInnerTexts()).some((text) => text.includes(TITLE))).toBe(true);
      expect(await page.locator('.search-results b, .search-results script').count()).toBe(0);
      // The search record itself holds the title as written, as plain text in its metadata.
      // (A string, so vitest does not rewrite the import.)
      const titles = await page.evaluate(`import('/pagefind/pagefind.js')
        .then((pagefind) => pagefind.search('kulturkompetens'))
        .then((found) => Promise.all(found.results.map((r) => r.data().then((d) => d.meta.title))))`);
      expect(titles).toContain(TITLE);
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
});
