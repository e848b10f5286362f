/**
 * The built site: the endpoints write exactly the files that src/lib/ shapes, the sitemap
 * lists every page the build wrote, and every download, schema and feed the open-data page
 * links to is there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { buildDataFiles } from '#lib/open-data/data-files.ts';
import { CATALOG_JSONLD_PATH, CATALOG_RDF_PATH } from '#lib/open-data/dcat.ts';
import { planFeedPath, SITE_FEED_PATH } from '#lib/open-data/feeds.ts';
import { pagePathOf } from '#lib/open-data/sitemap.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { builtSite, TEST_SITE } from '../helpers/built-site.ts';
import { FROZEN, ROOT, validateFrozen } from '../helpers/content.ts';
import { readConfiguration } from '../../src/data/configuration.ts';

const SITE = `${TEST_SITE}/`;
let out = '';
const file = (path: string) => join(out, path.replace(/^\//, ''));
const text = (path: string) => readFileSync(file(path), 'utf8');

beforeAll(() => {
  out = builtSite();
}, 300_000);

describe('the built open data', () => {
  it('writes every download exactly as src/lib/open-data/data-files.ts shapes it', () => {
    const { catalog } = validateFrozen();
    const files = buildDataFiles(catalog, new URL(SITE), readConfiguration(join(FROZEN, 'content')));
    for (const expected of files) {
      expect(existsSync(file(expected.path)), expected.path).toBe(true);
      expect(readFileSync(file(expected.path)).equals(Buffer.from(expected.body)), expected.path).toBe(true);
    }
    const written = readdirSync(file('/data/'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.\w+$/.test(f));
    expect(written.sort()).toEqual(
      [
        ...files.map((f) => f.path.slice('/data/'.length)),
        CATALOG_RDF_PATH.slice(6),
        CATALOG_JSONLD_PATH.slice(6),
      ].sort(),
    );
  });

  it('publishes the catalogue, the feeds and the schemas', () => {
    expect(SyntaxValidator.validate(text(CATALOG_RDF_PATH))).toBe(true);
    expect(JSON.parse(text(CATALOG_JSONLD_PATH))['@graph'].length).toBeGreaterThan(10);
    const { catalog } = validateFrozen();
    for (const path of [SITE_FEED_PATH, ...entries(catalog, 'plans').map((p) => planFeedPath(p.id))]) {
      expect(SyntaxValidator.validate(text(path)), path).toBe(true);
      expect(text(path)).toContain(`<id>${SITE}${path.slice(1)}</id>`);
    }
    for (const collection of COLLECTIONS) {
      expect(JSON.parse(text(`/schema/${collection}.json`))).toEqual(
        JSON.parse(readFileSync(join(ROOT, 'public/schema', `${collection}.json`), 'utf8')),
      );
    }
  });

  it('lists every page in sitemap.xml, and robots.txt points at it', () => {
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).flatMap((f) => pagePathOf(f) ?? []);
    const sitemap = new XMLParser({ isArray: (name) => name === 'url' }).parse(text('/sitemap.xml'));
    const locs = sitemap.urlset.url.map((u: { loc: string }) => u.loc);
    expect(locs.sort()).toEqual(pages.map((p) => `${SITE}${p.slice(1)}`).sort());
    expect(locs).toContain(`${SITE}oppna-data/`);
    expect(text('/robots.txt')).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });

  it('links from the open-data page only to files that exist, and to every download', () => {
    const html = text('/oppna-data/index.html');
    const links = [
      ...html.matchAll(/href="(\/(?:data|schema)\/[^"#]*|\/flode\.xml|\/planer\/[^"]+\/flode\.xml)"/g),
    ].map((m) => m[1]);
    for (const link of links) expect(existsSync(file(link)), link).toBe(true);
    const { catalog } = validateFrozen();
    for (const download of buildDataFiles(catalog, new URL(SITE), readConfiguration(join(FROZEN, 'content'))))
      expect(links, download.path).toContain(download.path);
    for (const path of [CATALOG_RDF_PATH, CATALOG_JSONLD_PATH, SITE_FEED_PATH]) expect(links).toContain(path);
  });
});
