/**
 * The English interface of the live content's build: with English configured, every Swedish
 * page (but the Swedish-only ones) has its English version at /en/ + its path, the two link
 * to each other with hreflang alternates (x-default Swedish) and the header's switch, the
 * English page is `<html lang="en">` and says its content is Swedish, its links stay in
 * English, and the English search index is written. Without English, nothing is under /en/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, type Node, parse, TextNode } from 'node-html-parser';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import * as enLabels from '#lib/i18n/labels-en.ts';
import { swedishWords } from '#lib/i18n/swedish-text.ts';
import { ENGLISH_PREFIX, SWEDISH_ONLY_PATHS, hasEnglishPage, href } from '#lib/core/routes.ts';
import { readConfiguration } from '../../src/data/configuration.ts';
import { TEST_SITE, embedPages, fileFor, filesIn, page, sitePages, urlOf } from '../helpers/built-site.ts';
import { LIVE_CONTENT, builtLiveSite, validateLive } from '../helpers/live-content.ts';
import { serveStatic } from '../helpers/static-server.ts';

const dist = builtLiveSite();
const configuration = readConfiguration(LIVE_CONTENT);
const english = configuration.languages.includes('en');
const organisation = configuration.name;
const pages = sitePages(dist);
const swedish = [...pages, ...embedPages(dist)].filter(
  (file) => !file.startsWith(`${ENGLISH_PREFIX}/`) && file !== '/404.html',
);
const absolute = (path: string) => new URL(path, TEST_SITE).href;

/** The text of an element, each text node apart (adjacent elements do not run together), addresses left out. */
function textOfNodes(element: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof TextNode) parts.push(node.text);
    else for (const child of node.childNodes) walk(child);
  };
  walk(element);
  // An address (https://…, /en/planer/, uppdrag.csv) is not text: its words are the routes' and files'.
  return parts.join(' ').replace(/https?:\/\/\S+|(^|\s)\/\S*|\S+\.(csv|json|xml|zip|svg)\b/g, ' ');
}

/** Every text the content and the configuration give, as it can stand inline on a page. */
function contentStrings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    // Short strings are left: a word such as "Alla" is the interface's, not the content's.
    if (value.length >= 8) out.add(value.replace(/\s+/g, ' ').trim());
  } else if (Array.isArray(value)) {
    for (const item of value) contentStrings(item, out);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const item of Object.values(value)) contentStrings(item, out);
  }
  return out;
}

const { catalog } = validateLive();
const CONTENT = [
  ...contentStrings(
    Object.values(catalog).flatMap((entries) => [...entries.values()].map((entry) => entry.data)),
    contentStrings(configuration, new Set([organisation])),
  ),
].sort((a, b) => b.length - a.length);

/** `text` without the content's own strings. */
const withoutContent = (text: string) =>
  CONTENT.reduce((rest, string) => rest.replaceAll(string, ' '), text.replace(/\s+/g, ' '));

/** The alternate links of a page, by hreflang. */
function alternates(file: string): Record<string, string> {
  return Object.fromEntries(
    page(dist, file)
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '']),
  );
}

describe.runIf(english)('the English pages', () => {
  it('every Swedish page but the Swedish-only ones has an English page, linked both ways', () => {
    expect(swedish.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const file of swedish) {
      const path = urlOf(file);
      if (SWEDISH_ONLY_PATHS.some((only) => path.startsWith(only))) {
        expect(existsSync(join(dist, ENGLISH_PREFIX, path)), path).toBe(false);
        continue;
      }
      const englishFile = fileFor(dist, href('en', path));
      if (!englishFile) {
        missing.push(path);
        continue;
      }
      const pair = { sv: absolute(path), en: absolute(href('en', path)), 'x-default': absolute(path) };
      expect(alternates(file), path).toEqual(pair);
      expect(alternates(englishFile), path).toEqual(pair);
      const toEnglish = page(dist, file).querySelector('header a[data-lang-switch]');
      expect(toEnglish?.getAttribute('href'), path).toBe(href('en', path));
      expect(toEnglish?.getAttribute('lang')).toBe('en');
      expect(toEnglish?.getAttribute('hreflang')).toBe('en');
      const toSwedish = page(dist, englishFile).querySelector('header a[data-lang-switch]');
      expect(toSwedish?.getAttribute('href'), path).toBe(path);
      expect(toSwedish?.getAttribute('lang')).toBe('sv');
      expect(page(dist, englishFile).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        absolute(href('en', path)),
      );
    }
    expect(missing).toEqual([]);
  });

  it('an English page is in English, says its content is Swedish and marks it', () => {
    const englishPages = pages.filter((file) => file.startsWith(`${ENGLISH_PREFIX}/`));
    expect(englishPages.length).toBe(swedish.filter((file) => hasEnglishPage(urlOf(file))).length + 1);
    for (const file of englishPages) {
      const root = page(dist, file);
      expect(root.querySelector('html')?.getAttribute('lang'), file).toBe('en');
      expect(root.querySelector('main .content-language'), file).not.toBeNull();
    }
    // An entry's title is content: Swedish, marked so.
    const entry = englishPages.find((file) => file.startsWith('/en/uppdrag/') && file !== '/en/uppdrag/index.html');
    expect(page(dist, entry!).querySelector('h1')?.getAttribute('lang')).toBe('sv');
  });

  it('a chart’s or nyckeltal’s source line marks the sources it names as Swedish, and only them', () => {
    const sourceLines = (root: HTMLElement) => [
      ...root.querySelectorAll('p.chart-source').filter((line) => line.text.startsWith('Source:')),
      ...root
        .querySelectorAll('dt')
        .filter((term) => term.text === 'Source')
        .flatMap((term) => term.nextElementSibling ?? []),
    ];
    const lines = pages
      .filter((file) => file.startsWith(`${ENGLISH_PREFIX}/`))
      .flatMap((file) => sourceLines(page(dist, file)).map((line) => ({ file, line })));
    expect(lines.length).toBeGreaterThan(10);
    const blank = (text: string) => text.replace(/[\s,.:()]+/g, '');
    const sourceNames = new Set([...catalog.nyckeltal.values()].map((entry) => entry.data.source.name));
    for (const { file, line } of lines) {
      const rest = parse(line.outerHTML);
      const marked = rest.querySelectorAll('[lang="sv"]');
      expect(marked.length, `${file}: ${line.text}`).toBeGreaterThan(0);
      // Marked: the source's name (Kolada: short, so not among CONTENT) or titles of the content.
      for (const part of marked)
        expect(blank(withoutContent(part.text)) === '' || sourceNames.has(part.text), `${file}: ${part.text}`).toBe(
          true,
        );
      for (const part of marked) part.remove();
      const unmarked = rest.text.replace(/\s+/g, ' ');
      expect(withoutContent(unmarked), `${file}: ${line.text}`).toBe(unmarked);
    }
  });

  it('an English page’s copy link and citation give its own English address, its title marked Swedish', () => {
    const cited = pages
      .filter((file) => file.startsWith(`${ENGLISH_PREFIX}/`))
      .flatMap((file) =>
        page(dist, file)
          .querySelectorAll('p.cite[data-url]')
          .map((cite) => ({ file, cite })),
      );
    expect(cited.length).toBeGreaterThan(10);
    for (const { file, cite } of cited) {
      const url = cite.getAttribute('data-url')!;
      expect(url, file).toBe(absolute(`${urlOf(file)}#${url.split('#')[1]}`));
      expect(cite.querySelector('.cite-value')?.text, file).toContain(url);
      expect(cite.querySelector('.cite-value [lang="sv"]'), file).not.toBeNull();
    }
  });

  it('the frame of every English page has no Swedish interface words', () => {
    // The frame: skip link, header, the trail up to the page, the content note and footer.
    // Elements with another lang than English are content (titles, the organisation's name)
    // and are left out; so is the organisation's name in running text, a proper name (WCAG 3.1.2).
    const frame = [
      '.skip-link',
      'header.site-header',
      'nav.breadcrumbs li:not([aria-current])',
      'main > .content-language',
      'footer.site-footer',
    ];
    const found: string[] = [];
    for (const file of pages.filter((f) => f.startsWith(`${ENGLISH_PREFIX}/`))) {
      const root = parse(readFileSync(join(dist, file), 'utf8'));
      for (const element of root.querySelectorAll('[lang]'))
        if (element.getAttribute('lang') !== 'en') element.remove();
      const text = frame
        .flatMap((selector) => root.querySelectorAll(selector).map((element) => element.text))
        .join(' ')
        .replaceAll(organisation, ' ');
      expect(text.length, file).toBeGreaterThan(0);
      const swedish = swedishWords(text);
      if (swedish.length > 0) found.push(`${file}: ${swedish.join(' ')}`);
    }
    expect(found).toEqual([]);
  });

  it('the whole body of every English page has no Swedish interface words', () => {
    // Content is Swedish and marked so: elements with another lang than English are left out
    // (with everything in them). So is what the content says where it stands inline in an
    // English sentence (an entry's title, a body's name, a source's name): those strings are
    // taken from the content itself and removed, longest first, so that only what the site's
    // interface says remains to be checked.
    const found: string[] = [];
    for (const file of pages.filter((f) => f.startsWith(`${ENGLISH_PREFIX}/`))) {
      const root = parse(readFileSync(join(dist, file), 'utf8'));
      for (const element of root.querySelectorAll('[lang]'))
        if (element.getAttribute('lang') !== 'en') element.remove();
      for (const element of root.querySelectorAll('script, style, template')) element.remove();
      const body = root.querySelector('body');
      expect(body, file).not.toBeNull();
      const text = withoutContent(textOfNodes(body!));
      const swedish = swedishWords(text);
      if (swedish.length > 0) found.push(`${file}: ${swedish.join(' ')}`);
    }
    expect(found).toEqual([]);
  });

  it('the links of an English page go to English pages, and to the same data and feeds', () => {
    const root = page(dist, '/en/index.html');
    const links = root.querySelectorAll('a[href^="/"]').map((a) => a.getAttribute('href') ?? '');
    const local = links.filter((link) => !link.startsWith('//'));
    expect(local.length).toBeGreaterThan(10);
    for (const link of local) {
      const switchBack = root.querySelector('header a[data-lang-switch]')?.getAttribute('href');
      if (link === switchBack) continue;
      expect(link.startsWith(`${ENGLISH_PREFIX}/`) || !hasEnglishPage(link.split('#')[0]), link).toBe(true);
    }
    expect(root.querySelector('form[role="search"]')?.getAttribute('action')).toBe('/en/sok/');
    // Data and feeds are written once, at their Swedish addresses.
    expect(filesIn(dist).filter((file) => file.startsWith('/en/') && !file.endsWith('.html'))).toEqual([]);
  });

  it('the English 404 page is at /en/404.html, and the sitemap lists both languages', () => {
    expect(page(dist, '/en/404.html').querySelector('html')?.getAttribute('lang')).toBe('en');
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${absolute('/planer/')}</loc>`);
    expect(sitemap).toContain(`<loc>${absolute('/en/planer/')}</loc>`);
  });

  it('the English search index finds entries by their titles and by English words, at /en/', async () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.en.page_count).toBe(entry.languages.sv.page_count);
    const uppdrag = [...validateLive().catalog.uppdrag.values()][0];
    const server = await serveStatic(dist);
    // Pagefind chooses the index by the page's <html lang>, as on /en/sok/.
    vi.stubGlobal('document', { querySelector: () => ({ getAttribute: () => 'en' }) });
    vi.stubGlobal('location', new URL(`${server.url}/en/sok/`));
    try {
      const pagefind = (await import(pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href)) as {
        createInstance(options: object): {
          search(
            term: string,
          ): Promise<{ results: { data(): Promise<{ url: string; meta: Record<string, string> }> }[] }>;
        };
      };
      const instance = pagefind.createInstance({ basePath: `${server.url}/pagefind/`, baseUrl: '/' });
      const hits = async (term: string) =>
        Promise.all((await instance.search(term)).results.map((result) => result.data()));
      const byTitle = await hits(uppdrag.data.title);
      expect(byTitle.map((hit) => hit.url)).toContain(href('en', `/uppdrag/${uppdrag.id}/`));
      const type = enLabels.COLLECTION_LABELS.uppdrag.one;
      const byWord = await hits(type);
      expect(byWord.length).toBeGreaterThan(0);
      expect(byWord.every((hit) => hit.url.startsWith(`${ENGLISH_PREFIX}/`))).toBe(true);
    } finally {
      vi.unstubAllGlobals();
      await server.close();
    }
  });
});

describe.runIf(!english)('without English configured', () => {
  it('nothing is built under /en/', () => {
    expect(filesIn(dist).filter((file) => file.startsWith(`${ENGLISH_PREFIX}/`))).toEqual([]);
  });
});
