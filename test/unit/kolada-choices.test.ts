/** What `npm run kolada` settles from its flags and the nyckeltal before it asks Kolada. */
import { describe, expect, it } from 'vitest';
import {
  apiAddressProblem,
  chooseAreas,
  chooseGender,
  chooseKpi,
  givenAreaNames,
  parseKoladaTarget,
  regionFlagsProblem,
  seriesName,
} from '#lib/import/kolada-choices.ts';

const series = [
  { area: '2380', name: 'Östersunds kommun', values: [{ year: 2023, value: 1.5 }] },
  { area: '2380', name: 'Östersunds kommun, kvinnor', gender: 'K' as const, values: [] },
];

describe('parseKoladaTarget', () => {
  it('reads term, source.kolada and series, leaving the rest of the file to the check after the update', () => {
    const { target, problems } = parseKoladaTarget({
      $schema: '../../../public/schema/nyckeltal.json',
      term: 'langsiktig',
      title: 'Inte läst här',
      source: { name: 'Kolada', kolada: 'N70060' },
      series,
    });
    expect(problems).toEqual([]);
    expect(target?.source?.kolada).toBe('N70060');
    expect(target?.series.map((s) => s.name)).toEqual(['Östersunds kommun', 'Östersunds kommun, kvinnor']);
  });

  it('takes a nyckeltal without source or series, which the command fills in', () => {
    expect(parseKoladaTarget({ term: 'langsiktig' }).target).toEqual({ term: 'langsiktig', series: [] });
  });

  it('names every wrong field it reads, in Swedish', () => {
    const { target, problems } = parseKoladaTarget({
      term: 'lång',
      source: { kolada: '70060' },
      series: [{ area: '23', name: 'Region', values: [{ year: 2023, value: 'ett' }] }],
    });
    expect(target).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual([
      'term',
      'source.kolada',
      'series[0].area',
      'series[0].values[0].value',
    ]);
    expect(problems[0].message).toMatch(/Tillåtna värden: kortsiktig, langsiktig/);
    expect(problems[1].message).toBe('ska vara ett Kolada-id som N70060');
    expect(parseKoladaTarget([]).problems).toEqual([{ field: '', message: expect.stringMatching(/^ska vara/) }]);
  });
});

describe('chooseKpi', () => {
  const file = 'content/nyckeltal/x.json';
  it('takes the flag, else the nyckeltal’s own', () => {
    expect(chooseKpi('N70060', undefined, file)).toEqual({ kpi: 'N70060' });
    expect(chooseKpi(undefined, 'U00001', file)).toEqual({ kpi: 'U00001' });
    expect(chooseKpi('N70060', 'N70060', file)).toEqual({ kpi: 'N70060' });
  });

  it('refuses no KPI, a malformed one, and one other than the nyckeltal’s', () => {
    expect(chooseKpi(undefined, undefined, file)).toEqual({
      problem: `ange Kolada-id med --kpi, som --kpi N70060 (${file} har inget source.kolada)`,
    });
    expect(chooseKpi('70060', undefined, file)).toEqual({
      problem: '"70060" är inget Kolada-id: det ser ut som N70060',
    });
    expect(chooseKpi('N70061', 'N70060', file)).toEqual({
      problem: expect.stringContaining(`nyckeltalet hämtar från N70060 (source.kolada i ${file}), inte N70061`),
    });
  });
});

describe('apiAddressProblem', () => {
  it('takes a web address and refuses anything else, or a name before @', () => {
    expect(apiAddressProblem('https://api.kolada.se/v3')).toBeUndefined();
    expect(apiAddressProblem('http://127.0.0.1:8080/v3/')).toBeUndefined();
    for (const address of ['api.kolada.se/v3', 'file:///etc/passwd', 'https://namn:losen@api.kolada.se/v3'])
      expect(apiAddressProblem(address)).toContain(`inte "${address}"`);
  });
});

describe('regionFlagsProblem', () => {
  it('says which flags for all regions do not go together', () => {
    expect(regionFlagsProblem({ 'all-regions': true })).toBeUndefined();
    expect(regionFlagsProblem({ area: ['0023'] })).toBeUndefined();
    expect(regionFlagsProblem({ 'all-regions': true, area: ['0023'] })).toMatch(/antingen --all-regions eller --area/);
    expect(regionFlagsProblem({ municipalities: 'm.json' })).toMatch(/hör till --all-regions/);
    expect(regionFlagsProblem({ 'all-regions': true, file: 'd.json' })).toMatch(/--municipalities <fil>/);
    expect(regionFlagsProblem({ 'all-regions': true, file: 'd.json', municipalities: 'm.json' })).toBeUndefined();
  });
});

describe('chooseAreas', () => {
  it('takes the regions, else the flags once each, else the areas the nyckeltal has', () => {
    expect(chooseAreas(['0023'], [{ id: '0000' }, { id: '0001' }], series)).toEqual({ areas: ['0000', '0001'] });
    expect(chooseAreas(['0023, 0000', '0023'], undefined, series)).toEqual({ areas: ['0023', '0000'] });
    expect(chooseAreas(undefined, undefined, series)).toEqual({ areas: ['2380'] });
  });

  it('refuses no area at all, and one that is not four digits', () => {
    expect(chooseAreas(undefined, undefined, [])).toEqual({ problem: expect.stringMatching(/inga serier än/) });
    expect(chooseAreas(['0023,23'], undefined, [])).toEqual({
      problem: '"23" är inget Kolada-område: det är fyra siffror, som 2380',
    });
  });
});

describe('chooseGender', () => {
  it('is total without a flag, takes either case, and nothing else', () => {
    expect(chooseGender(undefined)).toBe('T');
    expect(chooseGender('k')).toBe('K');
    expect(chooseGender('M')).toBe('M');
    expect(chooseGender('X')).toBeUndefined();
  });
});

describe('givenAreaNames', () => {
  it('takes the regions’ names, then each id=namn', () => {
    const given = givenAreaNames([{ id: '0023', title: 'Region Jämtland Härjedalen' }], ['2380= Östersunds kommun ']);
    expect(given).toEqual({
      names: new Map([
        ['0023', 'Region Jämtland Härjedalen'],
        ['2380', 'Östersunds kommun'],
      ]),
    });
    expect(givenAreaNames(undefined, ['Östersund'])).toEqual({ problem: expect.stringMatching(/id=namn/) });
  });
});

describe('seriesName', () => {
  const organisations = [null, { koladaId: '0023', name: 'Region Jämtland Härjedalen' }];
  const context = { given: new Map<string, string>(), existing: series, organisations, gender: 'T' as const };

  it('names the series as given, else as the nyckeltal names the area’s total, else after the organisation', () => {
    expect(seriesName('2380', { ...context, given: new Map([['2380', 'Östersund']]) })).toBe('Östersund');
    expect(seriesName('2380', context)).toBe('Östersunds kommun');
    expect(seriesName('0023', context)).toBe('Region Jämtland Härjedalen');
    expect(seriesName('0000', context)).toBe('Riket');
  });

  it('adds the gender to the area’s name, and has none for an unknown area', () => {
    expect(seriesName('2380', { ...context, gender: 'K' })).toBe('Östersunds kommun, kvinnor');
    expect(seriesName('0000', { ...context, gender: 'M' })).toBe('Riket, män');
    expect(seriesName('1480', context)).toBeUndefined();
    expect(seriesName('1480', { ...context, given: new Map([['1480', '']]) })).toBeUndefined();
  });
});
