/** A nyckeltal's latest result against its target, in words and numbers. */
import type { Catalog, Entry } from '#lib/core/catalog.ts';
import { formatDate, formatNumber, formatValue } from '#lib/core/format.ts';
import { isExampleField } from '#lib/content/examples.ts';
import { latestNyckeltalResult } from './status-summary.ts';
import { periodLabel } from '#lib/core/titles.ts';

/** Decimals shown for nyckeltal values, on pages, in chart labels and chart tables alike. */
export const VALUE_DECIMALS = 1;

/** Kolada's area ids: the region and the whole country. */
export const REGION_AREA = '0023';
export const COUNTRY_AREA = '0000';

export function targetFor(entry: Entry<'nyckeltal'>, year: number) {
  return entry.data.targets.find((target) => target.year === year);
}

export function formatMeasure(value: number, unit: string): string {
  return formatValue(value, unit, VALUE_DECIMALS);
}

/** How far a value is from the target, in the unit: "6 procentenheter över målvärdet". */
function distance(value: number, target: number, unit: string): string {
  const diff = value - target;
  if (diff === 0) return 'lika med målvärdet';
  const amount =
    unit === '%'
      ? `${formatNumber(Math.abs(diff), VALUE_DECIMALS)} procentenheter`
      : formatMeasure(Math.abs(diff), unit);
  return `${amount} ${diff > 0 ? 'över' : 'under'} målvärdet`;
}

/**
 * The latest result and the target for its year, as numbers and as a sentence. The status
 * is the one the report gave; the sentence states the numbers and never judges them itself.
 * "Går ej att mäta" is said in words and never given a number.
 */
export function resultAgainstTarget(catalog: Catalog, entry: Entry<'nyckeltal'>) {
  const latest = latestNyckeltalResult(catalog, entry);
  if (!latest) return undefined;
  const { period, result } = latest;
  const target = targetFor(entry, period.data.year);
  const when = periodLabel(period);
  const { unit } = entry.data;
  const targetText = target
    ? `Målvärdet för ${period.data.year} är ${formatMeasure(target.value, unit)}`
    : `Planen anger inget målvärde för ${period.data.year}`;
  let sentence: string;
  if (result.value === null) {
    sentence = `Nyckeltalet gick inte att mäta ${when}. ${targetText}.`;
  } else if (target) {
    sentence = `Utfallet ${when} var ${formatMeasure(result.value, unit)}. ${targetText}, så utfallet är ${distance(result.value, target.value, unit)}.`;
  } else {
    sentence = `Utfallet ${when} var ${formatMeasure(result.value, unit)}. ${targetText}.`;
  }
  return { period, result, target, sentence };
}

/**
 * The regions of a nyckeltal that is compared with all regions (its series hold at least
 * three regions beside the country), or undefined when it is not.
 */
export function comparedRegions(entry: Entry<'nyckeltal'>) {
  const regions = entry.data.series.filter((s) => s.area !== COUNTRY_AREA);
  return regions.length >= 3 && regions.some((s) => s.area === REGION_AREA) ? regions : undefined;
}

/** The series drawn as lines and named in text: the region and the country when all regions are compared. */
export function shownSeries(entry: Entry<'nyckeltal'>) {
  const all = [...entry.data.series].sort((a, b) => areaOrder(a.area) - areaOrder(b.area));
  return comparedRegions(entry) ? all.filter((s) => s.area === REGION_AREA || s.area === COUNTRY_AREA) : all;
}

/** The latest known value of each shown statistics series, the region first. */
export function latestSeriesValues(entry: Entry<'nyckeltal'>) {
  return shownSeries(entry).flatMap((series) => {
    const known = series.values.filter((v): v is { year: number; value: number } => v.value !== null);
    const last = known.sort((a, b) => a.year - b.year).at(-1);
    return last ? [{ area: series.area, name: series.name, year: last.year, value: last.value }] : [];
  });
}

/** Sort key for statistics areas: the region first, other areas, the whole country last. */
export function areaOrder(area: string): number {
  return area === REGION_AREA ? 0 : area === COUNTRY_AREA ? 2 : 1;
}

type NyckeltalData = Entry<'nyckeltal'>['data'];

/**
 * What a nyckeltal's source really gives, said beside the values, so that an example value
 * is never credited to a real document: "Antalet nyckeltal per status: Tertialrapport per
 * april 2024 (RS/99/2024). Målvärde och utfall: exempel."
 */
export function sourceLine(data: NyckeltalData, part: 'results' | 'series' = 'results'): string {
  const { name, gives, kolada, retrieved } = data.source;
  const where = `${name}${kolada ? ` (${kolada})` : ''}${retrieved ? `, hämtat ${formatDate(retrieved)}` : ''}`;
  const sourced = gives ? `${gives}: ${where}.` : `${where}.`;
  const examples = part === 'series' ? isExampleField(data, 'series') : isExampleField(data, 'results');
  if (!examples) return sourced;
  return `${sourced} ${part === 'series' ? 'Värdena' : 'Målvärde och utfall'}: exempel.`;
}

/** A unit in kronor: its values are in current prices (löpande priser), not adjusted for inflation. */
export const isKronor = (unit: string) => /(^|\W)(kr|kronor|mnkr|tkr)(\W|$)/i.test(unit);
