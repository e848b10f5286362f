/**
 * A nyckeltal's charts: its result against the target, and its yearly statistics (Kolada)
 * beside the whole country and the other regions.
 */
import { type Catalog, type Entry, resolve } from '#lib/core/catalog.ts';
import { buildLineage, lineageSeries } from '#lib/views/lineage.ts';
import { type Lang, messages } from '#lib/i18n/index.ts';
import { words as wordsOf } from '#lib/i18n/words.ts';
import {
  COUNTRY_AREA,
  VALUE_DECIMALS,
  formatMeasure,
  latestSeriesValues,
  comparedPeers,
  countyPeers,
  isKronor,
  type Peers,
  shownSeries,
  resultAgainstTarget,
  sourceLine,
  sourceQuoted,
  targetFor,
} from '#lib/views/nyckeltal-view.ts';
import { isExampleField } from '#lib/content/examples.ts';
import { latestRank, type Rank, regionBands, regionRank } from './region-comparison.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodLabel } from '#lib/core/titles.ts';
import {
  type TableColumn,
  type LineSeriesSpec,
  type LineChartSpec,
  type ValueChartSpec,
  columnDecimals,
  type ChartBase,
} from './chart-spec.ts';

/**
 * A nyckeltal's results per period with the target of each period's year, when at least
 * one result is a number. Periods that could not be measured stay in the chart as marked
 * gaps, never as zeros. A nyckeltal that continues from or into other years' plans is
 * drawn as one series across them, the same on every page of the chain.
 */
export function nyckeltalResultChart(
  catalog: Catalog,
  entry: Entry<'nyckeltal'>,
  lang: Lang = 'sv',
): LineChartSpec | ValueChartSpec | undefined {
  const w = wordsOf(lang);
  const t = w.m.charts.nyckeltal;
  const { capitalize, joinList } = w.format;
  const { STATUS_LABELS } = w.labels;
  const { unit } = entry.data;
  const chain = buildLineage(catalog)({ collection: 'nyckeltal', id: entry.id });
  const { results, targets: yearly } = lineageSeries(catalog, chain);
  const latest = results.findLast((r) => r.value !== null);
  if (!latest) return undefined;
  const periods = results.map((r) => resolve(catalog, r.period)!);
  const resultAt = (id: string) => results.find((r) => r.period.id === id)!;
  const targets = Object.fromEntries(
    periods.flatMap((p) => {
      const target = yearly.find((t) => t.year === p.data.year);
      return target ? [[p.id, target.value]] : [];
    }),
  );
  const plans = [...new Set(results.map((r) => r.plan))];
  const acrossPlans = plans.length > 1;
  const planTitle = (id: string) => catalog.plans.get(id)?.data.title ?? id;
  const values = periods.map((p) => resultAt(p.id).value);
  const base: Omit<ChartBase, 'title'> & { unit: string } = {
    id: `nyckeltal-${entry.id}-utfall`,
    subject: entry.data.title,
    summary:
      resultAgainstTarget(catalog, catalog.nyckeltal.get(resultAt(periods[periods.length - 1].id).item)!, lang)
        ?.sentence ?? '',
    unit,
    table: {
      caption: t.resultCaption(entry.data.title, acrossPlans ? joinList(plans.map(planTitle)) : undefined),
      columns: [
        { key: 'period', label: t.period, kind: 'text' },
        ...(acrossPlans ? [{ key: 'plan', label: t.plan, kind: 'text' as const }] : []),
        {
          key: 'utfall',
          label: t.withUnit(t.result, unit),
          kind: 'number',
          empty: STATUS_LABELS['gar-ej-att-mata'].toLowerCase(),
        },
        { key: 'mal', label: t.withUnit(t.target, unit), kind: 'number', empty: t.noTarget },
        { key: 'status', label: t.status, kind: 'text' },
      ],
      rows: periods.map((p) => ({
        period: capitalize(periodLabel(p, lang)),
        ...(acrossPlans ? { plan: planTitle(resultAt(p.id).plan) } : {}),
        utfall: resultAt(p.id).value,
        mal: targets[p.id] ?? null,
        status: STATUS_LABELS[resultAt(p.id).status],
      })),
    },
    decimals: columnDecimals([...values, ...Object.values(targets)], VALUE_DECIMALS),
    lang,
    source: {
      text: sourceLine(entry.data, 'results', lang),
      url: entry.data.source.url,
      quoted: sourceQuoted(entry.data),
    },
    example: chain.some((link) => isExampleField(catalog.nyckeltal.get(link.id)?.data ?? {}, 'results')),
    page: hrefFor({ collection: 'nyckeltal', id: entry.id }),
  };
  const only = periods.length === 1 ? resultAt(periods[0].id) : undefined;
  if (only && only.value !== null) {
    return {
      ...base,
      kind: 'value',
      title: t.resultTitle,
      label: capitalize(periodLabel(periods[0], lang)),
      value: only.value,
      target: targets[periods[0].id],
      status: only.status,
    };
  }
  return {
    ...base,
    kind: 'lines',
    title: acrossPlans ? t.linesAcrossPlans : t.linesTitle,
    x: periods.map((p) => ({ key: p.id, label: capitalize(periodLabel(p, lang)) })),
    series: [
      {
        key: 'utfall',
        name: t.result,
        role: 'result',
        values: Object.fromEntries(periods.map((p) => [p.id, resultAt(p.id).value])),
      },
    ],
    targets,
    statuses: Object.fromEntries(periods.map((p) => [p.id, resultAt(p.id).status])),
  };
}

/**
 * Yearly statistics (Kolada): the organisation's series (and its split by gender, where
 * Kolada has one) with the whole country beside it, and where every region or kommun is
 * given, its place among them and, for a kommun, within its county.
 */
export function seriesChart(entry: Entry<'nyckeltal'>, peers: Peers, lang: Lang = 'sv'): LineChartSpec | undefined {
  const { series, unit, source } = entry.data;
  if (series.length === 0) return undefined;
  const w = wordsOf(lang);
  const t = w.m.charts.nyckeltal;
  const comparison = w.m.charts.comparison;
  const own = peers.kolada.id;
  const words = w.kind(peers.kind);
  const ordered = shownSeries(entry, peers);
  const regions = comparedPeers(entry, peers);
  const county = countyPeers(regions, peers);
  const bands = regions ? regionBands(regions) : [];
  const rankOf = (year: number) => regions && regionRank(regions, own, year, entry.data.direction);
  const countyRankOf = (year: number) => county && regionRank(county, own, year, entry.data.direction);
  const latestRankNow = regions && latestRank(regions, own, entry.data.direction);
  const years = [...new Set(series.flatMap((s) => s.values.map((v) => v.year)))].sort((a, b) => a - b);
  const targets = yearTargets(entry, years);
  const latest = latestSeriesValues(entry, peers);
  const latestText = latest.map((l) => t.latestValue(formatMeasure(l.value, unit, lang), l.name, l.year));
  const hasTargets = Object.keys(targets).length > 0;
  const bandOf = (year: number) => bands.find((b) => b.year === year);
  const countyRankNow = latestRankNow && countyRankOf(latestRankNow.year);
  const rankText = latestRankNow
    ? ` ${rankSentence(latestRankNow, entry.data.direction, peers, countyRankNow || undefined, lang)}`
    : '';
  const compare: LineSeriesSpec[] =
    bands.length > 0
      ? [
          {
            key: 'median',
            name: comparison.median(words),
            role: 'other',
            values: Object.fromEntries(bands.map((b) => [String(b.year), b.median])),
          },
        ]
      : [];
  return {
    kind: 'lines',
    id: `nyckeltal-${entry.id}-${source.kolada ? 'kolada' : 'statistik'}`,
    title: t.seriesTitle(w.format.joinList(ordered.map((s) => s.name)), regions && words),
    subject: entry.data.title,
    summary: t.seriesSummary(latestText, hasTargets, rankText),
    unit,
    x: years.map((year) => ({ key: String(year), label: String(year) })),
    series: [
      ...ordered.map((s): LineSeriesSpec => ({
        key: `omrade-${s.area}`,
        name: s.name,
        role: s.area === own && s.gender === undefined ? 'region' : s.area === COUNTRY_AREA ? 'country' : 'other',
        values: Object.fromEntries(s.values.map((v) => [String(v.year), v.value])),
      })),
      ...compare,
    ],
    targets,
    ...(bands.length > 0
      ? {
          band: {
            name: comparison.band(regions!.length, words),
            values: Object.fromEntries(bands.map((b) => [String(b.year), { low: b.low, high: b.high }])),
          },
        }
      : {}),
    table: {
      caption: t.seriesCaption(entry.data.title, unit, isKronor(unit), regions && { count: regions.length, w: words }),
      columns: seriesColumns(entry, ordered, peers, lang, {
        compared: bands.length > 0,
        county: county !== undefined,
        hasTargets,
      }),
      rows: years.map((year) => {
        const band = bandOf(year);
        const rank = rankOf(year);
        return {
          ar: String(year),
          ...Object.fromEntries(
            ordered.map((s) => [`omrade-${s.area}`, s.values.find((v) => v.year === year)?.value ?? null]),
          ),
          ...(bands.length > 0
            ? {
                median: band?.median ?? null,
                lagst: band?.low ?? null,
                hogst: band?.high ?? null,
                plats: rank ? t.placeOf(rank.place, rank.of) : '',
                ...(county ? { lan: placeOf(countyRankOf(year), lang) } : {}),
              }
            : {}),
          ...(hasTargets ? { mal: targets[String(year)] ?? null } : {}),
        };
      }),
    },
    decimals: columnDecimals(
      [...series.flatMap((s) => s.values.map((v) => v.value)), ...Object.values(targets)],
      VALUE_DECIMALS,
    ),
    lang,
    source: { text: sourceLine(entry.data, 'series', lang), url: source.url, quoted: sourceQuoted(entry.data) },
    example: isExampleField(entry.data, 'series'),
    page: hrefFor({ collection: 'nyckeltal', id: entry.id }),
  };
}

/** The target for each year that has one, by year. */
function yearTargets(entry: Entry<'nyckeltal'>, years: number[]): Record<string, number> {
  return Object.fromEntries(
    years.flatMap((year) => {
      const target = targetFor(entry, year);
      return target ? [[String(year), target.value]] : [];
    }),
  );
}

/** The yearly table's columns: the year, each shown area, the regions' band and place when compared, the target when set. */
function seriesColumns(
  entry: Entry<'nyckeltal'>,
  ordered: ReturnType<typeof shownSeries>,
  peers: Peers,
  lang: Lang,
  { compared, county, hasTargets }: { compared: boolean; county: boolean; hasTargets: boolean },
): TableColumn[] {
  const { unit } = entry.data;
  const w = wordsOf(lang);
  const t = w.m.charts.nyckeltal;
  const words = w.kind(peers.kind);
  return [
    { key: 'ar', label: t.year, kind: 'text' },
    ...ordered.map((s) => ({
      key: `omrade-${s.area}`,
      label: t.withUnit(s.name, unit),
      kind: 'number' as const,
      empty: t.missing,
    })),
    ...(compared
      ? [
          {
            key: 'median',
            label: t.withUnit(w.m.charts.comparison.median(words), unit),
            kind: 'number' as const,
            empty: t.missing,
          },
          { key: 'lagst', label: t.lowest(words, unit), kind: 'number' as const, empty: t.missing },
          { key: 'hogst', label: t.highest(words, unit), kind: 'number' as const, empty: t.missing },
          { key: 'plats', label: t.place(entry.data.direction), kind: 'text' as const },
          ...(county && peers.kolada.county
            ? [{ key: 'lan', label: t.placeIn(peers.kolada.county.name), kind: 'text' as const }]
            : []),
        ]
      : []),
    ...(hasTargets
      ? [{ key: 'mal', label: t.withUnit(t.target, unit), kind: 'number' as const, empty: t.noTarget }]
      : []),
  ];
}

const placeOf = (rank: Rank | undefined, lang: Lang) =>
  rank ? messages(lang).charts.nyckeltal.placeOf(rank.place, rank.of) : '';

/**
 * How a place reads: "Plats 14 av 21 bland regionerna 2022, där plats 1 har lägst värde."
 * A kommun's adds its place in the county: "… bland kommunerna 2022 och plats 3 av 8 i Västernorrlands län, …".
 */
export function rankSentence(
  rank: Rank,
  direction: 'higher' | 'lower',
  peers: Peers,
  inCounty?: Rank,
  lang: Lang = 'sv',
): string {
  const w = wordsOf(lang);
  const county = inCounty && peers.kolada.county && { ...inCounty, name: peers.kolada.county.name };
  return w.m.charts.nyckeltal.rank(rank, direction, w.kind(peers.kind), county || undefined);
}
