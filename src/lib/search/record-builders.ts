/**
 * One builder per collection: what an uppdrag, nyckeltal, plan, report, decision or
 * document puts into the search index (its visible lines), what its hit shows (`meta`),
 * what it is filtered and sorted by, and which case it is the record of (`owns`), so that
 * a search for a diarienummer or a paragraph lists the case's own records first.
 * `search-records.ts` turns these drafts into Pagefind records.
 */
import type { CollectionName, NyckeltalStatus, Ref } from '../../schemas/index.ts';
import { type Catalog, type Entry, buildBacklinks, entries, resolve } from '#lib/core/catalog.ts';
import { capitalize, formatDate, formatValue } from '#lib/core/format.ts';
import { keysOf } from '#lib/core/guards.ts';
import {
  ACTIVITY_LABELS,
  COLLECTION_LABELS,
  DECISION_ROLE_LABELS,
  DIRECTION_LABELS,
  DOCUMENT_KIND_LABELS,
  ORIGIN_LABELS,
  PLAN_KIND_LABELS,
  REPORT_KIND_LABELS,
  STATUS_LABELS,
  TERM_LABELS,
  VOCABULARY_LABELS,
} from '#lib/core/labels.ts';
import { decisionCitation, periodLabel, planYears, titleOf } from '#lib/core/titles.ts';
import type { SearchFilterKey } from './search-texts.ts';
import { isExampleField } from '#lib/content/examples.ts';

/** After an invented value in a record's text, so the mark survives in the excerpt. */
const EXAMPLE_SUFFIX = ' (exempel)';

/** What a result shows beside its title; all words, ready to print. */
export interface SearchMeta extends Record<string, string | undefined> {
  title: string;
  /** `Uppdrag`, `Nyckeltal`, `Beslut`, … (an old plan's own words: `Resultatmål`); a report or document with its kind: `Dokument, tjänsteskrivelse`. */
  type: string;
  /** Latest status in words with its period: `Delvis uppfyllt per april 2024`. */
  status?: string;
  /** The plan the entry belongs to. */
  plan?: string;
  /** The entry's date in words, or a plan's years. */
  date?: string;
  dnr?: string;
  /** `Exempel` when the entry is illustrative. */
  example?: string;
}

/**
 * The case a record is the record of: its diarienummer or a decision's paragraph, and how
 * near the case it is, in the order a journalist reads a case: 1 the decision (by its
 * paragraph, or filed under the dnr), 2 the plan or report (with the dnr, or that the decision
 * concerns), 3 the documents (filed under the dnr, or that the decision rests on).
 */
export interface Owned {
  dnr?: string;
  paragraph?: number;
  rank: 1 | 2 | 3;
}

/** The paragraphs of the decisions `refs` name, at `rank`: what a § search lists after the decision. */
function decisionParagraphs(catalog: Catalog, refs: readonly Ref<'decisions'>[], rank: 2 | 3): Owned[] {
  return refs.flatMap((ref) => {
    const decision = resolve(catalog, ref);
    return decision ? [{ paragraph: decision.data.paragraph, rank }] : [];
  });
}

/** A record before its look-up and compound tokens are added. */
export interface RecordDraft {
  collection: CollectionName;
  entry: Entry;
  /** The visible text, one line each; empty values are left out. */
  lines: (string | null | undefined | false)[];
  meta: SearchMeta;
  filters: Partial<Record<SearchFilterKey, string[]>>;
  /** ISO date, or year; what "newest first" sorts by. */
  date: string;
  owns: Owned[];
  /** Words searched but not shown, as the ISO form of a date the text gives in words. */
  hidden?: string[];
}

/** What every builder needs: the catalog, the entries that cite an entry, and MDX texts as plain text. */
export interface BuildContext {
  catalog: Catalog;
  citedBy: ReturnType<typeof buildBacklinks>;
  text: (collection: CollectionName, id: string) => string | undefined;
}

function years(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/** Defined values only, in order, each once: a filter's values. */
function values(...items: (string | undefined)[]): string[] {
  return [...new Set(items.filter((item): item is string => Boolean(item)))];
}

function bodyName(catalog: Catalog, ref: Entry<'plans'>['data']['body']): string | undefined {
  return resolve(catalog, ref)?.data.name;
}

/** The decisions an entry rests on, cited the region's way, so `§ 294` also finds what it led to. */
function decisionLines(catalog: Catalog, refs: Entry<'uppdrag'>['data']['decisions']): string[] {
  return refs
    .map((ref) => resolve(catalog, ref))
    .filter((d) => d !== undefined)
    .map((d) => `Beslut: ${decisionCitation(catalog, d)}`);
}

/**
 * What uppdrag and nyckeltal share: the type in their plan's own words, their statuses in
 * period order (each with its period in words), the lines naming plan and strategy, and
 * what a hit shows and is filtered by, from the latest status.
 */
function itemShape<T extends { period: Ref<'periods'>; status: NyckeltalStatus }>(
  catalog: Catalog,
  kind: 'uppdrag' | 'nyckeltal',
  data: { title: string; plan: Ref<'plans'>; strategy: Ref<'strategies'> },
  statuses: readonly T[],
) {
  const plan = resolve(catalog, data.plan);
  const type = capitalize(VOCABULARY_LABELS[plan?.data.vocabulary ?? 'uppdrag-nyckeltal'][kind].one);
  const strategy = resolve(catalog, data.strategy)?.data.title;
  const reported = statuses
    .map((status) => {
      const period = resolve(catalog, status.period);
      return { ...status, endDate: period?.data.endDate ?? '', periodWords: period ? periodLabel(period) : '' };
    })
    .sort((a, b) => a.endDate.localeCompare(b.endDate));
  const latest = reported.at(-1);
  const shown: Pick<RecordDraft, 'meta' | 'filters' | 'date'> = {
    meta: {
      title: data.title,
      type,
      status: latest && `${STATUS_LABELS[latest.status]} ${latest.periodWords}`.trim(),
      plan: plan?.data.title,
    },
    filters: {
      typ: [type],
      organ: values(plan && bodyName(catalog, plan.data.body)),
      plan: values(plan?.data.title),
      ar: plan ? years(plan.data.startYear, plan.data.endYear) : [],
      status: values(latest && STATUS_LABELS[latest.status]),
      strategi: values(strategy),
    },
    date: latest?.endDate || `${plan?.data.startYear ?? ''}`,
  };
  return { reported, context: [plan && `${type} i ${plan.data.title}`, strategy && `Strategi: ${strategy}`], shown };
}

export function uppdragRecord({ catalog, text }: BuildContext, entry: Entry<'uppdrag'>): RecordDraft {
  const { data } = entry;
  const item = itemShape(catalog, 'uppdrag', data, data.statuses);
  return {
    collection: 'uppdrag',
    entry,
    lines: [
      data.title,
      text('uppdrag', entry.id),
      ...item.reported.map(
        (s) =>
          `${capitalize(s.periodWords)}: ${STATUS_LABELS[s.status]}${isExampleField(data, 'statuses') ? EXAMPLE_SUFFIX : ''}. ${s.text}`,
      ),
      ...item.context,
      `Ansvarig: ${resolve(catalog, data.responsibleUnit)?.data.name ?? ''}`,
      ORIGIN_LABELS[data.origin],
      ...decisionLines(catalog, data.decisions),
    ],
    ...item.shown,
    owns: [],
  };
}

export function nyckeltalRecord({ catalog }: BuildContext, entry: Entry<'nyckeltal'>): RecordDraft {
  const { data } = entry;
  const item = itemShape(catalog, 'nyckeltal', data, data.results);
  const value = (n: number) => formatValue(n, data.unit);
  const resultsMark = isExampleField(data, 'results') ? EXAMPLE_SUFFIX : '';
  const targetsMark = isExampleField(data, 'targets') ? EXAMPLE_SUFFIX : '';
  return {
    collection: 'nyckeltal',
    entry,
    lines: [
      data.title,
      data.description,
      ...item.reported.map(
        (r) =>
          `${capitalize(r.periodWords)}: ${r.value === null ? '' : `${value(r.value)}, `}${STATUS_LABELS[r.status]}${resultsMark}. ${r.comment}`,
      ),
      ...data.targets.map((t) => `Målvärde ${t.year}: ${value(t.value)}${targetsMark}${t.note ? `. ${t.note}` : ''}`),
      ...data.series.map(
        (s) =>
          `${s.name}: ${s.values.flatMap((v) => (v.value === null ? [] : [`${v.year}: ${value(v.value)}`])).join(', ')}`,
      ),
      ...item.context,
      `${TERM_LABELS[data.term]}. ${DIRECTION_LABELS[data.direction]}. Enhet: ${data.unit}`,
      data.responsibleUnit && `Ansvarig: ${resolve(catalog, data.responsibleUnit)?.data.name ?? ''}`,
      resultsMark && data.source.gives
        ? `Källa för ${data.source.gives.toLowerCase()}: ${data.source.name}; värdena ovan är exempel`
        : `Källa: ${data.source.name}${data.source.kolada ? ` (Kolada ${data.source.kolada})` : ''}`,
      ...decisionLines(catalog, data.decisions),
    ],
    ...item.shown,
    owns: [],
  };
}

/** The plan's own count of what it holds, as it states it: `38 uppdrag, 30 från regionplanen, …`. */
function statedLine(data: Entry<'plans'>['data']): string | undefined {
  const { stated } = data;
  if (!stated) return undefined;
  const words = VOCABULARY_LABELS[data.vocabulary];
  return [
    stated.uppdrag !== undefined && `${stated.uppdrag} ${words.uppdrag.many}`,
    stated.uppdragFromRegionplan !== undefined && `${stated.uppdragFromRegionplan} från regionplanen`,
    stated.uppdragOwn !== undefined && `${stated.uppdragOwn} egna`,
    stated.nyckeltal !== undefined && `${stated.nyckeltal} ${words.nyckeltal.many}`,
    stated.activities !== undefined && `${stated.activities} aktiviteter`,
  ]
    .filter(Boolean)
    .join(', ');
}

export function planRecord({ catalog }: BuildContext, entry: Entry<'plans'>): RecordDraft {
  const { data } = entry;
  const span = planYears(data);
  const adopted = data.decisions.map((d) => resolve(catalog, d.decision)).find(Boolean);
  const activities = entries(catalog, 'activities').filter((a) => a.data.plan.id === entry.id);
  return {
    collection: 'plans',
    entry,
    lines: [
      data.title,
      data.summary,
      `${PLAN_KIND_LABELS[data.kind]} ${span}, ${bodyName(catalog, data.body) ?? ''}`,
      data.dnr && `Diarienummer ${data.dnr}`,
      ...data.decisions.map((d) => {
        const decision = resolve(catalog, d.decision);
        return decision && `${DECISION_ROLE_LABELS[d.role]}: ${titleOf(catalog, decision)}`;
      }),
      data.parent && `Bygger på ${resolve(catalog, data.parent)?.data.title ?? ''}`,
      statedLine(data),
      ...activities.flatMap((a) =>
        a.data.counts.map((c) => {
          const period = resolve(catalog, c.period);
          const counts = keysOf(c.counts).map((status) => `${ACTIVITY_LABELS[status]}: ${c.counts[status]}`);
          return `Aktiviteter ${period ? periodLabel(period) : ''}: ${counts.join(', ')}`;
        }),
      ),
      `Uppföljning: ${data.periods
        .map((p) => resolve(catalog, p))
        .filter((p) => p !== undefined)
        .map((p) => periodLabel(p))
        .join(', ')}`,
    ],
    meta: { title: data.title, type: COLLECTION_LABELS.plans.one, date: span, dnr: data.dnr },
    filters: {
      typ: [COLLECTION_LABELS.plans.one],
      organ: values(bodyName(catalog, data.body)),
      plan: [data.title],
      ar: years(data.startYear, data.endYear),
    },
    date: adopted?.data.date ?? `${data.startYear}`,
    owns: [
      ...(data.dnr ? [{ dnr: data.dnr, rank: 2 as const }] : []),
      ...decisionParagraphs(
        catalog,
        data.decisions.map((d) => d.decision),
        2,
      ),
    ],
  };
}

export function reportRecord({ catalog }: BuildContext, entry: Entry<'reports'>): RecordDraft {
  const { data } = entry;
  const plan = resolve(catalog, data.plan);
  const period = resolve(catalog, data.period);
  const kind = REPORT_KIND_LABELS[data.kind];
  return {
    collection: 'reports',
    entry,
    lines: [
      data.title,
      data.summary,
      `${kind} ${period ? periodLabel(period) : ''}`,
      plan && `Följer upp ${plan.data.title}`,
      data.date && `Datum ${formatDate(data.date)}`,
      `Diarienummer ${data.dnr}`,
      ...decisionLines(catalog, data.decisions),
      ...data.documents.map((d) => resolve(catalog, d)?.data.title),
    ],
    meta: {
      title: data.title,
      type: /rapport$/i.test(kind) ? kind : `${COLLECTION_LABELS.reports.one}, ${kind.toLowerCase()}`,
      plan: plan?.data.title,
      date: data.date ? formatDate(data.date) : period && capitalize(periodLabel(period)),
      dnr: data.dnr,
    },
    filters: {
      typ: [COLLECTION_LABELS.reports.one],
      organ: values(plan && bodyName(catalog, plan.data.body)),
      plan: values(plan?.data.title),
      ar: values(period && String(period.data.year)),
    },
    date: data.date ?? period?.data.endDate ?? '',
    owns: [{ dnr: data.dnr, rank: 2 }, ...decisionParagraphs(catalog, data.decisions, 2)],
    hidden: data.date ? [data.date] : [],
  };
}

export function decisionRecord({ catalog, citedBy }: BuildContext, entry: Entry<'decisions'>): RecordDraft {
  const { data } = entry;
  const body = resolve(catalog, data.body);
  const plans = citedBy({ collection: 'decisions', id: entry.id }).plans ?? [];
  const title = titleOf(catalog, entry);
  return {
    collection: 'decisions',
    entry,
    lines: [
      title,
      data.summary,
      `${body?.data.name ?? ''} ${formatDate(data.date)}${data.endDate ? `–${formatDate(data.endDate)}` : ''}, § ${data.paragraph}`,
      data.dnr && `Diarienummer ${data.dnr}`,
      ...plans.map((p) => `Gäller ${p.data.title}`),
    ],
    meta: {
      title,
      type: COLLECTION_LABELS.decisions.one,
      date: formatDate(data.date),
      dnr: data.dnr ?? undefined,
      plan: plans[0]?.data.title,
    },
    filters: {
      typ: [COLLECTION_LABELS.decisions.one],
      organ: values(body?.data.name),
      plan: values(...plans.map((p) => p.data.title)),
      ar: [data.date.slice(0, 4)],
    },
    date: data.date,
    owns: [{ paragraph: data.paragraph, rank: 1 }, ...(data.dnr ? [{ dnr: data.dnr, rank: 1 as const }] : [])],
  };
}

export function documentRecord({ catalog, text }: BuildContext, entry: Entry<'documents'>): RecordDraft {
  const { data } = entry;
  const plans = data.plans.map((p) => resolve(catalog, p)).filter((p) => p !== undefined);
  const decisions = data.decisions.map((d) => resolve(catalog, d)).filter((d) => d !== undefined);
  const kind = DOCUMENT_KIND_LABELS[data.kind];
  return {
    collection: 'documents',
    entry,
    lines: [
      data.title,
      `${kind}, ${formatDate(data.date)}, diarienummer ${data.dnr}`,
      text('documents', entry.id),
      `${resolve(catalog, data.unit)?.data.name ?? ''}${data.author ? `, ${data.author}` : ''}`,
      data.signedBy.length > 0 && `Undertecknat av ${data.signedBy.join(', ')}`,
      data.sourceNote,
    ],
    meta: {
      title: data.title,
      type: `${COLLECTION_LABELS.documents.one}, ${kind.toLowerCase()}`,
      date: formatDate(data.date),
      dnr: data.dnr,
      plan: plans[0]?.data.title,
    },
    filters: {
      typ: [COLLECTION_LABELS.documents.one],
      organ: values(
        ...plans.map((p) => bodyName(catalog, p.data.body)),
        ...decisions.map((d) => bodyName(catalog, d.data.body)),
      ),
      plan: values(...plans.map((p) => p.data.title)),
      ar: [data.date.slice(0, 4)],
    },
    date: data.date,
    owns: [{ dnr: data.dnr, rank: 3 }, ...decisionParagraphs(catalog, data.decisions, 3)],
    hidden: [data.date],
  };
}
