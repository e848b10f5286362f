/**
 * A kommun runs Insyn too: the Östersund fixture (test/fixtures/ostersund/) is compared with
 * all kommuner and within its county, from Kolada's real values, and its sickness absence is
 * split by gender. Expectations are computed here from the Kolada extracts beside the fixture,
 * in the API's own format, not copied from the chart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriesChart } from '#lib/charts/charts.ts';
import { readConfiguration } from '../../src/data/configuration.ts';
import { validateContent } from '../../src/data/content-files.ts';
import { ROOT } from '../helpers/content.ts';
import { plain } from '../helpers/text.ts';

const FIXTURE = join(ROOT, 'test/fixtures/ostersund');
const content = join(FIXTURE, 'content');
const { catalog, problems } = validateContent(FIXTURE);
const config = readConfiguration(content);

interface Row {
  kpi: string;
  municipality: string;
  period: number;
  values: { gender: string; value: number | null }[];
}
const kolada = (file: string) =>
  (JSON.parse(readFileSync(join(FIXTURE, 'kolada', file), 'utf8')) as { values: Row[] }).values;
const areas = (
  JSON.parse(readFileSync(join(FIXTURE, 'kolada/municipality.json'), 'utf8')) as {
    values: { id: string; type: string; region?: string }[];
  }
).values;
const kommuner = areas.filter((a) => a.type === 'K');

/** The place of Östersund (lower is better) among the given kommuner's totals in a year. */
function placeOf(rows: Row[], year: number, among: Set<string>) {
  const totals = rows
    .filter((r) => r.period === year && among.has(r.municipality))
    .map((r) => ({ area: r.municipality, value: r.values.find((v) => v.gender === 'T')?.value ?? null }))
    .filter((r): r is { area: string; value: number } => r.value !== null);
  const own = totals.find((r) => r.area === '2380')!.value;
  return { place: totals.filter((r) => r.value < own).length + 1, of: totals.length };
}

describe('Östersunds kommun', () => {
  it('is valid content with a kommun’s configuration', () => {
    expect(problems).toEqual([]);
    expect(config.kind).toBe('kommun');
    expect(kommuner).toHaveLength(290);
  });

  it('keeps Kolada’s values exact: every series equals the extract, per area, year and gender', () => {
    for (const [id, file] of [
      ['nettokostnad', 'data-n03067.json'],
      ['sjukfranvaro', 'data-n00090.json'],
    ]) {
      const rows = kolada(file);
      for (const series of catalog.nyckeltal.get(id)!.data.series) {
        const expected = rows
          .filter((r) => r.municipality === series.area)
          .map((r) => ({ year: r.period, value: r.values.find((v) => v.gender === (series.gender ?? 'T'))?.value }))
          .filter((v) => v.value !== undefined)
          .sort((a, b) => a.year - b.year);
        expect(series.values, `${id} ${series.area} ${series.gender ?? 'T'}`).toEqual(expected);
      }
    }
  });

  it('ranks the kommun among all 290 kommuner and within its county, in the kommun’s words', () => {
    const county = new Set(kommuner.filter((k) => k.region === config.kolada.county!.id).map((k) => k.id));
    expect(county.size).toBe(8);
    for (const [id, file] of [
      ['nettokostnad', 'data-n03067.json'],
      ['sjukfranvaro', 'data-n00090.json'],
    ]) {
      const rows = kolada(file);
      const all = placeOf(rows, 2022, new Set(kommuner.map((k) => k.id)));
      const within = placeOf(rows, 2022, county);
      const spec = seriesChart(catalog.nyckeltal.get(id)!, config)!;
      expect(plain(spec.summary)).toContain(
        `Plats ${all.place} av ${all.of} bland kommunerna 2022 och plats ${within.place} av ${within.of} i Jämtlands län, där plats 1 har lägst värde.`,
      );
      expect(spec.title).toMatch(/jämfört med alla kommuner$/);
      expect(spec.table.columns.map((c) => c.label)).toContain('Plats i Jämtlands län');
      expect(spec.table.columns.map((c) => c.label)).toContain('Lägsta kommun (' + spec.unit + ')');
      expect(spec.table.caption).not.toMatch(/region/i);
    }
    expect(placeOf(kolada('data-n03067.json'), 2022, new Set(kommuner.map((k) => k.id))).of).toBe(290);
  });

  it('shows the split by gender where Kolada has one, beside the total, and the country', () => {
    const spec = seriesChart(catalog.nyckeltal.get('sjukfranvaro')!, config)!;
    expect(spec.series.map((s) => [s.role, s.name])).toEqual([
      ['region', 'Östersunds kommun'],
      ['other', 'Östersunds kommun, kvinnor'],
      ['other', 'Östersunds kommun, män'],
      ['country', 'Riket'],
      ['other', 'Median för kommunerna'],
    ]);
    const own = kolada('data-n00090.json').find((r) => r.municipality === '2380' && r.period === 2022)!;
    expect(spec.series[1].values['2022']).toBe(own.values.find((v) => v.gender === 'K')!.value);
    expect(spec.series[2].values['2022']).toBe(own.values.find((v) => v.gender === 'M')!.value);
    const net = seriesChart(catalog.nyckeltal.get('nettokostnad')!, config)!;
    expect(net.series.map((s) => s.name)).toEqual(['Östersunds kommun', 'Riket', 'Median för kommunerna']);
  });
});
