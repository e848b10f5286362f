/**
 * What the pages of an uppdrag and a nyckeltal share, shaped from the catalog: where the item
 * sits, its status at each follow-up, the decisions, documents and reports behind it, and when
 * its latest status was reported. The components that show these get them ready to lay out.
 */
import type { NyckeltalStatus, UppdragStatus } from '../../schemas/index.ts';
import { type Catalog, type Entry, entryFor, resolve } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodLabel } from '#lib/core/titles.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words } from '#lib/i18n/words.ts';
import { type DecisionCiteView, decisionCite } from './decision-cite.ts';
import { documentFacts, type EntryLink, entryLink, reportDate } from './links.ts';
import { newestFirst } from './lists.ts';
import { reportsOfPlan } from './period-diff.ts';

type Item = Entry<'uppdrag' | 'nyckeltal'>;

/** A link to an entry; without `href` when the entry is missing, so only its name is shown. */
export interface NamedLink {
  title: string;
  href?: string;
}

/** The item's plan and strategy, as `ItemPlace.astro` lists them. */
export interface ItemPlace {
  plan: Required<NamedLink>;
  strategy: NamedLink;
}

/** One follow-up in `PeriodStatuses.astro`: the period, its status, the last day it covers and what was reported. */
export interface StatusRow {
  period: string;
  status: UppdragStatus | NyckeltalStatus;
  until: string;
  text: string;
}

/** The decisions, documents and reports behind an item, as `ItemLinks.astro` shows them. */
export interface ItemLinks {
  /** Newest first, each cited as `DecisionList.astro` lists it. */
  decisions: DecisionCiteView[];
  documents: EntryLink[];
  reports: EntryLink[];
}

export function itemPlace(catalog: Catalog, item: Item): ItemPlace {
  const { plan, strategy } = item.data;
  const strategyEntry = resolve(catalog, strategy);
  return {
    plan: { title: entryFor(catalog, plan).data.title, href: hrefFor(plan) },
    // A strategy that is not in the content yet is still named, by its id, rather than left out.
    strategy: strategyEntry ? { title: strategyEntry.data.title, href: hrefFor(strategy) } : { title: strategy.id },
  };
}

/** The reports of the item's plan on the periods it has a status or a result for, in the plan's order. */
export function itemReports(catalog: Catalog, item: Item): Entry<'reports'>[] {
  const followed = item.collection === 'uppdrag' ? item.data.statuses : item.data.results;
  const reported = new Set(followed.map((f) => f.period.id));
  return reportsOfPlan(catalog, item.data.plan.id).filter((r) => reported.has(r.data.period.id));
}

/** When the status for `period` was reported: the date of the newest dated report on it, if any. */
export function reportedOn(reports: readonly Entry<'reports'>[], period: Entry<'periods'> | undefined) {
  if (!period) return undefined;
  return reports.findLast((r) => r.data.period.id === period.id && r.data.date)?.data.date ?? undefined;
}

export function statusRow(period: Entry<'periods'>, status: StatusRow['status'], text: string, lang: Lang): StatusRow {
  const { capitalize, formatDate } = words(lang).format;
  return { period: capitalize(periodLabel(period, lang)), status, until: formatDate(period.data.endDate), text };
}

export function itemLinks(catalog: Catalog, item: Item, reports: readonly Entry<'reports'>[], lang: Lang): ItemLinks {
  return {
    decisions: newestFirst(item.data.decisions.map((ref) => entryFor(catalog, ref))).map((d) =>
      decisionCite(catalog, d, lang),
    ),
    documents: item.data.documents.map((ref) => {
      const document = entryFor(catalog, ref);
      return entryLink(document, documentFacts(document, lang));
    }),
    reports: reports.map((report) => entryLink(report, reportDate(report, lang))),
  };
}
