/** The English pages' addresses, their links, and the words chosen per interface language. */
import { describe, expect, it } from 'vitest';
import * as svFormat from '#lib/core/format.ts';
import * as svLabels from '#lib/core/labels.ts';
import { localiseLinks } from '#lib/core/localised-links.ts';
import {
  EASY_READ_HREF,
  archivedHref,
  chartFileHref,
  embedHref,
  hasEnglishPage,
  href,
  hrefFor,
  swedishPath,
} from '#lib/core/routes.ts';
import { kindWords } from '#lib/core/organisation-words.ts';
import { langOf, messages } from '#lib/i18n/index.ts';
import { en } from '#lib/i18n/en.ts';
import { sv } from '#lib/i18n/sv.ts';
import { words } from '#lib/i18n/words.ts';
import { HOME, crumbsIn } from '#lib/views/breadcrumbs.ts';
import * as enLabels from '#lib/i18n/labels-en.ts';
import { KIND_WORDS_EN } from '#lib/i18n/kind-words-en.ts';

describe('href', () => {
  it('puts a page under /en/ for English and leaves Swedish as it is', () => {
    const plan = hrefFor({ collection: 'plans', id: 'x' });
    expect(href('en', plan)).toBe('/en/planer/x/');
    expect(href('sv', plan)).toBe(plan);
    expect(href('en', '/')).toBe('/en/');
    expect(href('en', '/sok/?q=ekonomi')).toBe('/en/sok/?q=ekonomi');
    // A link the English catalogue already writes under /en/ stays there, or goes back to a Swedish-only page.
    expect(href('en', '/en/planer/')).toBe('/en/planer/');
    expect(href('en', `/en${embedHref('c')}`)).toBe(embedHref('c'));
    expect(href('en', EASY_READ_HREF)).toBe(`/en${EASY_READ_HREF}`);
    expect(href('sv', '/en/planer/')).toBe('/planer/');
  });

  it('keeps data, feeds, downloads and Swedish-only pages at their one address', () => {
    for (const path of [
      chartFileHref('c', 'csv'),
      chartFileHref('c', 'svg'),
      '/flode.xml',
      '/planer/x/flode.xml',
      '/data/uppdrag.json',
      '/farger.css',
      '/_astro/a.css',
      embedHref('c'),
      archivedHref('2026-12-05', { collection: 'uppdrag', id: 'x' }),
      '//elsewhere.example/',
    ])
      expect(href('en', path), path).toBe(path);
  });

  it('is undone by swedishPath', () => {
    for (const path of ['/', '/planer/', '/planer/x/urval/alla/y/', '/en-annan/'])
      expect(swedishPath(href('en', path))).toBe(path);
    expect(hasEnglishPage('/en-annan/')).toBe(true);
  });
});

describe('localiseLinks', () => {
  const html =
    '<a href="/planer/">P</a><a class="x" href="/diagram/a.svg">D</a><form action="/sok/" method="get"></form>' +
    '<a href="/uppdrag/" data-lang-switch>S</a><link rel="canonical" href="/x/"><a href="https://a.example/">A</a>';

  it('points an English page’s page links at English pages', () => {
    expect(localiseLinks(html, 'en')).toBe(
      '<a href="/en/planer/">P</a><a class="x" href="/diagram/a.svg">D</a><form action="/en/sok/" method="get"></form>' +
        '<a href="/uppdrag/" data-lang-switch>S</a><link rel="canonical" href="/x/"><a href="https://a.example/">A</a>',
    );
  });

  it('leaves a Swedish page untouched', () => {
    expect(localiseLinks(html, 'sv')).toBe(html);
  });
});

describe('the language of a page and its words', () => {
  it('is English under the en locale, else Swedish', () => {
    expect(langOf('en')).toBe('en');
    expect(langOf('sv')).toBe('sv');
    expect(langOf(undefined)).toBe('sv');
  });

  it('chooses each language’s catalogue, labels, kind words and formatters', () => {
    expect(messages('sv')).toBe(sv);
    expect(messages('en')).toBe(en);
    const swedish = words('sv');
    expect(swedish.m).toBe(sv);
    expect(swedish.labels.STATUS_LABELS).toBe(svLabels.STATUS_LABELS);
    expect(swedish.kind('region')).toEqual(kindWords('region'));
    expect(swedish.format.formatDate).toBe(svFormat.formatDate);
    const english = words('en');
    expect(english.m).toBe(en);
    expect(english.labels.STATUS_LABELS).toBe(enLabels.STATUS_LABELS);
    expect(english.kind('kommun')).toBe(KIND_WORDS_EN.kommun);
  });
});

describe('crumbsIn', () => {
  const trail = [
    HOME,
    { label: 'Planer', href: '/planer/' },
    { label: 'Regionplan', href: '/planer/x/', content: true as const },
    { label: 'Om webbplatsen', href: '/om/' },
  ];

  it('names the start page and lists in the page’s language and marks only titles as Swedish', () => {
    const english = crumbsIn(trail, 'en');
    expect(english.map((crumb) => crumb.label)).toEqual([en.site.home, 'Plans', 'Regionplan', 'Om webbplatsen']);
    expect(english.map((crumb) => crumb.lang)).toEqual([undefined, undefined, 'sv', undefined]);
  });

  it('leaves a Swedish trail as it is', () => {
    expect(crumbsIn(trail, 'sv')).toEqual(trail);
  });
});
