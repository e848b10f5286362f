/** A nyckeltal's latest result against its target, in words and numbers. */
import type { Catalog, Entry } from '#lib/core/catalog.ts';
import { type Lang, messages } from '#lib/i18n/index.ts';
import { format } from '#lib/i18n/words.ts';
import { isExampleField } from '#lib/content/examples.ts';
import { latestNyckeltalResult } from './status-summary.ts';
import { periodLabel } from '#lib/core/titles.ts';
import type { Configuration } from '../../schemas/configuration.ts';

/** Decimals shown for nyckeltal values, on pages, in chart labels and chart tables alike. */
export const VALUE_DECIMALS = 1;

/** Kolada's area id for the whole country. */
export const COUNTRY_AREA = '0000';

/** What a comparison needs from the configuration: the kind and the Kolada id (and county) of the organisation. */
export type Peers = Pick<Configuration, 'kind' | 'kolada'>;

export function targetFor(entry: Entry<'nyckeltal'>, year: number) {
  return entry.data.targets.find((target) => target.year === year);
}

export function formatMeasure(value: number, unit: string, lang: Lang = 'sv'): string {
  return format(lang).formatValue(value, unit, VALUE_DECIMALS);
}

/** How far a value is from the target, in the unit: "6 procentenheter över målvärdet". */
function distance(value: number, target: number, unit: string, lang: Lang): string {
  const t = messages(lang).nyckeltalView;
  const diff = value - target;
  if (diff === 0) return t.equal;
  const amount =
    unit === '%'
      ? t.points(format(lang).formatNumber(Math.abs(diff), VALUE_DECIMALS))
      : formatMeasure(Math.abs(diff), unit, lang);
  return t.distance(amount, diff > 0);
}

/**
 * The latest result and the target for its year, as numbers and as a sentence. The status
 * is the one the report gave; the sentence states the numbers and never judges them itself.
 * "Går ej att mäta" is said in words and never given a number.
 */
export function resultAgainstTarget(catalog: Catalog, entry: Entry<'nyckeltal'>, lang: Lang = 'sv') {
  const t = messages(lang).nyckeltalView;
  const latest = latestNyckeltalResult(catalog, entry);
  if (!latest) return undefined;
  const { period, result } = latest;
  const target = targetFor(entry, period.data.year);
  const when = periodLabel(period, lang);
  const { unit } = entry.data;
  const targetText = target
    ? t.target(period.data.year, formatMeasure(target.value, unit, lang))
    : t.noTarget(period.data.year);
  const sentence =
    result.value === null
      ? t.notMeasurable(when, targetText)
      : t.result(
          when,
          formatMeasure(result.value, unit, lang),
          targetText,
          target && distance(result.value, target.value, unit, lang),
        );
  return { period, result, target, sentence };
}

type Series = Entry<'nyckeltal'>['data']['series'][number];

/** Kolada splits some nyckeltal by gender; the comparison ranks the totals. */
const isTotal = (series: Series) => series.gender === undefined;

/**
 * The organisations a nyckeltal compares with: its total series of every region (or every
 * kommun) when they are at least three beside the country and the organisation's own is
 * among them; undefined when it is not compared.
 */
export function comparedPeers(entry: Entry<'nyckeltal'>, peers: Peers) {
  const all = entry.data.series.filter((s) => isTotal(s) && s.area !== COUNTRY_AREA);
  return all.length >= 3 && all.some((s) => s.area === peers.kolada.id) ? all : undefined;
}

/** For a kommun: the kommuner of its county among `compared` (by each series' `county`), or undefined. */
export function countyPeers(compared: readonly Series[] | undefined, peers: Peers) {
  const county = peers.kolada.county;
  if (!compared || !county) return undefined;
  const within = compared.filter((s) => s.county === county.id);
  return within.length >= 2 && within.some((s) => s.area === peers.kolada.id) ? within : undefined;
}

/**
 * The series drawn as lines and named in text. When all regions or kommuner are compared:
 * the organisation's own (with its split by gender, where Kolada has one) and the country.
 */
export function shownSeries(entry: Entry<'nyckeltal'>, peers: Peers) {
  const own = peers.kolada.id;
  const all = [...entry.data.series].sort((a, b) => seriesOrder(a, own) - seriesOrder(b, own));
  return comparedPeers(entry, peers)
    ? all.filter((s) => s.area === own || (s.area === COUNTRY_AREA && isTotal(s)))
    : all;
}

/** The latest known value of each shown statistics series, the organisation's own first. */
export function latestSeriesValues(entry: Entry<'nyckeltal'>, peers: Peers) {
  return shownSeries(entry, peers).flatMap((series) => {
    const known = series.values.filter((v): v is { year: number; value: number } => v.value !== null);
    const last = known.sort((a, b) => a.year - b.year).at(-1);
    return last ? [{ area: series.area, name: series.name, year: last.year, value: last.value }] : [];
  });
}

/** Sort key for statistics areas: the organisation's own first, other areas, the whole country last. */
export function areaOrder(area: string, own: string): number {
  return area === own ? 0 : area === COUNTRY_AREA ? 2 : 1;
}

/** Sort key for series: by area, and within an area the total before women and men. */
const seriesOrder = (series: Series, own: string) =>
  areaOrder(series.area, own) * 3 + (series.gender === undefined ? 0 : series.gender === 'K' ? 1 : 2);

type NyckeltalData = Entry<'nyckeltal'>['data'];

/**
 * What a nyckeltal's source really gives, said beside the values, so that an example value
 * is never credited to a real document: "Antalet nyckeltal per status: Tertialrapport per
 * april 2024 (RS/99/2024). Målvärde och utfall: exempel."
 */
export function sourceLine(data: NyckeltalData, part: 'results' | 'series' = 'results', lang: Lang = 'sv'): string {
  const t = messages(lang).nyckeltalView;
  const { name, gives, kolada, retrieved } = data.source;
  const where = `${name}${kolada ? ` (${kolada})` : ''}${retrieved ? t.retrieved(format(lang).formatDate(retrieved)) : ''}`;
  const sourced = gives ? `${gives}: ${where}.` : `${where}.`;
  const examples = part === 'series' ? isExampleField(data, 'series') : isExampleField(data, 'results');
  if (!examples) return sourced;
  return `${sourced} ${t.examples(part)}`;
}

/** The content strings `sourceLine` quotes: the source's name and what it gives. */
export function sourceQuoted(data: NyckeltalData): string[] {
  return [data.source.name, ...(data.source.gives ? [data.source.gives] : [])];
}

/** A unit in kronor: its values are in current prices (löpande priser), not adjusted for inflation. */
export const isKronor = (unit: string) => /(^|\W)(kr|kronor|mnkr|tkr)(\W|$)/i.test(unit);
