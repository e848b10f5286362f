/**
 * The page design over the built site: breadcrumbs on every page but the start page that
 * agree with the menu, no single value drawn as a line, the decision register sorted and
 * filtered without JavaScript, the start page's headline and the contact placeholder.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sv } from '#lib/i18n/sv.ts';
import { formatDate } from '#lib/core/format.ts';
import { periodLabel } from '#lib/core/titles.ts';
import { decisionRegister } from '#lib/views/decisions-view.ts';
import { nyckeltalResultChart } from '#lib/charts/charts.ts';
import { isOverdue, latestEconomy, startHeadline } from '#lib/views/start-view.ts';
import { builtSite, page, PRINT_DATE_SCRIPT, sitePages, textOf } from '../helpers/built-site.ts';
import { validateFrozen } from '../helpers/content.ts';
import { plain } from '../helpers/text.ts';

const { catalog } = validateFrozen();
let dist = '';
let pages: string[] = [];

beforeAll(() => {
  dist = builtSite();
  pages = sitePages(dist);
}, 300_000);

describe('breadcrumbs and menu', () => {
  it('every page but the start page has breadcrumbs, ending in the page itself', () => {
    const missing = pages.filter((f) => f !== '/index.html' && !page(dist, f).querySelector('nav.breadcrumbs'));
    expect(missing).toEqual([]);
    expect(page(dist, '/index.html').querySelector('nav.breadcrumbs')).toBeNull();
    for (const file of pages.filter((f) => f !== '/index.html')) {
      const last = page(dist, file).querySelector('nav.breadcrumbs li:last-child');
      expect(last?.getAttribute('aria-current'), file).toBe('page');
    }
  });

  it('the menu is a "Meny" disclosure with Uppdrag, and marks the section the breadcrumbs name', () => {
    for (const file of pages) {
      const root = page(dist, file);
      const menu = root.querySelector('header details.site-menu');
      expect(textOf(menu?.querySelector('summary')), file).toBe('Meny');
      const links = menu!.querySelectorAll('nav.site-nav a');
      expect(
        links.map((a) => a.getAttribute('href')),
        file,
      ).toEqual(sv.nav.map((n) => n.href));
      const current = links.filter((a) => a.getAttribute('aria-current'));
      const crumbs = root.querySelectorAll('nav.breadcrumbs a').map((a) => a.getAttribute('href'));
      const section = crumbs.find((href) => sv.nav.some((n) => n.href === href));
      if (section)
        expect(
          current.map((a) => a.getAttribute('href')),
          file,
        ).toEqual([section]);
      expect(current.length, file).toBeLessThanOrEqual(1);
    }
  });

  it('the report pages sit under Rapporter in both the breadcrumbs and the menu', () => {
    const report = page(dist, '/rapporter/tertialrapport-per-april-2024/index.html');
    expect(report.querySelectorAll('nav.breadcrumbs a').map((a) => a.getAttribute('href'))).toEqual([
      '/',
      '/rapporter/',
    ]);
    expect(report.querySelector('nav.site-nav a[aria-current]')?.getAttribute('href')).toBe('/rapporter/');
  });

  it('uses one search form component outside the search page: one per page, the same markup', () => {
    for (const file of pages.filter((f) => f !== '/sok/index.html')) {
      const forms = page(dist, file).querySelectorAll('form[role="search"]');
      expect(forms.length, file).toBeGreaterThanOrEqual(1);
      expect(page(dist, file).querySelectorAll('header form[role="search"]').length, file).toBeLessThanOrEqual(1);
      for (const form of forms) {
        expect(form.getAttribute('class'), file).toBe('search-box');
        expect(form.querySelector('.search-box-row input[name="q"] + button[type="submit"]'), file).not.toBeNull();
      }
    }
  });
});

describe('nyckeltal charts', () => {
  it('no single-value nyckeltal is drawn as a line: one result is a bar against "Mål …"', () => {
    let singles = 0;
    for (const entry of catalog.nyckeltal.values()) {
      const spec = nyckeltalResultChart(catalog, entry);
      if (!spec) continue;
      const figure = page(dist, `/nyckeltal/${entry.id}/index.html`).querySelector(`#diagram-${spec.id}`)!;
      const svg = figure.querySelector('svg.chart-svg')!;
      const values = entry.data.results.length;
      if (values === 1) {
        singles += 1;
        expect(svg.classList.contains('chart-lines'), entry.id).toBe(false);
        expect(svg.classList.contains('chart-value-target'), entry.id).toBe(true);
        const target = spec.kind === 'value' ? spec.target : undefined;
        const label = svg.querySelector('.chart-target-label');
        expect(label && plain(textOf(label)), entry.id).toEqual(
          target === undefined ? null : expect.stringMatching(/^Mål \d/),
        );
      }
    }
    expect(singles).toBeGreaterThan(0);
  });
});

describe('decision register', () => {
  const rowsOf = (file: string) =>
    page(dist, file)
      .querySelectorAll('table.register tbody tr')
      .map((tr) => ({
        date: tr.querySelector('td[data-date]')!.getAttribute('data-date')!,
        href: tr.querySelector('th a')!.getAttribute('href')!,
      }));

  it('/beslut/ is a table of every decision, newest meeting first, the title as the link', () => {
    const rows = rowsOf('/beslut/index.html');
    expect(rows.map((r) => r.href)).toEqual(decisionRegister(catalog).map((r) => r.href));
    const days = rows.map((r) => (r.date.length === 7 ? `${r.date}-01` : r.date));
    expect(days).toEqual([...days].sort().reverse());
    const headers = page(dist, '/beslut/index.html').querySelectorAll('table.register thead th').map(textOf);
    expect(headers).toEqual(['Datum', 'Organ', '§', 'Rubrik', 'Diarienummer']);
  });

  it('filters by body and year with plain links to built pages that hold only the matching decisions', () => {
    const root = page(dist, '/beslut/index.html');
    const links = root.querySelectorAll('nav.filter a').map((a) => a.getAttribute('href')!.replace(/#.*$/, ''));
    expect(links.length).toBeGreaterThan(3);
    // No script filters: the only script is the print date's, on every page.
    expect(
      root.querySelectorAll('script').filter((script) => !PRINT_DATE_SCRIPT.test(script.getAttribute('src') ?? '')),
    ).toHaveLength(0);
    for (const href of links) {
      const file = `${href}index.html`;
      expect(pages, href).toContain(file);
      // /beslut/ or /beslut/urval/<organ>/<år>/
      const [, , , organ = 'alla', year = 'alla'] = href.split('/');
      const expected = decisionRegister(catalog).filter(
        (r) => (organ === 'alla' || r.body.id === organ) && (year === 'alla' || r.year === year),
      );
      expect(expected.length, href).toBeGreaterThan(0);
      expect(
        rowsOf(file).map((r) => r.href),
        href,
      ).toEqual(expected.map((r) => r.href));
    }
  });
});

describe('start page', () => {
  it('leads with the newest followed-up plan’s figures and the ONS-style dates line', () => {
    const headline = startHeadline(catalog)!;
    const root = page(dist, '/index.html');
    const figures = root.querySelectorAll('.headline .big-figures dd').map((dd) => Number(textOf(dd)));
    expect(figures).toEqual(headline.nyckeltal.figures.map((f) => f.count));
    const published = headline.published ? formatDate(headline.published) : 'datum finns inte i underlagen';
    // A next follow-up past its expected day is said to be missing, not named as coming.
    const overdue = headline.next && isOverdue(headline.next, new Date().toISOString().slice(0, 10));
    const next = headline.next && !overdue ? ` · nästa uppföljning: ${periodLabel(headline.next)}` : '';
    const dnr = headline.report.data.dnr ? ` (${headline.report.data.dnr})` : '';
    expect(plain(textOf(root.querySelector('.headline-dates')))).toBe(
      `Uppföljt per ${formatDate(headline.period.data.endDate)} · publicerat ${published}${next} · Källa: ${headline.report.data.title}${dnr}`,
    );
    expect(textOf(root.querySelector('.overdue'))).toBe(
      overdue ? `Nästa uppföljning, ${periodLabel(headline.next!)}, har inte publicerats här.` : '',
    );
    // The economy leads, with its source document.
    const economy = latestEconomy(catalog);
    expect(root.querySelector('main .economy a')?.getAttribute('href') ?? undefined).toBe(
      economy && `/dokument/${economy.document.id}/`,
    );
    const h2s = root.querySelectorAll('main h2').map(textOf);
    expect(h2s).toContain('Planer som inte har följts upp ännu');
    expect(root.querySelector('a[href="/flode.xml"]')).not.toBeNull();
  });
});

describe('contact', () => {
  it('the accessibility statement and /om/ give the contact routes, labelled while not set', () => {
    for (const file of ['/tillganglighet/index.html', '/om/index.html']) {
      const root = page(dist, file);
      expect(root.querySelector('dl.contact-list'), file).not.toBeNull();
      expect(plain(textOf(root.querySelector('main')))).not.toMatch(/hur[A-ZÅÄÖ]/);
    }
  });
});
