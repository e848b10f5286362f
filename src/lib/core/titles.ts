/** How each kind of entry is named in headings, links and lists. */
import { type Catalog, type Entry, resolve } from './catalog.ts';
import { formatDate } from './format.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { labels } from '#lib/i18n/words.ts';

/**
 * `RS 2023-11-08 § 194`: how a decision is cited, as the region itself cites it. A date
 * known only to the month reads `RF februari 2024 § 19`, so no day is ever implied. A body
 * whose short name the sources do not give is cited by its name: `Regionfullmäktige 2024-02-19 § 19`.
 */
export function decisionCitation(catalog: Catalog, decision: Entry<'decisions'>): string {
  const { date, endDate, paragraph } = decision.data;
  return `${bodyShortName(catalog, decision.data.body.id)} ${meetingDate(date, endDate)} § ${paragraph}`;
}

/** A meeting's date as a citation gives it: `2024-02-19`, `februari 2024`, or over two days `2019-10-14–15`. */
export function meetingDate(day: string, endDate?: string | null): string {
  return day.length === 7 ? formatDate(day) : endDate ? `${day}–${endDate.slice(8)}` : day;
}

/**
 * A body's short name when the sources give it: one that the body's `exampleFields` names as
 * invented is shown, marked, only on the body's own page, never in citations, the glossary or
 * search, where no mark could travel with it.
 */
export function citedShortName(body: { shortName?: string; exampleFields?: readonly string[] }): string | undefined {
  return body.exampleFields?.includes('shortName') ? undefined : body.shortName;
}

/** What a decision's citation calls its body: the short name the sources give, else the name, else the id. */
export function bodyShortName(catalog: Catalog, id: string): string {
  const body = catalog.bodies.get(id);
  return (body && citedShortName(body.data)) ?? body?.data.name ?? id;
}

/** The years a plan covers: `2024`, or `2024–2026` for a plan over several years. */
export function planYears({ startYear, endYear }: { startYear: number; endYear: number }): string {
  return startYear === endYear ? `${startYear}` : `${startYear}–${endYear}`;
}

export function periodLabel(period: Entry<'periods'>, lang: Lang = 'sv'): string {
  return periodName(period.data, lang);
}

/** A period's name from its kind and year, `Per augusti 2024`, where only its data is at hand (the editor's preview). */
export function periodName({ kind, year }: Pick<Entry<'periods'>['data'], 'kind' | 'year'>, lang: Lang = 'sv'): string {
  return `${labels(lang).PERIOD_KIND_LABELS[kind]} ${year}`;
}

/** What a plan's activities are called: `Aktiviteter i Plan och budget 2024`. */
export function activitiesTitle(planTitle: string): string {
  return `Aktiviteter i ${planTitle}`;
}

/** The name of any entry, for headings and link texts. */
export function titleOf(catalog: Catalog, entry: Entry): string {
  switch (entry.collection) {
    case 'organisations':
    case 'bodies':
    case 'units':
      return entry.data.name;
    case 'periods':
      return periodLabel(entry);
    case 'activities': {
      const plan = resolve(catalog, entry.data.plan);
      return activitiesTitle(plan?.data.title ?? entry.id);
    }
    case 'decisions':
      return `${decisionCitation(catalog, entry)}: ${entry.data.title}`;
    default:
      return entry.data.title;
  }
}
