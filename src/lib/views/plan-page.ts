/**
 * What a plan's page shows, shaped once from the catalog: its items and their counts, which
 * follow-ups are reported, the newest reported summary with the report
 * and date it comes from, its reports, how statuses moved, and its activities. The page only
 * lays this out (its charts are described in `#lib/charts/`, a layer above this one).
 */
import { type Backlinks, type Catalog, type Entry, entries, entryFor, resolve } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodLabel, planYears } from '#lib/core/titles.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { type Words, words as wordsIn } from '#lib/i18n/words.ts';
import { decisionCite } from './decision-cite.ts';
import { documentFacts, entryLink, reportDate } from './links.ts';
import { planTransitions, reportsOfPlan } from './period-diff.ts';
import {
  ALL,
  filterOptions,
  groupByStrategy,
  type ItemRow,
  planItemRows,
  planLineageLinks,
  planWords,
  statedContents,
} from './plan-view.ts';
import { reportSummaries } from './report-summaries.ts';
import { planSummaries, statusSentence } from './status-summary.ts';

/** The entries that refer to the plan (`backlinks` of the catalogue) that its page lists. */
export type PlanBacklinks = Pick<Backlinks, 'plans' | 'documents'>;

/** The plan's page: the figures it is built from, and `view`, what it says. */
export function planPage(catalog: Catalog, plan: Entry<'plans'>, links: PlanBacklinks, lang: Lang) {
  const w = wordsIn(lang);
  const basics = planBasics(catalog, plan, w);
  return { ...basics, view: planPageView(catalog, plan, basics, links, w) };
}

function planBasics(catalog: Catalog, plan: Entry<'plans'>, w: Words) {
  const { formatCount } = w.format;
  const words = planWords(plan, w.lang);
  const rows = planItemRows(catalog, plan.id);
  const summaries = planSummaries(catalog, plan.id);
  const reports = reportsOfPlan(catalog, plan.id);
  const latestSummary = summaries.filter((s) => s.reported).at(-1);
  const ofLatest = reports.filter((r) => r.data.period.id === latestSummary?.period.id);
  return {
    words,
    rows,
    groups: groupByStrategy(catalog, rows),
    /** "38 uppdrag", "23 nyckeltal": the kinds of item the plan has, counted. */
    counts: (['uppdrag', 'nyckeltal'] as const)
      .map((c) => ({ count: rows.filter((r) => r.collection === c).length, word: words[c] }))
      .filter((c) => c.count > 0)
      .map((c) => formatCount(c.count, c.word)),
    summaries,
    /** How many of the plan's follow-ups are reported. */
    reportedCount: summaries.filter((s) => s.reported).length,
    moves: planTransitions(catalog, plan.id),
    reports,
    latestSummary,
    /** The report of the newest reported follow-up, and the date it was reported (the newest dated one). */
    latestReport: ofLatest.at(-1),
    /**
     * When no item of the plan has a status here (none is published, as in a build without
     * examples), the reports on its newest follow-up: they say how it went in their own words.
     */
    statedReports: latestSummary ? [] : reports.filter((r) => r.data.period.id === reports.at(-1)?.data.period.id),
    reportedOn: ofLatest.findLast((r) => r.data.date)?.data.date ?? undefined,
    activities: entries(catalog, 'activities').filter((a) => a.data.plan.id === plan.id),
    statedParts: statedContents(plan, w.lang),
    years: planYears(plan.data),
  };
}

type PlanPageBasics = ReturnType<typeof planBasics>;

/**
 * The page as it is laid out: every sentence, heading and link in the reader's words, so
 * that the page and its components only place them.
 */
function planPageView(catalog: Catalog, plan: Entry<'plans'>, basics: PlanPageBasics, links: PlanBacklinks, w: Words) {
  const t = w.m.pages.plan;
  const { capitalize, joinList } = w.format;
  const { PLAN_KIND_LABELS, STATUS_COUNT_LABELS } = w.labels;
  const { words, rows, groups, latestSummary, statedReports } = basics;
  const { data } = plan;
  const itemWords = t.itemWords(words.uppdrag.many, words.nyckeltal.many);
  const statedPeriod = statedReports[0] && resolve(catalog, statedReports[0].data.period);
  const situationPeriod = latestSummary?.period ?? statedPeriod;
  const sentence = (kind: 'uppdrag' | 'nyckeltal') =>
    latestSummary && latestSummary[kind].total > 0
      ? [capitalize(statusSentence(latestSummary[kind], words[kind], STATUS_COUNT_LABELS, w.lang))]
      : [];
  return {
    kind: PLAN_KIND_LABELS[data.kind],
    bodyName: resolve(catalog, data.body)?.data.name,
    itemWords,
    lineage: planLineageLinks(catalog, plan),
    situationHeading: situationPeriod ? t.situationAt(periodLabel(situationPeriod, w.lang)) : t.situation,
    /** The status in a sentence per kind of item; undefined when no follow-up gives statuses. */
    statusSentences: latestSummary ? [...sentence('uppdrag'), ...sentence('nyckeltal')] : undefined,
    statedReports: reportSummaries(statedReports),
    /** Terms of the statuses are explained when the page shows statuses. */
    termStatuses: latestSummary !== undefined || rows.length > 0,
    source: basics.latestReport && entryLink(basics.latestReport),
    feed: { href: `${hrefFor({ collection: 'plans', id: plan.id })}flode.xml`, label: capitalize(w.m.feeds.plan) },
    listHeading: t.perStrategy(capitalize(itemWords)),
    countLine: `${capitalize(joinList(basics.counts))}${latestSummary ? t.statusAt(periodLabel(latestSummary.period, w.lang)) : ''}.`,
    jumps: groups.map((group) => ({
      href: `#${group.anchor}`,
      label: t.jumpLink(group.strategy?.data.title ?? group.id, group.uppdrag.length + group.nyckeltal.length),
    })),
    filter: filterOptions(catalog, plan.id, { status: ALL, strategy: ALL }),
    omitPeriod: latestSummary?.period.id,
    more: planMore(catalog, plan, basics, links, itemWords, w),
  };
}

/** What "Mer om planen" holds: status moves, facts and decisions, reports and documents, activities. */
function planMore(
  catalog: Catalog,
  plan: Entry<'plans'>,
  basics: PlanPageBasics,
  links: PlanBacklinks,
  itemWords: string,
  w: Words,
) {
  const t = w.m.pages.plan;
  const { formatNumber } = w.format;
  const { COLLECTION_LABELS, DECISION_ROLE_LABELS } = w.labels;
  const { words, rows, reports } = basics;
  return {
    itemWords,
    hasItems: rows.length > 0,
    reportedCount: basics.reportedCount,
    reportedOn: basics.reportedOn,
    moves: statusMoves(basics.moves, words, rows, w),
    lineage: planLineageLinks(catalog, plan),
    facts: planFacts(catalog, plan, basics, links, w),
    decisions: plan.data.decisions.map((d) => ({
      role: DECISION_ROLE_LABELS[d.role],
      cite: decisionCite(catalog, entryFor(catalog, d.decision), w.lang),
    })),
    reportCount: formatNumber(reports.length, 0),
    reports: reports.map((r) => entryLink(r, reportDate(r, w.lang))),
    documentsNote:
      links.documents.length > 0
        ? t.andDocuments(COLLECTION_LABELS.documents.many.toLowerCase(), formatNumber(links.documents.length, 0))
        : undefined,
    documentsHeading: COLLECTION_LABELS.documents.many,
    documents: links.documents.map((d) => entryLink(d, documentFacts(d, w.lang))),
    activities: basics.activities.map((a) => ({ entry: a, href: hrefFor({ collection: 'activities', id: a.id }) })),
  };
}

export type PlanMoreView = ReturnType<typeof planMore>;

/** Each pair of follow-ups with a table per kind of item that has moves. */
function statusMoves(
  moves: PlanPageBasics['moves'],
  words: PlanPageBasics['words'],
  rows: readonly ItemRow[],
  w: Words,
) {
  const t = w.m.pages.plan;
  /** The status moves count example statuses when any item's status is an example. */
  const example = rows.some((row) => row.exampleStatus);
  return moves.map((move) => {
    const [from, to] = [periodLabel(move.from, w.lang), periodLabel(move.to, w.lang)];
    return {
      heading: t.fromTo(from, to),
      tables: (['uppdrag', 'nyckeltal'] as const)
        .filter((kind) => move[kind].length > 0)
        .map((kind) => ({
          id: `statusbyten-${kind}-${move.from.id}-${move.to.id}`,
          caption: t.moveCaption(w.format.capitalize(words[kind].many), from, to),
          rows: move[kind],
          example,
        })),
    };
  });
}

/** The facts about the plan: what its documents say it contains, who decides it, when, and its relatives. */
function planFacts(catalog: Catalog, plan: Entry<'plans'>, basics: PlanPageBasics, links: PlanBacklinks, w: Words) {
  const t = w.m.pages.plan;
  const { formatDate, joinList } = w.format;
  const { data } = plan;
  const body = resolve(catalog, data.body);
  const parent = data.parent && resolve(catalog, data.parent);
  const statedSource = data.stated && resolve(catalog, data.stated.source);
  return {
    stated:
      basics.statedParts.length > 0 && statedSource
        ? {
            href: hrefFor(statedSource),
            title: statedSource.data.title,
            date: formatDate(statedSource.data.date),
            contains: t.contains(joinList(basics.statedParts)),
          }
        : undefined,
    decidedBy: { href: body && hrefFor(data.body), name: body ? body.data.name : data.body.id },
    years: basics.years,
    dnr: data.dnr ?? w.m.source.missing,
    parent: parent ? { href: hrefFor(parent), title: parent.data.title } : undefined,
    children: links.plans.map((c) => entryLink(c)),
    followUps:
      basics.summaries.length > 0
        ? joinList(
            basics.summaries.map((s) =>
              s.period.data.illustrative
                ? `${periodLabel(s.period, w.lang)} (${w.m.example.mark})`
                : periodLabel(s.period, w.lang),
            ),
          )
        : t.noFollowUpPlan,
  };
}
