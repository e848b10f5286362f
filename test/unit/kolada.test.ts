/** Kolada API v3 answers into a långsiktigt nyckeltal's series. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySeries, type KoladaPage, nextPageFile, parseKoladaPage, seriesFromPages } from '#lib/import/kolada.ts';
import { ROOT } from '../helpers/content.ts';

const FIXTURES = join(ROOT, 'test/fixtures/kolada');
const page = (path: string): KoladaPage => {
  const { page, problems } = parseKoladaPage(readFileSync(path, 'utf8'));
  expect(problems).toEqual([]);
  return page!;
};
const paged = [page(join(FIXTURES, 'paged/n99001.json')), page(join(FIXTURES, 'paged/n99001.page-2.json'))];

describe('parseKoladaPage', () => {
  it('says which field of the answer is wrong', () => {
    expect(
      parseKoladaPage(
        '{"values":[{"kpi":"N1","municipality":"0023","period":2020,"values":[{"gender":"X","value":1}]}]}',
      ).problems,
    ).toEqual([expect.stringMatching(/^values\[0\]\.values\[0\]\.gender: .*Tillåtna värden: T, K, M/)]);
    expect(parseKoladaPage('[]').problems[0]).toMatch(/Koladas API v3/);
    expect(parseKoladaPage('nej').problems[0]).toMatch(/inte giltig JSON/);
  });
});

describe('seriesFromPages', () => {
  it('collects one gender per area and year over all pages, sorted by year', () => {
    const { series, problems } = seriesFromPages(paged, { kpi: 'N99001', areas: ['0023', '0000'], gender: 'T' });
    expect(problems).toEqual([]);
    expect(series.get('0023')).toEqual([
      { year: 2020, value: 10.5 },
      { year: 2021, value: null },
      { year: 2022, value: 12.25 },
    ]);
    expect(series.get('0000')).toEqual([
      { year: 2020, value: 9.5 },
      { year: 2021, value: 10 },
    ]);
  });

  it('leaves out isdeleted rows and values, and keeps a null as null, never zero', () => {
    const { series, deleted, notes } = seriesFromPages(paged, { kpi: 'N99001', areas: ['0023', '0000'], gender: 'T' });
    expect(series.get('0023')!.some((v) => v.year === 2019)).toBe(false);
    expect(series.get('0000')!.some((v) => v.year === 2022)).toBe(false);
    expect(series.get('0023')!.find((v) => v.year === 2021)!.value).toBeNull();
    expect([...deleted.get('0023')!]).toEqual([2019]);
    expect([...deleted.get('0000')!]).toEqual([2022]);
    expect(notes).toContain('2 rader markerade isdeleted i Kolada lämnades ute');
  });

  it('picks women or men when asked', () => {
    const women = seriesFromPages(paged, { kpi: 'N99001', areas: ['0000'], gender: 'K' });
    expect(women.series.get('0000')).toEqual([
      { year: 2020, value: 9.75 },
      { year: 2021, value: 10.5 },
      { year: 2022, value: 10.75 },
    ]);
  });

  it('names the genders there are when the chosen one is missing, and areas with no values', () => {
    const split = [page(join(FIXTURES, 'gender-split/n99002.json'))];
    expect(seriesFromPages(split, { kpi: 'N99002', areas: ['0023'], gender: 'T' }).problems).toEqual([
      expect.stringContaining(
        'inga värden för T (totalt), bara för K (kvinnor), M (män): välj något av dem med --gender',
      ),
    ]);
    expect(seriesFromPages(split, { kpi: 'N99002', areas: ['0023'], gender: 'M' }).series.get('0023')).toEqual([
      { year: 2022, value: 77 },
      { year: 2023, value: null },
    ]);
    expect(seriesFromPages(paged, { kpi: 'N99001', areas: ['2380'], gender: 'T' }).problems).toEqual([
      expect.stringContaining('inga värden för område 2380'),
    ]);
    expect(seriesFromPages(paged, { kpi: 'N70060', areas: ['0023'], gender: 'T' }).problems[0]).toMatch(
      /gäller N99001, inte N70060/,
    );
  });
});

describe('applySeries', () => {
  const nyckeltal = {
    title: 'T',
    series: [
      {
        area: '0023',
        name: 'Region Jämtland Härjedalen',
        values: [
          { year: 2018, value: 1 },
          { year: 2019, value: 2 },
          { year: 2020, value: 3 },
        ],
      },
    ],
    source: { name: 'Gammal källa' },
  };
  const fetched = seriesFromPages(paged, { kpi: 'N99001', areas: ['0023', '0000'], gender: 'T' });
  const names: Record<string, string> = { '0023': 'Region Jämtland Härjedalen', '0000': 'Riket' };
  const update = applySeries(nyckeltal, fetched, {
    kpi: 'N99001',
    retrieved: '2025-01-10',
    nameFor: (area) => names[area],
  });

  it("takes Kolada's value for each year it gives, removes years Kolada deleted, and keeps the rest", () => {
    expect(update.data.series).toEqual([
      {
        area: '0023',
        name: 'Region Jämtland Härjedalen',
        values: [
          { year: 2018, value: 1 },
          { year: 2020, value: 10.5 },
          { year: 2021, value: null },
          { year: 2022, value: 12.25 },
        ],
      },
      {
        area: '0000',
        name: 'Riket',
        values: [
          { year: 2020, value: 9.5 },
          { year: 2021, value: 10 },
        ],
      },
    ]);
    expect(update.report[0]).toBe(
      '0023 Region Jämtland Härjedalen: nya år 2021: null, 2022: 12.25; ändrade 2020: 3 → 10.5; borttagna år (borttagna i Kolada) 2019; 1 år oförändrade',
    );
    expect(update.report[1]).toMatch(/^0000 Riket \(ny serie\): nya år 2020: 9.5, 2021: 10/);
  });

  it('credits Kolada in the source, with the KPI and the retrieval date', () => {
    expect(update.data.source).toEqual({
      name: 'Kolada',
      url: 'https://www.kolada.se/verktyg/fri-sokning/?kpis=N99001',
      kolada: 'N99001',
      retrieved: '2025-01-10',
    });
    expect(update.report).toContain('source.name: "Gammal källa" → "Kolada"');
    expect(update.changed).toBe(true);
  });
});

describe('nextPageFile', () => {
  it('finds an API next_url as <first file>.page-<n>.json, and a relative next_url beside the first file', () => {
    expect(
      nextPageFile('https://api.kolada.se/v3/data/kpi/N70060/municipality/0023?page=3&per_page=5000', '/d/n70060.json'),
    ).toEqual({
      file: '/d/n70060.page-3.json',
    });
    expect(nextPageFile('sida2.json', '/d/a/sida1.json')).toEqual({ file: '/d/a/sida2.json' });
    expect(nextPageFile('./sida2.json', '/d/a/sida1.json')).toEqual({ file: '/d/a/sida2.json' });
    expect(nextPageFile('https://api.kolada.se/v3/data/kpi/N70060', '/d/x.json').problem).toMatch(/anger ingen sida/);
  });

  it('never leads out of the answer’s folder, and refuses an address that is not one', () => {
    for (const outside of ['../../../../etc/hostname', '/etc/hostname', 'sub/sida2.json', '..', '..\\x.json']) {
      expect(nextPageFile(outside, '/d/a/sida1.json').problem).toMatch(/pekar utanför mappen med svarsfilerna/);
    }
    expect(nextPageFile('http://', '/d/a/sida1.json').problem).toMatch(/är ingen giltig adress/);
  });
});

describe('the real Kolada answers of all regions (test/fixtures/sources/kolada/regioner)', () => {
  const REGIONS = join(ROOT, 'test/fixtures/sources/kolada/regioner');
  it.each([
    ['data-n70060.json', 'N70060'],
    ['data-n71007.json', 'N71007'],
  ])('%s gives, per area, every total value of the file in year order', (file, kpi) => {
    const text = readFileSync(join(REGIONS, file), 'utf8');
    // Read independently of the import code: each row's total (T) value.
    const rows = JSON.parse(text).values as {
      municipality: string;
      period: number;
      values: { gender: string; value: number | null }[];
    }[];
    const areas = [...new Set(rows.map((r) => r.municipality))];
    expect(areas).toContain('0023');
    expect(areas).toContain('0000');
    const { series, problems } = seriesFromPages([page(join(REGIONS, file))], { kpi, areas, gender: 'T' });
    expect(problems).toEqual([]);
    for (const area of areas) {
      const expected = rows
        .filter((r) => r.municipality === area)
        .map((r) => ({ year: r.period, value: r.values.find((v) => v.gender === 'T')!.value }))
        .sort((a, b) => a.year - b.year);
      expect(series.get(area), area).toEqual(expected);
    }
  });
});
