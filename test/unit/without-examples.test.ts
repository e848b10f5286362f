/**
 * The content without its examples (`npm run build -- --utan-exempel`): wholly-example entries
 * go, example fields go, references to what went go with their rows, what real entries cannot
 * be without stays marked, and what remains is valid content.
 */
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '#lib/content/content-files.ts';
import { hasExampleValues, isExample, isExampleField, isNamedExampleField } from '#lib/content/examples.ts';
import { validateFiles } from '#lib/content/validate.ts';
import { searchWordsWithout, withoutExamples } from '#lib/content/without-examples.ts';
import { type Files, sourcesOf } from '../helpers/catalog.ts';
import { sampleSite } from '../helpers/sample-site.ts';

const EXAMPLE = 'Påhittat för att visa sidan.';

/** A small site with one real and one example entry of each kind the rules touch. */
const FILES: Files = {
  organisations: { region: { name: 'Region Prov', website: 'https://region.example/' } },
  bodies: {
    styrelsen: { name: 'Styrelsen', shortName: 'RS', kind: 'styrelse', organisation: 'region', description: 'Leder.' },
  },
  units: {
    staben: { name: 'Staben', organisation: 'region' },
    kansliet: { name: 'Kansliet', organisation: 'region', parent: 'staben', illustrative: EXAMPLE },
    avdelningen: { name: 'Avdelningen', organisation: 'region', illustrative: EXAMPLE },
    ekonomi: { name: 'Ekonomi', organisation: 'region', parent: 'avdelningen' },
  },
  periods: {
    'per-april-2024': { year: 2024, kind: 'april', endDate: '2024-04-30' },
    'per-augusti-2024': { year: 2024, kind: 'augusti', endDate: '2024-08-31', illustrative: EXAMPLE },
  },
  decisions: {
    'rs-1': { body: 'styrelsen', date: '2023-11-08', paragraph: 1, dnr: null, title: 'Plan', summary: 'Antogs.' },
    'rs-2': {
      body: 'styrelsen',
      date: '2024-01-23',
      paragraph: 2,
      dnr: null,
      title: 'Revidering',
      summary: 'Reviderades.',
      illustrative: EXAMPLE,
    },
  },
  plans: {
    regionplan: {
      title: 'Regionplan',
      body: 'styrelsen',
      kind: 'regionplan',
      startYear: 2024,
      endYear: 2026,
      vocabulary: 'uppdrag-nyckeltal',
      summary: 'Fullmäktiges plan.',
      decisions: [],
      periods: [],
    },
    plan: {
      title: 'Planen 2024',
      body: 'styrelsen',
      kind: 'plan-och-budget',
      startYear: 2024,
      endYear: 2024,
      vocabulary: 'uppdrag-nyckeltal',
      parent: 'regionplan',
      summary: 'Styrelsens plan.',
      decisions: [
        { decision: 'rs-1', role: 'faststalld' },
        { decision: 'rs-2', role: 'reviderad' },
      ],
      periods: ['per-april-2024', 'per-augusti-2024'],
      stated: { source: 'tjansteskrivelse', uppdrag: 38, activities: 231 },
      illustrative: 'Uppföljningsplanen är ett exempel.',
      exampleFields: ['periods'],
    },
  },
  strategies: {
    strategi: { title: 'Strategin', plan: 'regionplan', order: 1, description: 'Vård nära.' },
  },
  uppdrag: {
    exempel: {
      title: 'Påhittat uppdrag',
      plan: 'plan',
      strategy: 'strategi',
      origin: 'egen',
      responsibleUnit: 'staben',
      statuses: [],
      illustrative: EXAMPLE,
    },
  },
  nyckeltal: {
    kolada: {
      title: 'Nettokostnad',
      plan: 'plan',
      strategy: 'strategi',
      term: 'langsiktig',
      description: 'Koladas nyckeltal.',
      unit: 'kr/inv',
      direction: 'lower',
      targets: [{ year: 2024, value: 100 }],
      results: [{ period: 'per-april-2024', value: 90, status: 'helt-uppfyllt', comment: 'Påhittat.' }],
      series: [{ area: '0023', name: 'Region Prov', values: [{ year: 2023, value: 95 }] }],
      source: { name: 'Kolada', kolada: 'N71007' },
      illustrative: 'Målvärdet och utfallet är exempel.',
      exampleFields: ['targets', 'results'],
    },
    pahittat: {
      title: 'Påhittat nyckeltal',
      plan: 'plan',
      strategy: 'strategi',
      term: 'kortsiktig',
      description: 'Påhittat.',
      unit: '%',
      direction: 'higher',
      targets: [],
      results: [],
      source: { name: 'Ingen' },
      illustrative: EXAMPLE,
      exampleFields: ['title', 'results'],
    },
  },
  activities: {
    plan: {
      plan: 'plan',
      units: ['staben', 'kansliet'],
      counts: [
        {
          period: 'per-april-2024',
          report: 'tertialrapport',
          counts: { planerad: 47, pagaende: 164, forsenad: 10, genomford: 10 },
        },
      ],
    },
  },
  reports: {
    tertialrapport: {
      title: 'Tertialrapport per april 2024',
      kind: 'tertialrapport',
      plan: 'plan',
      period: 'per-april-2024',
      date: null,
      dnr: 'RS/99/2024',
      summary: '2 uppdrag helt uppfyllda.',
      decisions: ['rs-1', 'rs-2'],
    },
  },
  documents: {
    tjansteskrivelse: {
      title: 'Tjänsteskrivelse',
      kind: 'tjansteskrivelse',
      dnr: 'RS/595/2023',
      date: '2024-01-17',
      organisation: 'region',
      unit: 'kansliet',
      decisions: ['rs-2'],
      plans: ['plan'],
    },
  },
};

const files = sourcesOf(FILES);
const result = withoutExamples(files);
const key = (file: SourceFile) => `${file.collection}/${file.id}`;
const after = (collection: string, id: string) =>
  result.files.find((file) => file.collection === collection && file.id === id);
const before = (collection: string, id: string) =>
  files.find((file) => file.collection === collection && file.id === id);
const dataOf = (collection: string, id: string) => after(collection, id)?.data as Record<string, unknown> | undefined;

describe('the content without its examples', () => {
  it('leaves out wholly-example entries, and entries whose title or plan is an example', () => {
    expect(result.removed.map(key).sort()).toEqual([
      'decisions/rs-2',
      'nyckeltal/pahittat',
      'periods/per-augusti-2024',
      'units/avdelningen',
      'uppdrag/exempel',
    ]);
  });

  it('keeps a real entry as it is, the very same data', () => {
    for (const [collection, id] of [
      ['organisations', 'region'],
      ['bodies', 'styrelsen'],
      ['plans', 'regionplan'],
      ['strategies', 'strategi'],
      ['activities', 'plan'],
    ])
      expect(after(collection, id)?.data, id).toBe(before(collection, id)?.data);
  });

  it('keeps a partly-example nyckeltal’s real Kolada series without its example results, targets and marks', () => {
    const kolada = dataOf('nyckeltal', 'kolada');
    expect(kolada).toMatchObject({ title: 'Nettokostnad', results: [], targets: [], source: { kolada: 'N71007' } });
    expect(kolada?.series).toEqual(FILES.nyckeltal?.kolada.series);
    expect(kolada).not.toHaveProperty('illustrative');
    expect(kolada).not.toHaveProperty('exampleFields');
  });

  it('drops references to what was left out: ids in lists, rows that need them, optional fields', () => {
    const plan = dataOf('plans', 'plan');
    expect(plan?.decisions).toEqual([{ decision: 'rs-1', role: 'faststalld' }]);
    expect(plan?.parent).toBe('regionplan');
    expect(dataOf('units', 'ekonomi')).toEqual({ name: 'Ekonomi', organisation: 'region' });
    expect(dataOf('reports', 'tertialrapport')?.decisions).toEqual(['rs-1']);
    expect(dataOf('documents', 'tjansteskrivelse')?.decisions).toEqual([]);
  });

  it('keeps of an example follow-up list the periods that a remaining report or count reports on', () => {
    expect(dataOf('plans', 'plan')?.periods).toEqual(['per-april-2024']);
  });

  it('keeps the counts a real source states', () => {
    expect(dataOf('plans', 'plan')?.stated).toEqual({ source: 'tjansteskrivelse', uppdrag: 38, activities: 231 });
  });

  it('keeps, marked, an example that a real entry cannot be without, and says what needs it', () => {
    expect(result.kept.map(({ file, neededBy }) => [key(file), neededBy])).toEqual([
      ['units/kansliet', ['content/documents/tjansteskrivelse.mdx']],
    ]);
    // The list that could do without it keeps it too, now that it stays.
    expect(dataOf('activities', 'plan')?.units).toEqual(['staben', 'kansliet']);
    expect(isExample(dataOf('units', 'kansliet') ?? {})).toBe(true);
  });

  it('gives valid content, with no example but those it had to keep', () => {
    expect(validateFiles(result.files).problems).toEqual([]);
    const kept = new Set(result.kept.map(({ file }) => key(file)));
    expect(result.files.filter((file) => isExample(file.data as object) && !kept.has(key(file)))).toEqual([]);
  });

  it('takes a needed organisation from outside the entries (insyn.json) like an entry’s own need', () => {
    const wholly = sourcesOf({
      organisations: { region: { name: 'Region Prov', website: 'https://region.example/', illustrative: EXAMPLE } },
    });
    expect(withoutExamples(wholly).files).toEqual([]);
    const needed = withoutExamples(wholly, [{ collection: 'organisations', id: 'region' }]);
    expect(needed.kept.map(({ neededBy }) => neededBy)).toEqual([['insyn.json']]);
  });
});

describe('an organisation, a body and a unit with one invented field', () => {
  const PARTLY: Files = {
    organisations: {
      region: {
        name: 'Region Prov',
        website: 'https://region.example/',
        illustrative: 'Webbadressen är påhittad.',
        exampleFields: ['website'],
      },
    },
    bodies: {
      fullmaktige: {
        name: 'Fullmäktige',
        shortName: 'RF',
        kind: 'fullmaktige',
        organisation: 'region',
        description: 'Beslutar.',
        illustrative: 'Förkortningen är påhittad.',
        exampleFields: ['shortName'],
      },
    },
    units: {
      staben: { name: 'Staben', organisation: 'region' },
      kansliet: {
        name: 'Kansliet',
        organisation: 'region',
        parent: 'staben',
        illustrative: 'Att kansliet hör till staben är påhittat.',
        exampleFields: ['parent'],
      },
    },
    decisions: {
      'rf-1': { body: 'fullmaktige', date: '2024-02-19', paragraph: 1, dnr: null, title: 'Plan', summary: 'Antogs.' },
    },
  };
  const partly = sourcesOf(PARTLY);
  const without = withoutExamples(partly, [{ collection: 'organisations', id: 'region' }]);
  const data = (collection: string, id: string) =>
    without.files.find((file) => file.collection === collection && file.id === id)?.data;

  it('are examples only in that field: its value is marked, their name and their row count as examples like a decision’s', () => {
    const [region, body, unit] = ['organisations', 'bodies', 'units'].map(
      (collection) => partly.find((file) => file.collection === collection && file.id !== 'staben')!.data as object,
    );
    expect([isNamedExampleField(region, 'website'), isNamedExampleField(body, 'shortName')]).toEqual([true, true]);
    expect([isExampleField(unit, 'parent'), isExampleField(unit, 'name'), isNamedExampleField(unit, 'name')]).toEqual([
      true,
      false,
      false,
    ]);
    // The open-data row and the search record hold an invented value, as a decision's with an invented title do.
    expect([region, body, unit].map(hasExampleValues)).toEqual([true, true, true]);
  });

  it('lose that field and their marks, and stay, unmarked, with what needs them', () => {
    expect(without.removed).toEqual([]);
    expect(without.kept).toEqual([]);
    expect(data('organisations', 'region')).toEqual({ name: 'Region Prov' });
    expect(data('bodies', 'fullmaktige')).toEqual({
      name: 'Fullmäktige',
      kind: 'fullmaktige',
      organisation: 'region',
      description: 'Beslutar.',
    });
    expect(data('units', 'kansliet')).toEqual({ name: 'Kansliet', organisation: 'region' });
    expect(validateFiles(without.files).problems).toEqual([]);
    expect(without.files.filter((file) => isExample(file.data as object))).toEqual([]);
  });

  it('need illustrative to name their example fields', () => {
    const { illustrative: _, ...unmarked } = PARTLY.units!.kansliet;
    expect(validateFiles(sourcesOf({ ...PARTLY, units: { ...PARTLY.units, kansliet: unmarked } })).problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('kräver fältet illustrative') }),
    ]);
  });
});

describe('on the sample site, which has one real and one example entry of each kind', () => {
  const site = sampleSite();
  const sample = withoutExamples(site.files);
  const kept = new Set(sample.kept.map(({ file }) => key(file)));

  it('every real entry stays, every entry it leaves out is an example, and the rest is valid', () => {
    const remaining = new Set(sample.files.map(key));
    expect(site.files.filter((file) => !isExample(file.data as object) && !remaining.has(key(file)))).toEqual([]);
    expect(sample.removed.every((file) => isExample(file.data as object))).toBe(true);
    expect(sample.removed.length).toBeGreaterThan(0);
    expect(validateFiles(sample.files).problems).toEqual([]);
    expect(sample.files.filter((file) => isExample(file.data as object) && !kept.has(key(file)))).toEqual([]);
  });
});

describe('the search words without pinned pages that are gone', () => {
  const words = {
    synonyms: [{ words: ['vårdcentral'], means: ['primärvård'] }],
    bestBets: [
      { query: 'budget', pages: ['/planer/plan/', '/nyckeltal/pahittat/'] },
      { query: 'uppdrag', pages: ['/uppdrag/exempel/'] },
    ],
  };

  it('keeps a best bet’s remaining pages, leaves out one with none, and returns unchanged words as they are', () => {
    const gone = new Set(['/nyckeltal/pahittat/', '/uppdrag/exempel/']);
    expect(searchWordsWithout(words, gone)).toEqual({
      synonyms: words.synonyms,
      bestBets: [{ query: 'budget', pages: ['/planer/plan/'] }],
    });
    expect(searchWordsWithout(words, new Set())).toBe(words);
  });
});
