/**
 * Decisions as journalists look them up: by case (diarienummer), newest first, with the
 * plans, documents and reports filed under the same case beside them.
 */
import { isExampleField } from '#lib/content/examples.ts';
import { type Catalog, type Entry, entries } from '#lib/core/catalog.ts';
import { type Lang, messages } from '#lib/i18n/index.ts';
import { format } from '#lib/i18n/words.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { bodyShortName } from '#lib/core/titles.ts';
import { type EntryLink, entryLink, reportDate } from './links.ts';
import { newestFirst, newestFirstBy } from './lists.ts';

export interface CaseGroup {
  /** `null` for decisions whose diarienummer the sources do not give. */
  dnr: string | null;
  decisions: Entry<'decisions'>[];
  plans: Entry<'plans'>[];
  documents: Entry<'documents'>[];
  reports: Entry<'reports'>[];
}

/** The plans, documents and reports of a case as groups of links under a heading, leaving out empty groups. */
export function caseLinkGroups(group: CaseGroup, lang: Lang = 'sv'): { heading: string; links: EntryLink[] }[] {
  const t = messages(lang).cases;
  const { formatDate } = format(lang);
  return [
    { heading: t.plans, links: group.plans.map((plan) => entryLink(plan)) },
    { heading: t.documents, links: group.documents.map((d) => entryLink(d, formatDate(d.data.date))) },
    { heading: t.reports, links: group.reports.map((report) => entryLink(report, reportDate(report, lang))) },
  ].filter((linkGroup) => linkGroup.links.length > 0);
}

/** The latest date anything in the case carries; '' when none is known. */
function latestDate(group: CaseGroup): string {
  const dates = [...group.decisions, ...group.documents, ...group.reports].map((e) => e.data.date ?? '');
  return dates.sort().at(-1) ?? '';
}

/**
 * Every case: each diarienummer that a decision, plan, document or report carries, with
 * all of them under it. Cases are ordered by their latest date, newest first; cases with
 * no known date after those, and decisions without diarienummer last.
 */
export function decisionsByCase(catalog: Catalog): CaseGroup[] {
  const groups = new Map<string | null, CaseGroup>();
  const group = (dnr: string | null) => {
    let found = groups.get(dnr);
    if (!found) groups.set(dnr, (found = { dnr, decisions: [], plans: [], documents: [], reports: [] }));
    return found;
  };
  for (const decision of entries(catalog, 'decisions')) group(decision.data.dnr).decisions.push(decision);
  for (const plan of entries(catalog, 'plans')) if (plan.data.dnr) group(plan.data.dnr).plans.push(plan);
  for (const document of entries(catalog, 'documents')) group(document.data.dnr).documents.push(document);
  for (const report of entries(catalog, 'reports')) group(report.data.dnr).reports.push(report);
  // Entries come in id order, so entries of the same date stay in id order.
  for (const g of groups.values()) {
    g.decisions = newestFirst(g.decisions);
    g.documents = newestFirst(g.documents);
    g.reports = newestFirstBy(g.reports, (report) => report.data.date ?? '');
  }
  return [...groups.values()].sort((a, b) => {
    if ((a.dnr === null) !== (b.dnr === null)) return a.dnr === null ? 1 : -1;
    return latestDate(b).localeCompare(latestDate(a)) || (a.dnr ?? '').localeCompare(b.dnr ?? '');
  });
}

/**
 * Which parts of a decision a reader sees are examples. A decision rebuilt from other
 * documents may have only an invented title (`exampleFields: ["title"]`): then only the title
 * carries the mark, beside it wherever it stands, and its body, date, § and diarienummer stand
 * as sourced. A decision that is illustrative without `exampleFields` is an example as a whole
 * and carries one mark, as any example entry does in a list.
 */
export interface DecisionExamples {
  /** The whole decision is an example: one mark beside it, and its page's box says so. */
  whole: boolean;
  /** The citation `RS 2023-11-08 § 194`: the body's short name, the date and the paragraph. */
  citation: boolean;
  body: boolean;
  date: boolean;
  paragraph: boolean;
  dnr: boolean;
  title: boolean;
  summary: boolean;
  wording: boolean;
}

export function decisionExamples(data: Entry<'decisions'>['data']): DecisionExamples {
  const partly = data.illustrative !== undefined && Array.isArray(data.exampleFields);
  const is = (field: string) => partly && isExampleField(data, field);
  const [body, date, paragraph] = [is('body'), is('date'), is('paragraph')];
  return {
    whole: data.illustrative !== undefined && !partly,
    citation: body || date || paragraph,
    body,
    date,
    paragraph,
    dnr: is('dnr'),
    title: is('title'),
    summary: is('summary'),
    wording: is('wording'),
  };
}

/** A link to an original: the protocol, the case in the register, the original file. */
export interface SourceLink {
  kind: 'protocol' | 'case' | 'original';
  href: string;
}

/**
 * The addresses of a decision's or a document's originals that the content gives, in the
 * order a reader goes to them: the protocol, the case in the register, the file. None when
 * the sources give none: the page then shows no heading for them.
 */
export function sourceLinks(data: { protocolUrl?: string; caseUrl?: string; originalUrl?: string }): SourceLink[] {
  const links: (SourceLink | undefined)[] = [
    data.protocolUrl ? { kind: 'protocol', href: data.protocolUrl } : undefined,
    data.caseUrl ? { kind: 'case', href: data.caseUrl } : undefined,
    data.originalUrl ? { kind: 'original', href: data.originalUrl } : undefined,
  ];
  return links.filter((link) => link !== undefined);
}

/** Fragment id of a case on the decision list: `RS/595/2023` → `arende-rs-595-2023`. */
export function caseAnchor(dnr: string | null): string {
  return dnr ? `arende-${dnr.toLowerCase().replaceAll('/', '-')}` : 'utan-diarienummer';
}

/** One row of the decision register: datum · organ · § · rubrik · dnr. */
export interface RegisterRow {
  id: string;
  href: string;
  /** As in the source: `2023-11-08`, or `2024-02` when only the month is known. */
  date: string;
  endDate?: string;
  year: string;
  body: { id: string; short: string; name: string };
  paragraph: number;
  title: string;
  dnr: string | null;
  /** Any part is an example. */
  illustrative: boolean;
  /** Which parts are: each is marked where it stands. */
  examples: DecisionExamples;
}

/**
 * Newest first by meeting date, compared as dates (a month-only date counts as the month's
 * first day), then by paragraph, highest first: the order a protocol is read backwards.
 */
export function compareDecisionsNewestFirst(a: RegisterRow, b: RegisterRow): number {
  const day = (date: string) => (date.length === 7 ? `${date}-01` : date);
  return day(b.date).localeCompare(day(a.date)) || b.paragraph - a.paragraph || a.id.localeCompare(b.id);
}

/** Every decision as a register row, newest first. */
export function decisionRegister(catalog: Catalog): RegisterRow[] {
  return entries(catalog, 'decisions')
    .map((d) => {
      const body = catalog.bodies.get(d.data.body.id);
      return {
        id: d.id,
        href: hrefFor({ collection: 'decisions', id: d.id }),
        date: d.data.date,
        endDate: d.data.endDate,
        year: d.data.date.slice(0, 4),
        body: {
          id: d.data.body.id,
          short: bodyShortName(catalog, d.data.body.id),
          name: body?.data.name ?? d.data.body.id,
        },
        paragraph: d.data.paragraph,
        title: d.data.title,
        dnr: d.data.dnr,
        illustrative: d.data.illustrative !== undefined,
        examples: decisionExamples(d.data),
      };
    })
    .sort(compareDecisionsNewestFirst);
}

/** The value of a register filter that shows everything. */
export const ALL_DECISIONS = 'alla';

/** The address of a filtered view of the register; the unfiltered one is `/beslut/`. */
export function registerHref(body: string, year: string): string {
  return body === ALL_DECISIONS && year === ALL_DECISIONS ? '/beslut/' : `/beslut/urval/${body}/${year}/`;
}

export interface RegisterView {
  body: string;
  year: string;
  href: string;
  rows: RegisterRow[];
  /** The filter's choices, each with how many rows it would show and its link (none when it shows nothing). */
  /** Each choice; without a label, the choice of every body or every year. */
  bodies: { key: string; label?: string; count: number; href?: string; selected: boolean }[];
  years: { key: string; label?: string; count: number; href?: string; selected: boolean }[];
}

/**
 * Every filtered view of the register (by body, by year, or both) that shows at least one
 * decision, pre-built as pages so the filter is a set of plain links and needs no script.
 */
export function registerViews(catalog: Catalog): RegisterView[] {
  const all = decisionRegister(catalog);
  const bodies = [...new Map(all.map((r) => [r.body.id, r.body])).values()].sort((a, b) =>
    a.name.localeCompare(b.name, 'sv'),
  );
  const years = [...new Set(all.map((r) => r.year))].sort().reverse();
  const match = (body: string, year: string) => (row: RegisterRow) =>
    (body === ALL_DECISIONS || row.body.id === body) && (year === ALL_DECISIONS || row.year === year);
  const option = (key: string, label: string | undefined, body: string, year: string, selected: boolean) => {
    const count = all.filter(match(body, year)).length;
    return { key, label, count, href: count > 0 ? registerHref(body, year) : undefined, selected };
  };
  const views: RegisterView[] = [];
  for (const body of [ALL_DECISIONS, ...bodies.map((b) => b.id)]) {
    for (const year of [ALL_DECISIONS, ...years]) {
      const rows = all.filter(match(body, year));
      // The whole register is there even with no decision in it: /beslut/ always exists.
      if (rows.length === 0 && !(body === ALL_DECISIONS && year === ALL_DECISIONS)) continue;
      views.push({
        body,
        year,
        href: registerHref(body, year),
        rows,
        bodies: [
          option(ALL_DECISIONS, undefined, ALL_DECISIONS, year, body === ALL_DECISIONS),
          ...bodies.map((b) => option(b.id, b.name, b.id, year, body === b.id)),
        ],
        years: [
          option(ALL_DECISIONS, undefined, body, ALL_DECISIONS, year === ALL_DECISIONS),
          ...years.map((y) => option(y, y, body, y, year === y)),
        ],
      });
    }
  }
  return views;
}

/** The whole register, unfiltered: the view that /beslut/ shows. */
export function wholeRegister(catalog: Catalog): RegisterView {
  const [whole] = registerViews(catalog);
  return whole;
}
