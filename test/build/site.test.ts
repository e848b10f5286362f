/**
 * The built site, read as a visitor's browser would: every entry has its page, every page
 * has the frame, every link and #fragment resolves, every chart has its table with the
 * same numbers and its downloads, and nothing is fetched from anywhere else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { hasExampleStatus, isExample } from '#lib/content/examples.ts';
import { capitalize } from '#lib/core/format.ts';
import { COLLECTION_PATHS, collectionHref, hrefFor } from '#lib/core/routes.ts';
import { titleOf } from '#lib/core/titles.ts';
import { itemsPerPlan } from '#lib/views/items-index.ts';
import { sheetDownloads } from '#lib/import/sheet-downloads.ts';
import { readWorkbookTable } from '#lib/import/xlsx.ts';
import { SHEET_COLUMNS } from '#lib/import/report-sheet.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import {
  brokenLinks,
  builtSite,
  fact,
  fileFor,
  filesIn,
  page,
  parseCsv,
  parseSwedishNumber,
  PRINT_DATE_SCRIPT,
  sitePages,
  TEST_SITE,
  textOf,
  urlOf,
} from '../helpers/built-site.ts';
import { validateFrozen } from '../helpers/content.ts';
import { plain } from '../helpers/text.ts';

const SITE = TEST_SITE;
const { catalog } = validateFrozen();
let dist = '';
let pages: string[] = [];

beforeAll(() => {
  dist = builtSite();
  pages = sitePages(dist);
}, 300_000);

/** The words of an SVG file, its wrapped lines joined. */
const svgWords = (svg: string) =>
  svg
    .replace(/<style>[\s\S]*?<\/style>/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const each = (fn: (file: string, root: HTMLElement) => void) => {
  for (const file of pages) fn(file, page(dist, file));
};

describe('every content entry', () => {
  it('has its page at the address routes.ts gives, headed by its title', () => {
    for (const collection of COLLECTIONS) {
      for (const entry of entries(catalog, collection)) {
        const href = hrefFor({ collection, id: entry.id });
        const file = fileFor(dist, href);
        expect(file, href).toBeDefined();
        expect(textOf(page(dist, file!).querySelector('h1')), href).toBe(plain(capitalize(titleOf(catalog, entry))));
      }
    }
  });

  it('is listed on its collection’s list page', () => {
    for (const collection of COLLECTIONS) {
      const list = fileFor(dist, collectionHref(collection));
      expect(list, collectionHref(collection)).toBeDefined();
      const hrefs = new Set(
        page(dist, list!)
          .querySelectorAll('main a')
          .map((a) => a.getAttribute('href')),
      );
      // The list pages of uppdrag and nyckeltal name older plans only: their items are on the plan's page.
      const olderPlans =
        collection === 'uppdrag' || collection === 'nyckeltal' ? itemsPerPlan(catalog, collection).older : [];
      for (const entry of entries(catalog, collection)) {
        const href = hrefFor({ collection, id: entry.id });
        const older = olderPlans.find((plan) => plan.rows.some((row) => row.id === entry.id));
        if (older) {
          expect(hrefs.has(older.listHref), `${collectionHref(collection)} → ${older.listHref}`).toBe(true);
          const onPlan = page(dist, fileFor(dist, older.href)!).querySelectorAll('main a');
          expect(
            onPlan.some((a) => a.getAttribute('href') === href),
            `${older.href} → ${entry.id}`,
          ).toBe(true);
          continue;
        }
        expect(hrefs.has(href), `${collectionHref(collection)} → ${entry.id}`).toBe(true);
      }
    }
  });

  it('shows the "Exempel" marker with its text when it is illustrative', () => {
    for (const collection of COLLECTIONS) {
      for (const entry of entries(catalog, collection)) {
        const text = (entry.data as { illustrative?: string }).illustrative;
        const note = page(dist, fileFor(dist, hrefFor({ collection, id: entry.id }))!).querySelector('main .example');
        if (!text) {
          expect(note, entry.id).toBeNull();
          continue;
        }
        expect(textOf(note?.querySelector('.example-label')), entry.id).toBe('Exempel');
        expect(textOf(note?.querySelector('p')), entry.id).toBe(plain(text).replace(/\s+/g, ' '));
      }
    }
  });

  it('marks every example on its row: the status tag says exempel, and the title when the status does not', () => {
    const list = page(dist, '/uppdrag/index.html');
    const items = list.querySelectorAll('ul.item-list li');
    const { current, older } = itemsPerPlan(catalog, 'uppdrag');
    expect(items.length).toBe(current.reduce((sum, plan) => sum + plan.rows.length, 0));
    // Older plans by name, their uppdrag on their own pages.
    expect(list.querySelectorAll('ul.older-plans a').map((a) => a.getAttribute('href'))).toEqual(
      older.map((plan) => plan.listHref),
    );
    for (const item of items) {
      const id = item.querySelector('a')!.getAttribute('href')!.split('/')[2];
      const { data } = catalog.uppdrag.get(id)!;
      const tag = item.querySelector('.status')!;
      const classes = (tag.getAttribute('class') ?? '').split(' ');
      const reported = !classes.includes('st-ej-rapporterad');
      const exampleStatus = reported && hasExampleStatus(data);
      expect(classes.includes('status-example'), id).toBe(exampleStatus);
      expect(textOf(tag).includes('exempel'), id).toBe(exampleStatus);
      expect(item.querySelectorAll('.example-mark').length > 0, id).toBe(isExample(data));
    }
  });

  it('every page carries the notice that parts are examples, linking to the page that says which', () => {
    each((file, root) => {
      expect(root.querySelector('header + .phase-region .phase-banner a')?.getAttribute('href'), file).toBe(
        '/om/exempel/',
      );
    });
    const examples = textOf(page(dist, '/om/exempel/index.html').querySelector('main'));
    const illustrative = entries(catalog, 'nyckeltal').filter((n) => n.data.illustrative);
    expect(illustrative.length).toBeGreaterThan(0);
    for (const entry of illustrative) expect(examples).toContain(entry.data.illustrative);
  });
});

describe('every page', () => {
  it('is in Swedish with one h1, landmarks, a skip link to the main content and headings in order', () => {
    each((file, root) => {
      expect(root.querySelector('html')?.getAttribute('lang'), file).toBe('sv');
      expect(root.querySelectorAll('h1'), file).toHaveLength(1);
      for (const landmark of ['header', 'nav', 'main#innehall', 'footer'])
        expect(root.querySelector(landmark), `${file} ${landmark}`).not.toBeNull();
      expect(root.querySelector('body a')?.getAttribute('href'), file).toBe('#innehall');
      let previous = 1;
      for (const heading of root.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')) {
        const level = Number(heading.tagName[1]);
        expect(level, `${file}: "${textOf(heading)}" after h${previous}`).toBeLessThanOrEqual(previous + 1);
        previous = level;
      }
    });
  });

  it('has no id twice', () => {
    each((file, root) => {
      const ids = root.querySelectorAll('[id]').map((e) => e.getAttribute('id'));
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        file,
      ).toEqual([]);
    });
  });

  it('has a canonical address, Open Graph tags and the feed in its head', () => {
    each((file, root) => {
      const meta = (property: string) => root.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
      expect(meta('og:title'), file).toBeTruthy();
      expect(meta('og:description'), file).toBeTruthy();
      expect([meta('og:type'), meta('og:locale'), meta('og:site_name')], file).toEqual([
        expect.stringMatching(/^(website|article)$/),
        'sv_SE',
        expect.stringContaining('Insyn'),
      ]);
      expect(root.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href'), file).toBe(
        '/flode.xml',
      );
      // The 404 page answers at every missing address: it names no address of its own.
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, file).toBe(file === '/404.html' ? undefined : `${SITE}${urlOf(file)}`);
      expect(meta('og:url'), file).toBe(canonical);
    });
  });

  it('has a search form with a labelled q field, in the header or (search and 404 pages) the page itself, and the footer links', () => {
    each((file, root) => {
      // The search page and the 404 page carry the search in the page itself instead.
      const own = file === '/sok/index.html' || file === '/404.html';
      expect(root.querySelectorAll('header form[role="search"]'), file).toHaveLength(own ? 0 : 1);
      const form = root.querySelector(own ? 'main form[role="search"]' : 'header form[role="search"]');
      expect([form?.getAttribute('action'), form?.getAttribute('method')], file).toEqual(['/sok/', 'get']);
      const input = form!.querySelector('input[name="q"]')!;
      expect(textOf(form!.querySelector(`label[for="${input.getAttribute('id')}"]`)), file).not.toBe('');
      const footer = root.querySelectorAll('footer a').map((a) => [a.getAttribute('href'), textOf(a)]);
      expect(footer, file).toEqual(
        expect.arrayContaining([
          ['/om/', 'Om webbplatsen'],
          ['/tillganglighet/', 'Tillgänglighetsredogörelse'],
          ['/oppna-data/', 'Öppna data'],
        ]),
      );
    });
  });

  it('fetches nothing from other sites and runs no script but the print date’s and the search page’s own', () => {
    const external = /^(https?:)?\/\//;
    each((file, root) => {
      // Scripts only enhance, each an external module from the site: the print date's on every
      // page, and the search page's own.
      const scripts = root.querySelectorAll('script');
      for (const script of scripts) expect(script.getAttribute('src') ?? '', file).toMatch(/^\/[^/]/);
      const others = scripts.filter((script) => !PRINT_DATE_SCRIPT.test(script.getAttribute('src') ?? ''));
      expect(scripts.length - others.length, file).toBe(1);
      if (file === '/sok/index.html') expect(others.length, file).toBeGreaterThan(0);
      else expect(others, file).toHaveLength(0);
      for (const el of root.querySelectorAll('[src], link[href]:not([rel="canonical"]):not([rel="alternate"])')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        expect(external.test(url), `${file}: ${url}`).toBe(false);
      }
      for (const el of root.querySelectorAll('[style]')) expect(el.getAttribute('style'), file).not.toMatch(/url\(/);
    });
    const stylesheets = filesIn(dist).filter((f) => f.endsWith('.css'));
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const css of stylesheets) {
      expect(readFileSync(join(dist, css), 'utf8'), css).not.toMatch(/url\(\s*['"]?(https?:)?\/\/|@import/);
    }
  });
});

describe('links', () => {
  it('every internal link, form action and #fragment resolves', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(brokenLinks(dist)).toEqual([]);
  });

  it('every address of the site in the feeds, sitemap, robots.txt, data files and data catalogue resolves, #fragments too', () => {
    const own = new RegExp(`${SITE.replace(/[.]/g, '\\.')}(/[^"'<>&\\s;|]*)`, 'g');
    const broken: string[] = [];
    const checked = new Map<string, number>();
    for (const file of filesIn(dist).filter((f) => /\.(xml|json|jsonld|rdf|txt|csv)$/.test(f))) {
      const text = readFileSync(join(dist, file), 'utf8');
      for (const [, address] of text.matchAll(own)) {
        const [path, fragment] = address.split('#');
        const target = fileFor(dist, path.split('?')[0]);
        const kind = file.split('/')[1] || file;
        checked.set(kind, (checked.get(kind) ?? 0) + 1);
        if (!target) broken.push(`${file}: ${address}`);
        // The data catalogue's #names are RDF identifiers of its datasets, not places on a page.
        else if (
          fragment &&
          !file.startsWith('/data/katalog.') &&
          target.endsWith('.html') &&
          !page(dist, target).querySelector(`[id="${fragment}"]`)
        ) {
          broken.push(`${file}: ${address} (#${fragment})`);
        }
      }
    }
    expect(broken).toEqual([]);
    // The feeds, the sitemap, robots.txt and the data files each held addresses to check.
    for (const kind of ['flode.xml', 'sitemap.xml', 'robots.txt', 'data', 'planer', 'senaste-andringar'])
      expect(checked.get(kind) ?? 0, kind).toBeGreaterThan(0);
  });

  it('every chart download and data file the pages link to is there', () => {
    const linked = new Set(
      pages.flatMap((file) =>
        page(dist, file)
          .querySelectorAll('a[href^="/diagram/"], a[href^="/data/"]')
          .map((a) => a.getAttribute('href')!),
      ),
    );
    expect([...linked].filter((href) => href.startsWith('/diagram/')).length).toBeGreaterThan(10);
    expect([...linked].filter((href) => href.startsWith('/data/')).length).toBeGreaterThan(10);
    for (const href of linked) expect(fileFor(dist, href), href).toBeDefined();
    // And every file under /diagram/ is linked from a page: none is left over.
    for (const file of filesIn(dist).filter((f) => f.startsWith('/diagram/')))
      expect(linked.has(file), file).toBe(true);
  });

  it('filter links on plan pages say how many items the view they open shows', () => {
    const plan = page(dist, '/planer/rs-plan-och-budget-2024/index.html');
    const links = plan.querySelectorAll('nav.filter a');
    expect(links.length).toBeGreaterThan(5);
    for (const a of links) {
      const count = Number(/\((\d+)\)$/.exec(textOf(a))![1]);
      const target = page(dist, fileFor(dist, a.getAttribute('href')!.split('#')[0])!);
      expect(target.querySelectorAll('section[aria-labelledby="lista"] ul.item-list li').length, textOf(a)).toBe(count);
    }
  });
});

describe('charts', () => {
  const figures = () =>
    pages.flatMap((file) =>
      page(dist, file)
        .querySelectorAll('figure.chart')
        .map((figure) => ({ file, figure })),
    );

  it('exist on the start, plan, report, activity and nyckeltal pages', () => {
    const files = new Set(figures().map((f) => f.file));
    for (const file of [
      '/index.html',
      '/planer/rs-plan-och-budget-2024/index.html',
      '/rapporter/tertialrapport-per-april-2024/index.html',
      '/aktiviteter/rs-plan-och-budget-2024/index.html',
      '/nyckeltal/serviceniva-helpdesk/index.html',
      '/nyckeltal/nettokostnad-primarvard/index.html',
    ]) {
      expect(files.has(file), file).toBe(true);
    }
  });

  it('each has a headline, a summary sentence and an image with an accessible name and description', () => {
    for (const { file, figure } of figures()) {
      expect(textOf(figure.querySelector('figcaption .chart-title')), file).not.toBe('');
      expect(textOf(figure.querySelector('figcaption .chart-summary')), file).toMatch(/\.$/);
      const svg = figure.querySelector('svg[role="img"]')!;
      const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(svg.querySelector(`title[id="${titleId}"]`)?.text, file).toBeTruthy();
      expect(svg.querySelector(`desc[id="${descId}"]`)?.text, file).toBeTruthy();
      expect(figure.querySelectorAll('script'), file).toHaveLength(0);
    }
  });

  it('each has a table beside it with the same numbers as it draws', () => {
    for (const { file, figure } of figures()) {
      const table = figure.querySelector('table.chart-table')!;
      expect(textOf(table.querySelector('caption')), file).not.toBe('');
      const region = figure.querySelector('section.table-wrap[tabindex="0"]');
      expect(region?.getAttribute('aria-labelledby'), file).toBe(table.querySelector('caption')?.getAttribute('id'));
      const decimals = Number(table.getAttribute('data-decimals'));
      const round = (n: number) => Number(n.toFixed(decimals));
      const shown = table
        .querySelectorAll('td.num:not(.empty)')
        .map((td) => parseSwedishNumber(td.text))
        .sort((a, b) => a - b);
      // Every drawing of the chart (narrow and wide) draws the table's numbers.
      const drawings = figure.querySelectorAll('svg.chart-svg');
      expect(drawings.length, file).toBeGreaterThan(0);
      for (const svg of drawings) {
        const drawn = svg
          .querySelectorAll('[data-value]')
          .map((e) => round(Number(e.getAttribute('data-value'))))
          .sort((a, b) => a - b);
        expect(drawn.length, file).toBeGreaterThan(0);
        expect(shown, `${file} ${table.getAttribute('data-chart')}`).toEqual(drawn);
      }
    }
  });

  it('each shows status by word and shape beside the colour', () => {
    let bars = 0;
    for (const { file, figure } of figures()) {
      for (const bar of figure.querySelectorAll('rect.bar')) {
        bars += 1;
        const group = bar.parentNode as HTMLElement;
        expect(textOf(group.querySelector('text')), file).not.toBe('');
        expect(group.querySelector('g[class^="st-"] circle, g[class^="st-"] path'), file).not.toBeNull();
        expect(bar.getAttribute('fill'), file).toMatch(/^url\(#/);
      }
    }
    expect(bars).toBeGreaterThan(0);
    let tags = 0;
    each((file, root) => {
      for (const tag of root.querySelectorAll('.status')) {
        tags += 1;
        expect(tag.querySelector('svg.status-icon'), file).not.toBeNull();
        expect(textOf(tag), file).not.toBe('');
      }
    });
    expect(tags).toBeGreaterThan(0);
  });

  it('each offers its numbers as CSV and its drawing as SVG, with the same numbers', () => {
    for (const { file, figure } of figures()) {
      const id = figure.querySelector('table.chart-table')!.getAttribute('data-chart')!;
      const csvHref = figure.querySelector(`a[href="/diagram/${id}.csv"]`)?.getAttribute('href');
      const svgHref = figure.querySelector(`a[href="/diagram/${id}.svg"]`)?.getAttribute('href');
      expect([csvHref, svgHref], file).toEqual([`/diagram/${id}.csv`, `/diagram/${id}.svg`]);

      const csv = readFileSync(join(dist, csvHref!), 'utf8');
      expect(csv.startsWith('\ufeff'), id).toBe(true);
      expect(csv.endsWith('\r\n'), id).toBe(true);
      const [header, ...rows] = parseCsv(csv);
      const table = figure.querySelector('table.chart-table')!;
      const headers = table.querySelectorAll('thead th');
      // Every chart names its source, and its CSV credits it on every row.
      const sourceLine = figure.querySelectorAll('.chart-source').find((p) => textOf(p).startsWith('Källa: '));
      expect(sourceLine, id).toBeDefined();
      const source = textOf(sourceLine).replace(/^Källa: /, '');
      expect(header, id).toEqual([...headers.map(textOf), 'exempel', 'källa']);
      expect(new Set(rows.map((row) => row.at(-1))), id).toEqual(new Set([source]));
      const example = new Set(rows.map((row) => row.at(-2)));
      expect(example.size === 1 && (example.has('ja') || example.has('nej')), id).toBe(true);
      const numeric = headers.flatMap((th, i) => (th.classList.contains('num') ? [i] : []));
      const numbers = rows
        .flatMap((row) => numeric.map((i) => row[i]).filter((cell) => cell !== ''))
        .map((cell) => {
          expect(cell, id).toMatch(/^-?\d+(,\d+)?$/);
          return Number(cell.replace(',', '.'));
        });
      const drawn = figure
        .querySelector('svg.chart-svg')!
        .querySelectorAll('[data-value]')
        .map((e) => Number(e.getAttribute('data-value')));
      expect(
        numbers.sort((a, b) => a - b),
        id,
      ).toEqual(drawn.sort((a, b) => a - b));

      const svg = readFileSync(join(dist, svgHref!), 'utf8');
      expect(svg, id).toMatch(
        /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
      );
      expect(svg, id).toContain('<style>');
      expect(svg, id).toContain('<title');
      // Away from its page the drawing still says whose it is, where it comes from and, for made-up values, that they are.
      const words = svgWords(svg);
      // The address is the last note; a long one is broken over lines (after its slashes where it can be).
      const address = /Insyn, Region Jämtland Härjedalen: https:\/\/insyn\.example(\/.*?)\s*$/
        .exec(words)?.[1]
        .replace(/ /g, ''); // an address has no spaces
      expect(address, id).toBeDefined();
      expect(page(dist, fileFor(dist, address!)!).querySelector(`#diagram-${id}`), id).not.toBeNull();
      expect(words.includes('EXEMPEL – påhittade värden'), id).toBe(example.has('ja'));
    }
  });

  it('a Kolada nyckeltal has a plain title, Kolada’s name and definition under Om nyckeltalet, and its place among all regions', () => {
    const entry = catalog.nyckeltal.get('nettokostnad-primarvard')!;
    const root = page(dist, '/nyckeltal/nettokostnad-primarvard/index.html');
    expect(textOf(root.querySelector('h1'))).toBe('Primärvårdens kostnad per invånare');
    const about = textOf(root.querySelector('#om-nyckeltalet')!.parentNode);
    expect(about).toContain(entry.data.source.originalTitle!);
    expect(about).toContain(entry.data.source.definition!);
    expect(about).toContain('löpande priser');
    const rows = root.querySelectorAll(
      '#alla-regioner ~ .table-wrap tbody tr, section[aria-labelledby="alla-regioner"] tbody tr',
    );
    expect(rows).toHaveLength(21);
    const own = rows.find((r) => textOf(r.querySelector('th')) === 'Region Jämtland Härjedalen')!;
    const place = textOf(own.querySelector('td'));
    expect(textOf(root.querySelector('main'))).toContain(`Plats ${place} av 21 bland regionerna 2022`);
    expect(root.querySelector('a[href^="https://api.kolada.se"]')).toBeNull();
  });

  it('label the made-up results of a 2024 nyckeltal as examples, and Kolada’s values as not', () => {
    const csvOf = (id: string) => parseCsv(readFileSync(join(dist, `diagram/${id}.csv`), 'utf8')).slice(1);
    // The last column credits the source; the one before it says whether the values are examples.
    expect(csvOf('nyckeltal-it-sakerhet-system-utfall').every((row) => row.at(-2) === 'ja')).toBe(true);
    expect(csvOf('nyckeltal-nettokostnad-primarvard-kolada').every((row) => row.at(-2) === 'nej')).toBe(true);
    expect(csvOf('nyckeltal-nettokostnad-primarvard-kolada').every((row) => row.at(-1)!.startsWith('Kolada'))).toBe(
      true,
    );
    const svg = readFileSync(join(dist, 'diagram/nyckeltal-it-sakerhet-system-utfall.svg'), 'utf8');
    expect(svgWords(svg)).toContain('EXEMPEL – påhittade värden');
    expect(svgWords(svg)).toContain(
      'Antalet nyckeltal per status: Tertialrapport per april 2024 (RS/99/2024). Målvärde och utfall: exempel.',
    );
  });
});

describe('what the pages say', () => {
  const text = (path: string) => textOf(page(dist, fileFor(dist, path)!).querySelector('main'));

  it('the 2020 plan speaks its own words, gives the stated counts with their source and is marked as earlier', () => {
    const root = page(dist, '/planer/rs-verksamhetsplan-2020/index.html');
    expect(textOf(root.querySelector('main'))).toContain('innehåller planen 26 resultatmål och 14 mätetal');
    expect(textOf(root.querySelector('.plan-badge'))).toBe('Tidigare plan');
    const hrefs = root.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/planer/rs-plan-och-budget-2024/');
    expect(hrefs).toContain('/planer/rs-plan-och-budget-2025/');
    expect(hrefs).toContain('/dokument/rs-verksamhetsplan-2020/');
    expect(
      page(dist, '/planer/rs-plan-och-budget-2024/index.html')
        .querySelectorAll('.plan-lineage a')
        .map((a) => a.getAttribute('href')),
    ).toContain('/planer/rs-verksamhetsplan-2020/');
  });

  it('a decision known only to the month shows the month and no day', () => {
    const main = text('/beslut/rf-2024-02-paragraf-19/');
    expect(main).toContain('RF februari 2024 § 19');
    expect(fact(page(dist, '/beslut/rf-2024-02-paragraf-19/index.html'), 'Sammanträde')).toBe('februari 2024');
    expect(main).not.toMatch(/2024-02-\d\d|\d+ februari 2024/);
  });

  it('a report without a date says the date is not in the sources', () => {
    expect(fact(page(dist, '/rapporter/tertialrapport-per-april-2024/index.html'), 'Datum')).toBe('Saknas i källan');
    expect(fact(page(dist, '/rapporter/uppfoljning-rs-plan-och-budget-2024/index.html'), 'Datum')).toBe('7 maj 2024');
  });

  it('a nyckeltal that could not be measured says so and shows no zero', () => {
    const main = text('/nyckeltal/frisktal/');
    expect(main).toContain('Går ej att mäta');
    expect(main).toContain('Nyckeltalet gick inte att mäta per april 2024');
    expect(main).not.toMatch(/(^|\s)0 %/);
  });

  it('Kolada statistics are credited', () => {
    expect(text('/nyckeltal/nettokostnad-primarvard/')).toContain('Källa: Kolada (N71007), hämtat augusti 2024');
  });

  it('every cited decision shows its body, date, § and diarienummer', () => {
    let cites = 0;
    each((file, root) => {
      for (const cite of root.querySelectorAll('.decision-cite')) {
        cites += 1;
        expect(textOf(cite), file).toMatch(
          /^(RS|RF|RUN) .+ § \d+ \((Regionstyrelsen|Regionfullmäktige|Regionala utvecklingsnämnden), dnr ([A-ZÅÄÖ]+\/\d+\/\d{4}|saknas i källan)\)/,
        );
      }
    });
    expect(cites).toBeGreaterThan(0);
  });

  it('numbers in tables are Swedish: grouped with spaces, decimal comma', () => {
    let numbers = 0;
    each((file, root) => {
      for (const td of root.querySelectorAll('td.num:not(.empty)')) {
        numbers += 1;
        expect(plain(td.text), file).toMatch(/^-?\d{1,3}( \d{3})*(,\d+)?$/);
      }
    });
    expect(numbers).toBeGreaterThan(0);
  });

  it('the accessibility statement has Digg’s headings, the compliance status and the assessment date', () => {
    const root = page(dist, '/tillganglighet/index.html');
    const headings = root.querySelectorAll('main h2').map(textOf);
    expect(headings).toEqual([
      'Hur tillgänglig är webbplatsen?',
      'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      'Rapportera brister i webbplatsens tillgänglighet',
      'Tillsyn',
      'Teknisk information om webbplatsens tillgänglighet',
      'Innehåll som inte är tillgängligt',
      'Hur vi testat webbplatsen',
    ]);
    const main = textOf(root.querySelector('main'));
    expect(main).toContain('delvis förenlig');
    expect(main).toMatch(/Den senaste bedömningen gjordes \d{1,2} \p{L}+ \d{4}\./u);
    expect(root.querySelector('a[href="https://www.digg.se/tdosanmalan"]')).not.toBeNull();
  });

  it('has a 404 page that is not indexed', () => {
    const root = page(dist, '/404.html');
    expect(textOf(root.querySelector('h1'))).toBe('Sidan finns inte');
    expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('routes', () => {
  it('uses the URL contract for every collection', () => {
    expect(Object.values(COLLECTION_PATHS).sort()).toEqual(
      [
        'aktiviteter',
        'beslut',
        'dokument',
        'enheter',
        'nyckeltal',
        'organ',
        'organisation',
        'perioder',
        'planer',
        'rapporter',
        'strategier',
        'uppdrag',
      ].sort(),
    );
  });
});

describe('the report sheets offered for download', () => {
  it('links from /om/ each plan in use’s sheets, each a workbook with every item of its plan', async () => {
    const sheets = sheetDownloads(catalog);
    expect(sheets.length).toBeGreaterThan(0);
    const links = page(dist, '/om/index.html')
      .querySelectorAll('main a[download]')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(sheets.map((sheet) => sheet.href));
    for (const sheet of sheets) {
      const read = await readWorkbookTable(readFileSync(join(dist, sheet.href)));
      expect(read.problems, sheet.href).toEqual([]);
      const ids = read.table!.rows.map((row) => String(row.cells[SHEET_COLUMNS.id]));
      const items = [...entries(catalog, 'uppdrag'), ...entries(catalog, 'nyckeltal')].filter(
        (item) => item.data.plan.id === sheet.plan,
      );
      expect(ids.sort(), sheet.href).toEqual(items.map((item) => item.id).sort());
    }
  });
});
