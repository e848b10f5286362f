/**
 * A nyckeltal's charts: its result against the target, and its yearly statistics (Kolada)
 * beside the whole country and the other regions.
 */
import { type Catalog, type Entry, resolve } from '#lib/core/catalog.ts';
import { buildLineage, lineageSeries } from '#lib/views/lineage.ts';
import { capitalize, joinList } from '#lib/core/format.ts';
import { STATUS_LABELS } from '#lib/core/labels.ts';
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
  targetFor,
} from '#lib/views/nyckeltal-view.ts';
import { isExampleField } from '#lib/content/examples.ts';
import { latestRank, type Rank, regionBands, regionRank } from './region-comparison.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodLabel } from '#lib/core/titles.ts';
import { kindWords } from '#lib/core/organisation-words.ts';
import {
  type TableColumn,
  type LineSeriesSpec,
  type LineChartSpec,
  type ValueChartSpec,
  columnDecimals,
  COMPARISON,
  type ChartBase,
} from './chart-spec.ts';

/** Which place is 1, in the table's column heading. */
const DIRECTION_RANK = { lower: '1 = lägst', higher: '1 = högst' } as const;

/**
 * A nyckeltal's results per period with the target of each period's year, when at least
 * one result is a number. Periods that could not be measured stay in the chart as marked
 * gaps, never as zeros. A nyckeltal that continues from or into other years' plans is
 * drawn as one series across them, the same on every page of the chain.
 */
export function nyckeltalResultChart(
  catalog: Catalog,
  entry: Entry<'nyckeltal'>,
): LineChartSpec | ValueChartSpec | undefined {
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
  const unitLabel = ` (${unit})`;
  const values = periods.map((p) => resultAt(p.id).value);
  const base: Omit<ChartBase, 'title'> & { unit: string } = {
    id: `nyckeltal-${entry.id}-utfall`,
    subject: entry.data.title,
    summary:
      resultAgainstTarget(catalog, catalog.nyckeltal.get(resultAt(periods[periods.length - 1].id).item)!)?.sentence ??
      '',
    unit,
    table: {
      caption: `${entry.data.title}: utfall, målvärde och status per uppföljning${acrossPlans ? `, i ${joinList(plans.map(planTitle))}` : ''}`,
      columns: [
        { key: 'period', label: 'Period', kind: 'text' },
        ...(acrossPlans ? [{ key: 'plan', label: 'Plan', kind: 'text' as const }] : []),
        {
          key: 'utfall',
          label: `Utfall${unitLabel}`,
          kind: 'number',
          empty: STATUS_LABELS['gar-ej-att-mata'].toLowerCase(),
        },
        { key: 'mal', label: `Målvärde${unitLabel}`, kind: 'number', empty: 'inget målvärde' },
        { key: 'status', label: 'Status', kind: 'text' },
      ],
      rows: periods.map((p) => ({
        period: capitalize(periodLabel(p)),
        ...(acrossPlans ? { plan: planTitle(resultAt(p.id).plan) } : {}),
        utfall: resultAt(p.id).value,
        mal: targets[p.id] ?? null,
        status: STATUS_LABELS[resultAt(p.id).status],
      })),
    },
    decimals: columnDecimals([...values, ...Object.values(targets)], VALUE_DECIMALS),
    source: { text: sourceLine(entry.data), url: entry.data.source.url },
    example: chain.some((link) => isExampleField(catalog.nyckeltal.get(link.id)?.data ?? {}, 'results')),
    page: hrefFor({ collection: 'nyckeltal', id: entry.id }),
  };
  const only = periods.length === 1 ? resultAt(periods[0].id) : undefined;
  if (only && only.value !== null) {
    return {
      ...base,
      kind: 'value',
      title: 'Utfall mot målvärde',
      label: capitalize(periodLabel(periods[0])),
      value: only.value,
      target: targets[periods[0].id],
      status: only.status,
    };
  }
  return {
    ...base,
    kind: 'lines',
    title: acrossPlans ? 'Utfall och målvärde per uppföljning, genom åren' : 'Utfall och målvärde per uppföljning',
    x: periods.map((p) => ({ key: p.id, label: capitalize(periodLabel(p)) })),
    series: [
      {
        key: 'utfall',
        name: 'Utfall',
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
export function seriesChart(entry: Entry<'nyckeltal'>, peers: Peers): LineChartSpec | undefined {
  const { series, unit, source } = entry.data;
  if (series.length === 0) return undefined;
  const own = peers.kolada.id;
  const words = kindWords(peers.kind);
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
  const latestText = latest.map((l) => `${formatMeasure(l.value, unit)} för ${l.name} (${l.year})`);
  const hasTargets = Object.keys(targets).length > 0;
  const bandOf = (year: number) => bands.find((b) => b.year === year);
  const countyRankNow = latestRankNow && countyRankOf(latestRankNow.year);
  const rankText = latestRankNow
    ? ` ${rankSentence(latestRankNow, entry.data.direction, peers, countyRankNow || undefined)}`
    : '';
  const compare: LineSeriesSpec[] =
    bands.length > 0
      ? [
          {
            key: 'median',
            name: COMPARISON.median(peers),
            role: 'other',
            values: Object.fromEntries(bands.map((b) => [String(b.year), b.median])),
          },
        ]
      : [];
  return {
    kind: 'lines',
    id: `nyckeltal-${entry.id}-${source.kolada ? 'kolada' : 'statistik'}`,
    title: `${joinList(ordered.map((s) => s.name))} per år${regions ? `, jämfört med alla ${words.many}` : ''}`,
    subject: entry.data.title,
    summary: `Senaste värdena är ${latestText.join(' och ')}${hasTargets ? '' : '; planen anger inget målvärde'}.${rankText}`,
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
            name: COMPARISON.band(peers, regions!.length),
            values: Object.fromEntries(bands.map((b) => [String(b.year), { low: b.low, high: b.high }])),
          },
        }
      : {}),
    table: {
      caption: `${entry.data.title} per år (${unit}${isKronor(unit) ? ', löpande priser' : ''})${regions ? `, med median, lägsta och högsta värde bland ${regions.length} ${words.many}` : ''}`,
      columns: seriesColumns(entry, ordered, peers, {
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
                plats: rank ? `${rank.place} av ${rank.of}` : '',
                ...(county ? { lan: placeOf(countyRankOf(year)) } : {}),
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
    source: { text: sourceLine(entry.data, 'series'), url: source.url },
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
  { compared, county, hasTargets }: { compared: boolean; county: boolean; hasTargets: boolean },
): TableColumn[] {
  const { unit } = entry.data;
  const words = kindWords(peers.kind);
  return [
    { key: 'ar', label: 'År', kind: 'text' },
    ...ordered.map((s) => ({
      key: `omrade-${s.area}`,
      label: `${s.name} (${unit})`,
      kind: 'number' as const,
      empty: 'uppgift saknas',
    })),
    ...(compared
      ? [
          {
            key: 'median',
            label: `${COMPARISON.median(peers)} (${unit})`,
            kind: 'number' as const,
            empty: 'uppgift saknas',
          },
          { key: 'lagst', label: `Lägsta ${words.one} (${unit})`, kind: 'number' as const, empty: 'uppgift saknas' },
          { key: 'hogst', label: `Högsta ${words.one} (${unit})`, kind: 'number' as const, empty: 'uppgift saknas' },
          { key: 'plats', label: `Plats (${DIRECTION_RANK[entry.data.direction]})`, kind: 'text' as const },
          ...(county && peers.kolada.county
            ? [{ key: 'lan', label: `Plats i ${peers.kolada.county.name}`, kind: 'text' as const }]
            : []),
        ]
      : []),
    ...(hasTargets
      ? [{ key: 'mal', label: `Målvärde (${unit})`, kind: 'number' as const, empty: 'inget målvärde' }]
      : []),
  ];
}

const placeOf = (rank: Rank | undefined) => (rank ? `${rank.place} av ${rank.of}` : '');

/**
 * How a place reads: "Plats 14 av 21 bland regionerna 2022, där plats 1 har lägst värde."
 * A kommun's adds its place in the county: "… bland kommunerna 2022 och plats 3 av 8 i Västernorrlands län, …".
 */
export function rankSentence(rank: Rank, direction: 'higher' | 'lower', peers: Peers, inCounty?: Rank): string {
  const county =
    inCounty && peers.kolada.county
      ? ` och plats ${inCounty.place} av ${inCounty.of} i ${peers.kolada.county.name}`
      : '';
  return `Plats ${rank.place} av ${rank.of} bland ${kindWords(peers.kind).peers} ${rank.year}${county}, där plats 1 har ${direction === 'lower' ? 'lägst' : 'högst'} värde.`;
}
