/**
 * The English catalogue says everything the Swedish one says, in English: every text and
 * every text function (called with plausible English samples, for both kinds of
 * organisation) is non-empty, has no Swedish interface word and differs from the Swedish
 * text, unless it has no letters or is listed below as the same in both languages.
 */
import { describe, expect, it } from 'vitest';
import * as svLabels from '#lib/core/labels.ts';
import { kindWords, type KindWords } from '#lib/core/organisation-words.ts';
import { en } from '#lib/i18n/en.ts';
import { KIND_WORDS_EN, kindWordsEn } from '#lib/i18n/kind-words-en.ts';
import * as enLabels from '#lib/i18n/labels-en.ts';
import { messages } from '#lib/i18n/index.ts';
import { swedishWords } from '#lib/i18n/swedish-text.ts';
import { sv } from '#lib/i18n/sv.ts';
import type { OrganisationKind } from '../../src/schemas/configuration.ts';

const KINDS: OrganisationKind[] = ['region', 'kommun'];

/**
 * Texts that are the same word or code in both languages, by path. A function's result
 * (`()`) that only repeats its arguments needs no entry: their words are not the catalogue's.
 */
const SAME_IN_BOTH = new Set([
  'site.name',
  'feeds.site.href',
  'components.itemPlace.plan',
  'pages.activities.plan',
  'pages.unit.organisation',
  'pages.body.organisation',
  'pages.about.excel',
  'pages.organisation.kind',
  'pages.report.plan',
  /** Capitalises its argument, "region" → "Region". */
  'pages.nyckeltal.peer()',
  'pages.lists.decisions.exampleCitation',
  'pages.lists.decisions.exampleDnr',
  'pages.openData.kolada',
  'pages.openData.planPath',
  'pages.openData.format',
  'pages.openData.csv',
  'pages.openData.json',
  'pages.openData.jsonSchema',
  'charts.status.status',
  'charts.nyckeltal.period',
  'charts.nyckeltal.plan',
  'searchPage.filters.plan',
  'charts.nyckeltal.status',
  'dataFiles.docs.types.text',
  'dataFiles.docs.types.ref',
  /** A size in kB reads the same in both languages. */
  'dataFiles.facts.kilobytes()',
]);

/** Glossary terms that are the same abbreviation or name in both languages. */
const SAME_TERMS = new Set(['mnkr', 'kr/inv', 'Kolada']);

/** A plausible English value for each parameter name the Swedish functions use. */
const SAMPLES: Record<string, unknown[]> = {
  owner: ['Region Gotland'],
  name: ['Insyn'],
  organisation: ['Region Gotland'],
  publisher: ['Region Gotland'],
  site: ['Insyn'],
  language: ['Northern Sami'],
  translator: ['Anna Lind'],
  date: ['7 May 2024', undefined],
  plan: ['Plan and budget 2024', undefined],
  period: ['as of April 2024'],
  count: [0, 1, 3, 1234],
  total: [1, 38, 1234],
  shown: [1, 5],
  order: [2],
  day: ['7 May 2024'],
  year: [2023],
  title: ['Net cost trend'],
  dnr: ['RS/595/2023', null],
  roles: ['adopted'],
  uppdrag: ['assignments'],
  nyckeltal: ['key indicators'],
  body: ['the Regional Executive Board'],
  noun: ['Assignment'],
  nouns: ['Assignments and key indicators'],
  value: ['26 %'],
  many: ['regions'],
  one: ['region'],
  lowest: [true, false],
  county: ['Gotland County'],
  source: ['Kolada'],
  items: ['assignments'],
  strategy: ['Sustainable growth'],
  status: ['fully achieved'],
  criteria: ['year 2023'],
  from: ['partly achieved'],
  to: ['fully achieved'],
  parts: ['38 assignments and 23 key indicators'],
  documents: ['documents'],
  month: ['November 2023'],
  result: ['−471'],
  against: ['492'],
  purpose: [undefined, 'It shows the latest results.'],
  licence: ['CC0 1.0'],
  collection: ['assignments'],
  table: ['uppdrag-status.csv'],
  kind: ["Officer's report"],
  parent: ['Regional staff'],
  words: ['assignments'],
  note: ['Name changed'],
  kinds: [['assignments', 'key indicators']],
  when: ['as of April 2024'],
  counts: ['2 of 38 assignments fully achieved'],
  report: ['Four-monthly report as of April 2024'],
  periods: ['as of August 2024'],
  plans: ['Plan and budget 2024', undefined],
  label: ['Result'],
  unit: ['kr/inv'],
  names: ['Region Gotland and Sweden'],
  latest: [['26 % for Region Gotland (2023)']],
  hasTargets: [true, false],
  rankText: [' Rank 3 of 21 among the regions in 2023, where rank 1 has the lowest value.'],
  kronor: [true, false],
  compared: [undefined, { count: 21, w: KIND_WORDS_EN.region }],
  direction: ['lower', 'higher'],
  place: [3],
  of: [21, '5 assignments'],
  rank: [{ place: 3, of: 21, year: 2023 }],
  inCounty: [undefined, { place: 2, of: 8, name: 'Gotland County' }],
  amount: ['6'],
  above: [true, false],
  target: ['The target value for 2024 is 95 %'],
  distance: ['6 percentage points above the target value', undefined],
  part: ['results', 'series'],
  fromRegionplan: [30],
  own: [8],
  single: [true, false],
  rest: ['3 have the same status as in the previous report'],
  what: ['the description'],
  item: ['id'],
  type: ['number'],
  records: ['list of records'],
  file: ['uppdrag-statuses.csv'],
  list: ['statuses'],
  nested: ['values'],
};

/** Parameters whose value is the kind words, in the language of the catalogue called. */
const KIND_WORD_PARAMETERS = new Set(['w', 'words']);
/** Functions whose `words` is a text, not the kind words. */
const TEXT_WORDS = new Set(['components.planFilter.label']);

function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = fn.toString();
  const list = source.startsWith('(') ? source.slice(1, source.indexOf(')')) : source.slice(0, source.indexOf('=>'));
  return list
    .split(',')
    .map((p) => p.trim().replace(/[?:=].*$/, ''))
    .filter(Boolean);
}

/** Every combination of sample arguments for `fn`, for one kind of organisation. */
function sampleCalls(path: string, fn: (...args: never[]) => unknown, kind: OrganisationKind, lang: 'sv' | 'en') {
  let calls: unknown[][] = [[]];
  for (const name of parameterNames(fn)) {
    let values: unknown[];
    if (KIND_WORD_PARAMETERS.has(name) && !TEXT_WORDS.has(path)) {
      values = [lang === 'sv' ? kindWords(kind) : kindWordsEn(kind)];
    } else {
      values = SAMPLES[name];
      if (!values) throw new Error(`No sample for parameter ${name} of ${path}`);
    }
    calls = calls.flatMap((call) => values.map((value) => [...call, value]));
  }
  return calls;
}

interface Text {
  path: string;
  sv: string;
  en: string;
  /** The English arguments of the function that said the text, if one did. */
  args?: unknown[];
}

/** Walks both catalogues side by side and collects every text, calling every function. */
function collect(svNode: unknown, enNode: unknown, path: string, out: Text[], args?: unknown[]): void {
  if (typeof svNode === 'string') {
    expect(typeof enNode, path).toBe('string');
    out.push({ path, sv: svNode, en: enNode as string, args });
  } else if (typeof svNode === 'function') {
    expect(typeof enNode, path).toBe('function');
    const svFn = svNode as (...args: unknown[]) => unknown;
    const enFn = enNode as (...args: unknown[]) => unknown;
    for (const kind of KINDS) {
      const svCalls = sampleCalls(path, svFn, kind, 'sv');
      const enCalls = sampleCalls(path, svFn, kind, 'en');
      svCalls.forEach((args, i) => collect(svFn(...args), enFn(...enCalls[i]), `${path}()`, out, enCalls[i]));
    }
  } else if (Array.isArray(svNode)) {
    expect(Array.isArray(enNode), path).toBe(true);
    expect((enNode as unknown[]).length, path).toBe(svNode.length);
    svNode.forEach((item, i) => collect(item, (enNode as unknown[])[i], `${path}[${i}]`, out, args));
  } else if (svNode && typeof svNode === 'object') {
    expect(Object.keys(enNode as object).sort(), path).toEqual(Object.keys(svNode).sort());
    for (const [key, value] of Object.entries(svNode)) {
      collect(value, (enNode as Record<string, unknown>)[key], path ? `${path}.${key}` : key, out, args);
    }
  } else {
    expect(enNode, path).toBe(svNode);
  }
}

const texts: Text[] = [];
collect(sv, en, '', texts);
const indexPath = (path: string) => path.replace(/\[\d+\]/g, '');

/** An address (`/en/planer/`, `/flode.xml`) is not text: its words are the routes'. */
const isAddress = (text: string) => /^\/\S*$/.test(text);

/** What is wrong with an English text beside its Swedish counterpart, if anything. */
function problems({ path, sv: svText, en: enText, args = [] }: Text, same: Set<string>): string[] {
  const found: string[] = [];
  // An id (a glossary entry's anchor) is an address, the same in both languages.
  if (/^glossary\.groups(\.terms)?\.id$/.test(indexPath(path))) return found;
  if (indexPath(path) === 'glossary.groups.terms.term' && SAME_TERMS.has(enText)) return found;
  if (enText.trim() === '') found.push(`${path} is empty`);
  const swedish = isAddress(enText) ? [] : swedishWords(enText);
  if (swedish.length > 0) found.push(`${path} has Swedish words ${swedish.join(', ')}: ${enText}`);
  const ownText = args.reduce<string>(
    (text, arg) => (typeof arg === 'string' ? text.replaceAll(arg, '') : text),
    enText,
  );
  if (/\p{L}/u.test(ownText) && !same.has(indexPath(path)) && enText === svText) {
    found.push(`${path} is the Swedish text: ${enText}`);
  }
  return found;
}

describe('the English catalogue', () => {
  it('is the catalogue for en, and the Swedish one for sv', () => {
    expect(messages('en')).toBe(en);
    expect(messages('sv')).toBe(sv);
  });

  it('has every text and function of the Swedish one, and calls them all', () => {
    expect(texts.length).toBeGreaterThan(700);
    expect(texts.filter((t) => t.path.endsWith('()')).length).toBeGreaterThan(250);
  });

  it('says everything in English', () => {
    expect(texts.flatMap((text) => problems(text, SAME_IN_BOTH))).toEqual([]);
  });

  it('writes numbers the English way', () => {
    expect(en.components.decisionRegister.caption(1234)).toBe('1,234 decisions, the latest first');
    expect(en.chart.rows(1)).toBe('1 row');
    expect(en.pages.examples.count(5, 1234)).toBe('5 of 1,234');
  });

  it('lists only texts that really are the same in both languages', () => {
    const paths = new Set(texts.map((t) => indexPath(t.path)));
    for (const path of SAME_IN_BOTH) expect(paths, path).toContain(path);
  });
});

describe('the English content-model words', () => {
  const svModule = svLabels as Record<string, unknown>;
  const enModule = enLabels as Record<string, unknown>;
  const labels: Text[] = [];
  collect(svModule, enModule, '', labels);

  it('have the same names and keys as the Swedish ones', () => {
    expect(Object.keys(enModule).sort()).toEqual(Object.keys(svModule).sort());
    expect(labels.length).toBeGreaterThan(80);
  });

  it('are all English', () => {
    const same = new Set([
      'COLLECTION_LABELS.organisations.one',
      'COLLECTION_LABELS.plans.one',
      'DOCUMENT_KIND_LABELS.plan',
    ]);
    expect(labels.flatMap((label) => problems(label, same))).toEqual([]);
  });
});

describe('the English kind words', () => {
  it.each(KINDS)('are complete and English for a %s', (kind) => {
    const svWords: KindWords = kindWords(kind);
    const enWords: KindWords = KIND_WORDS_EN[kind];
    expect(kindWordsEn(kind)).toBe(enWords);
    expect(Object.keys(enWords).sort()).toEqual(Object.keys(svWords).sort());
    const words = (Object.keys(svWords) as (keyof KindWords)[]).map((key) => ({
      path: key,
      sv: svWords[key],
      en: enWords[key],
    }));
    /** "region" is the English word too. */
    const same = new Set(kind === 'region' ? ['one'] : []);
    expect(words.flatMap((word) => problems(word, same))).toEqual([]);
  });
});
