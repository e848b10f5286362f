/**
 * What a nyckeltal's page shows, shaped once from the catalog: its latest result against the
 * target, its charts, its place among the other regions or kommuner, its status at each
 * follow-up, its facts and where the numbers come from. The page only lays this out.
 */
import { type Catalog, type Entry, entryFor, resolve } from '#lib/core/catalog.ts';
import { glossaryHref, nyckeltalTermHref, unitTerm } from '#lib/core/glossary.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodLabel } from '#lib/core/titles.ts';
import { isExampleField } from '#lib/content/examples.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { type Words, words as wordsIn } from '#lib/i18n/words.ts';
import { itemLinks, itemPlace, itemReports, type NamedLink, reportedOn, statusRow } from './item-page.ts';
import { itemLineageSteps } from './lineage.ts';
import {
  formatMeasure,
  isKronor,
  latestSeriesValues,
  type Peers,
  resultAgainstTarget,
  sourceLine,
  sourceQuoted,
  VALUE_DECIMALS,
} from './nyckeltal-view.ts';
import { planWords } from './plan-view.ts';
import { nyckeltalHistory } from './status-summary.ts';

/** A region or kommun in a ranking, with its value that year and its place (1 is the best). */
export interface RankedPeer {
  area: string;
  name: string;
  value: number;
  place: number;
}

/**
 * What the page draws, made in `#lib/charts/` (a layer above this one) and handed in as plain
 * data: the chart of the results against the targets, the chart of the statistics, and, when
 * the nyckeltal compares all regions or kommuner, the latest year the organisation has a place
 * among them, with every peer ranked that year (and those of its county, for a kommun).
 */
export interface NyckeltalFigures<Chart> {
  result?: Chart;
  series?: Chart;
  ranking?: { year: number; all: RankedPeer[]; county: RankedPeer[] };
}

export function nyckeltalPage<Chart>(
  catalog: Catalog,
  peers: Peers,
  item: Entry<'nyckeltal'>,
  figures: NyckeltalFigures<Chart>,
  lang: Lang,
) {
  const w = wordsIn(lang);
  const t = w.m.pages.nyckeltal;
  const { capitalize, joinList } = w.format;
  const { data } = item;
  const plan = entryFor(catalog, data.plan);
  const noun = planWords(plan, lang).nyckeltal.one;
  const latest = resultAgainstTarget(catalog, item, lang);
  const reports = itemReports(catalog, item);
  const reported = reportedOn(reports, latest?.period);
  const results = nyckeltalHistory(catalog, item);
  const exampleResults = isExampleField(data, 'results');
  const latestSeries = latestSeriesValues(item, peers);
  const unit = data.responsibleUnit && resolve(catalog, data.responsibleUnit);
  const term = unitTerm(data.unit, w.m.glossary);
  return {
    /** The plan's word for a nyckeltal, as a sentence starts it ("Nyckeltal"), and the plan's title. */
    noun: capitalize(noun),
    planTitle: plan.data.title,
    term: { href: nyckeltalTermHref(data.term, w.m.glossary), label: w.labels.TERM_LABELS[data.term] },
    lineage: { steps: itemLineageSteps(catalog, item), noun },
    reportedOn: reported,
    /** The results are examples, not reported ones. */
    exampleResults,
    citeExample: exampleResults || isExampleField(data, 'title'),
    direction: w.labels.DIRECTION_LABELS[data.direction],
    latest: latest && {
      status: latest.result.status,
      // The result chart's summary says the numbers in a sentence; beside it, the period is enough.
      text: figures.result ? `${capitalize(periodLabel(latest.period, lang))}.` : latest.sentence,
    },
    /** The latest values of the statistics in words, when no chart of them shows them. */
    latestSeries:
      latestSeries.length > 0 && !figures.series
        ? joinList(latestSeries.map((s) => t.seriesValue(formatMeasure(s.value, data.unit, lang), s.name, s.year)))
        : undefined,
    charts: [
      ...(figures.result ? [{ spec: figures.result, reported }] : []),
      ...(figures.series ? [{ spec: figures.series, reported: undefined }] : []),
    ],
    /** The words for the organisation's peers: "region", "regioner". */
    peers: w.kind(peers.kind),
    ranking: figures.ranking && ranking(figures.ranking, peers, w),
    statuses: results.map((r) => statusRow(r.period, r.status, r.comment, lang)),
    unit: {
      name: data.unit,
      /** The unit written out, with its entry in the glossary, when it is an abbreviation. */
      term: term && { expansion: term.expansion, href: glossaryHref(term.id, w.m.glossary.groups) },
      kronor: isKronor(data.unit),
      currentPricesHref: glossaryHref('lopande-priser', w.m.glossary.groups),
    },
    targets: targets(item, figures.result !== undefined, results, w),
    place: itemPlace(catalog, item),
    responsibleUnit: unit && ({ title: unit.data.name, href: hrefFor(unit) } satisfies NamedLink),
    source: {
      text: sourceLine(data, data.series.length > 0 ? 'series' : 'results', lang),
      href: data.source.url,
      quoted: sourceQuoted(data),
    },
    links: itemLinks(catalog, item, reports, lang),
  };
}

/**
 * The targets in words, "2024: 85,0 %", oldest first. Those the result chart already shows
 * (and its table lists) are not repeated: the others are then named as such.
 */
function targets(
  item: Entry<'nyckeltal'>,
  charted: boolean,
  results: readonly { period: Entry<'periods'> }[],
  w: Words,
) {
  const sorted = [...item.data.targets].sort((a, b) => a.year - b.year);
  const shown = charted ? sorted.filter((target) => !results.some((r) => r.period.data.year === target.year)) : sorted;
  return {
    none: sorted.length === 0,
    others: charted,
    text:
      shown.length > 0
        ? w.format.joinList(
            shown.map(
              (target) =>
                `${target.year}: ${formatMeasure(target.value, item.data.unit, w.lang)}${target.note ? ` (${target.note})` : ''}`,
            ),
          )
        : undefined,
  };
}

/** The ranking tables: the kommuner of the county first, for a kommun, then all regions or kommuner. */
function ranking({ year, all, county }: NonNullable<NyckeltalFigures<unknown>['ranking']>, peers: Peers, w: Words) {
  const t = w.m.pages.nyckeltal;
  const words = w.kind(peers.kind);
  const own = peers.kolada.id;
  const rows = (ranked: RankedPeer[]) =>
    ranked.map((r) => ({
      place: r.place,
      name: r.name,
      value: w.format.formatNumber(r.value, VALUE_DECIMALS),
      own: r.area === own,
    }));
  return {
    year,
    tables: [
      ...(peers.kolada.county && county.length > 0
        ? [
            {
              id: 'lanet',
              caption: t.inCountyCaption(county.length, peers.kolada.county.name, year),
              rows: rows(county),
            },
          ]
        : []),
      { id: 'alla-regioner', caption: t.allRegionsCaption(all.length, words.many, year), rows: rows(all) },
    ],
  };
}
