import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { pagePathOf, robotsTxt, sitemapXml } from '#lib/open-data/sitemap.ts';

const SITE = new URL('https://insyn.example/');

describe('sitemap.xml', () => {
  it('takes every index.html as a page and nothing else', () => {
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('planer/rs-plan-och-budget-2024/index.html')).toBe('/planer/rs-plan-och-budget-2024/');
    expect(pagePathOf('oppna-data\\index.html')).toBe('/oppna-data/');
    for (const other of [
      '404.html',
      'data/insyn.json',
      'flode.xml',
      'planer/x/flode.xml',
      'robots.txt',
      'schema/plans.json',
      '_astro/site.css',
      'admin/index.html',
    ]) {
      expect(pagePathOf(other), other).toBeUndefined();
    }
  });

  it('parses, lists each page once with an absolute address, in a stable order', () => {
    const xml = sitemapXml(SITE, ['/planer/', '/', '/oppna-data/', '/planer/']);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' }).parse(xml);
    expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.urlset.url.map((u: { loc: string }) => u.loc)).toEqual([
      'https://insyn.example/',
      'https://insyn.example/oppna-data/',
      'https://insyn.example/planer/',
    ]);
  });
});

describe('robots.txt', () => {
  it('allows everything but the editor (/admin/) and points at the sitemap', () => {
    const text = robotsTxt(SITE);
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text.match(/^Disallow: .*$/gm)).toEqual(['Disallow: /admin/']);
    expect(text).toMatch(/^Sitemap: https:\/\/insyn\.example\/sitemap\.xml$/m);
  });
});
