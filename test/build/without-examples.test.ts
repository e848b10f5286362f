/**
 * The live content built without its examples, as `npm run build -- --utan-exempel` builds it:
 * the same link and HTML checks as the live build (live-site.test.ts, html-validity.test.ts),
 * every real entry still there, and no example mark anywhere, in pages, feeds, downloads, the
 * catalogue or search, but for the examples that published entries cannot be without
 * (`kept`, which the build names for staff to confirm). What may appear is derived from the
 * content, never pinned. axe runs over the same build in test/browser/accessibility-without-examples.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { isExample } from '#lib/content/examples.ts';
import { collectionHref, hrefFor } from '#lib/core/routes.ts';
import { sharedFiles } from '#lib/i18n/sv.ts';
import { buildSearchRecords } from '#lib/search/search-records.ts';
import { startHeadline } from '#lib/views/start-view.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { brokenLinks, fileFor, filesIn, page, parseCsv, sitePages, textOf } from '../helpers/built-site.ts';
import { htmlErrors } from '../helpers/html-validity.ts';
import { plain } from '../helpers/text.ts';
import { builtLiveSiteWithoutExamples, liveWithoutExamples } from '../helpers/live-content.ts';

const dist = builtLiveSiteWithoutExamples();
const { files, result, catalog } = liveWithoutExamples();
const keyOf = (collection: string, id: string) => `${collection}/${id}`;
/** The examples the build keeps, marked, because published entries need them. */
const kept = new Set(result.kept.map(({ file }) => keyOf(file.collection, file.id)));
const keptPages = new Set(result.kept.map(({ file }) => hrefFor(file)));
const html = filesIn(dist).filter((file) => file.endsWith('.html') && !file.startsWith('/admin/'));
/** The pages with the site's frame (not the embed pages, which frame a chart alone). */
const framed = new Set(sitePages(dist));
/** The open-data page documents the files' format, where `null` is a value. */
const FORMAT_PAGE = '/oppna-data/index.html';

/** The site path of an address on the built site (`https://insyn.example/planer/x/` → `/planer/x/`). */
const pathOf = (href: string) => new URL(href, 'https://insyn.example').pathname;
/** The pages that explain the mark: they show it while any example is published. */
const EXPLAINING = new Set(['/om/index.html', '/om/exempel/index.html']);
/** A text as `textOf` gives a page's: Intl's spaces and minus made plain, whitespace collapsed. */
const flat = (text: string) => plain(text).replace(/\s+/g, ' ').trim();

describe('the live content built without examples', () => {
  it('has pages, and every internal link, form action and #fragment resolves', () => {
    expect(sitePages(dist).length).toBeGreaterThan(0);
    expect(brokenLinks(dist)).toEqual([]);
  }, 120_000);

  it('every built page has no html-validate errors', async () => {
    expect(await htmlErrors(dist, html)).toEqual([]);
  }, 60_000);

  it('publishes every real entry and no entry it leaves out', () => {
    const real = files.filter((file) => !isExample(file.data as object));
    expect(real.length).toBeGreaterThan(0);
    expect(real.filter((file) => !fileFor(dist, hrefFor(file))).map((file) => file.file)).toEqual([]);
    expect(result.removed.filter((file) => fileFor(dist, hrefFor(file))).map((file) => file.file)).toEqual([]);
    for (const collection of COLLECTIONS) {
      const data = JSON.parse(readFileSync(join(dist, 'data', `${collection}.json`), 'utf8')) as {
        records: { id: string }[];
      };
      expect(data.records.map((r) => r.id).sort(), collection).toEqual(
        entries(catalog, collection)
          .map((e) => e.id)
          .sort(),
      );
    }
  });

  it('marks no record in the JSON and CSV files as an example, but those it had to keep', () => {
    const data = filesIn(dist).filter((file) => file.startsWith('/data/'));
    const marked: string[] = [];
    for (const file of data.filter((f) => f.endsWith('.json'))) {
      const json = JSON.parse(readFileSync(join(dist, file), 'utf8')) as {
        collection?: string;
        records?: { id: string; example?: boolean }[];
      };
      for (const record of json.records ?? [])
        if (record.example !== false) marked.push(keyOf(json.collection ?? file, record.id));
    }
    for (const file of data.filter((f) => f.endsWith('.csv'))) {
      const [header, ...rows] = parseCsv(readFileSync(join(dist, file), 'utf8'));
      const column = header.indexOf('example');
      if (column < 0) continue;
      // `plans-decisions.csv` has rows of the plans: the collection is the name before the list's.
      const collection = file.slice(file.lastIndexOf('/') + 1).replace(/(-[a-z]+)?\.csv$/, '');
      for (const row of rows) if (row[column] !== 'false') marked.push(keyOf(collection, row[0]));
    }
    expect(data.length).toBeGreaterThan(0);
    expect(marked.filter((key) => !kept.has(key))).toEqual([]);
  });

  it('shows the example mark, notes and banner only for the examples it had to keep', () => {
    const problems: string[] = [];
    for (const file of html) {
      const root = page(dist, file);
      const own = keptPages.has(file.slice(0, -'index.html'.length)) || (EXPLAINING.has(file) && kept.size > 0);
      // A mark beside a link names the example linked to; on an example's own page it is that example.
      for (const mark of root.querySelectorAll('.example-mark, .status-example')) {
        const links = (mark.parentNode ?? mark).querySelectorAll('a[href]').map((a) => pathOf(a.getAttribute('href')!));
        if (!own && !links.some((href) => keptPages.has(href))) problems.push(`${file}: ${textOf(mark.parentNode)}`);
      }
      if (!own && root.querySelector('main .example, main details.example'))
        problems.push(`${file}: example note on a page of no kept example`);
      if (root.querySelector('.example-list-note, .headline-examples')) {
        const note = root.querySelector('.example-list-note, .headline-examples')!;
        const list = (note.parentNode ?? note).querySelectorAll('a[href]').map((a) => pathOf(a.getAttribute('href')!));
        if (!list.some((href) => keptPages.has(href))) problems.push(`${file}: ${textOf(note)}`);
      }
      if (framed.has(file) && Boolean(root.querySelector('.phase-banner')) !== kept.size > 0)
        problems.push(`${file}: banner ${kept.size > 0 ? 'missing' : 'shown'}`);
    }
    expect(problems).toEqual([]);
  });

  // When what remains needs no example (the live content today), nothing may say example at all.
  it.skipIf(kept.size > 0)('with no example kept, has no example mark, note, list notice or banner anywhere', () => {
    const EXAMPLE_SELECTOR =
      '.example-mark, .status-example, details.example, .example-list-note, .headline-examples, .phase-region, .phase-banner';
    const found = html.flatMap((file) =>
      page(dist, file)
        .querySelectorAll(EXAMPLE_SELECTOR)
        .map((element) => `${file}: ${textOf(element)}`),
    );
    expect(found).toEqual([]);
  });

  it('says example in no feed entry, search record or catalogue title, but of those it had to keep', () => {
    const problems: string[] = [];
    for (const file of filesIn(dist).filter((f) => f.endsWith('flode.xml'))) {
      for (const [entry] of readFileSync(join(dist, file), 'utf8').matchAll(/<entry>[\s\S]*?<\/entry>/g)) {
        const link = /<link rel="alternate"[^>]*href="([^"]+)"/.exec(entry)?.[1] ?? '';
        if (/exempel/i.test(entry) && !keptPages.has(pathOf(link))) problems.push(`${file}: ${link}`);
      }
    }
    const records = buildSearchRecords(catalog);
    for (const record of records)
      if (record.meta.example && !keptPages.has(record.url)) problems.push(`sök: ${record.url}`);
    const filter = page(dist, '/sok/index.html').querySelector('#sok-exempel');
    if (Boolean(filter) !== records.some((record) => record.meta.example)) problems.push('sök: the example filter');
    const catalogue = readFileSync(join(dist, 'data/katalog.jsonld'), 'utf8');
    const planScoped = result.kept.some(({ file }) => !['organisations', 'bodies', 'units'].includes(file.collection));
    if (!planScoped && catalogue.includes(sharedFiles.dcat.exampleTitleSuffix))
      problems.push('katalog.jsonld: (innehåller exempel)');
    expect(problems).toEqual([]);
  });

  it('says so in plain Swedish where a list or a count has nothing, and never null, undefined or “av 0”', () => {
    const problems: string[] = [];
    for (const file of html) {
      const main = textOf(page(dist, file).querySelector('main'));
      for (const bad of [/\bnull\b/, /\bundefined\b/, /\bNaN\b/, /\bav 0\b/])
        if (bad.test(main) && !(file === FORMAT_PAGE && bad.source.includes('null'))) problems.push(`${file}: ${bad}`);
    }
    for (const collection of COLLECTIONS.filter((c) => entries(catalog, c).length === 0)) {
      const list = fileFor(dist, collectionHref(collection))!;
      if (!/\bInga\b/.test(textOf(page(dist, list).querySelector('main'))))
        problems.push(`${list}: says nothing of none`);
    }
    expect(problems).toEqual([]);
  });

  it('still states the counts the sources give: the plans’ stated counts and their reports’ own words', () => {
    const mainOf = (path: string) => textOf(page(dist, fileFor(dist, path)!).querySelector('main'));
    const problems: string[] = [];
    for (const plan of entries(catalog, 'plans')) {
      const text = mainOf(hrefFor(plan));
      const { source: _, ...stated } = plan.data.stated ?? {};
      for (const count of Object.values(stated))
        if (!text.includes(String(count))) problems.push(`${plan.id}: ${count}`);
      const items = itemsOf(catalog, plan.id);
      const reports = entries(catalog, 'reports').filter((r) => r.data.plan.id === plan.id);
      const newest = reports
        .map((r) => r.data.period.id)
        .sort((a, b) => endOf(catalog, a).localeCompare(endOf(catalog, b)));
      if (items === 0)
        for (const report of reports.filter((r) => r.data.period.id === newest.at(-1)))
          if (!text.includes(flat(report.data.summary))) problems.push(`${plan.id}: ${report.id}`);
    }
    const headline = startHeadline(catalog);
    if (headline && headline.nyckeltal.total + headline.uppdrag.total === 0)
      for (const report of headline.reports)
        if (!mainOf('/').includes(flat(report.data.summary))) problems.push(`start: ${report.id}`);
    expect(problems).toEqual([]);
  });
});

function itemsOf(catalog: Catalog, plan: string): number {
  return [...entries(catalog, 'uppdrag'), ...entries(catalog, 'nyckeltal')].filter((e) => e.data.plan.id === plan)
    .length;
}

function endOf(catalog: Catalog, period: string): string {
  return catalog.periods.get(period)?.data.endDate ?? '';
}
