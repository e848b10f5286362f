/**
 * The search index's records, built from the validated content rather than crawled from
 * the built pages: what a record holds is decided here, page chrome (navigation, footer)
 * never gets in, and page templates can change without changing search.
 *
 * One record per uppdrag, nyckeltal, plan, report, decision and document. Its content is
 * the entry's own text with the names of what it belongs to, and the figures as the page
 * shows them; `meta` is what a result shows (type, latest status, plan or date); `filters`
 * and `sort` are what the search page filters and sorts by.
 */
import type { CollectionName, NyckeltalStatus, Ref } from '../../schemas/index.ts';
import { type Catalog, type Entry, buildBacklinks, entries, resolve } from '#lib/core/catalog.ts';
import { dnrPrefixes, lookupTokens } from '#lib/core/dnr.ts';
import { capitalize, formatDate, formatValue } from '#lib/core/format.ts';
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
import { hrefFor } from '#lib/core/routes.ts';
import { SEARCH_MESSAGES, type SearchFilterKey } from './search-texts.ts';
import { decisionCitation, periodLabel, titleOf } from '#lib/core/titles.ts';

/** What Pagefind's `addCustomRecord` takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'sv';
  meta: SearchMeta;
  filters: Partial<Record<SearchFilterKey, string[]>>;
  /** ISO date (`2024-04-30`, or `2024-02` when only the month is known); every record has one, since Pagefind leaves records without the key out of sorted results. */
  sort: { date: string };
}

/** What a result shows beside its title; all words, ready to print. */
export interface SearchMeta extends Record<string, string | undefined> {
  title: string;
  /** `Uppdrag`, `Nyckeltal`, `Beslut`, … (an old plan's own words: `Resultatmål`). */
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

/** The plain running text of an MDX body: markup, imports and components left out. */
export function mdxToText(mdx: string): string {
  return mdx
    .replace(/^\s*(?:import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*`]+/g, '')
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '$1')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Texts as Pagefind should see them: no-break spaces and U+2212 minus as plain ones, so `31 612` is two words as typed. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
}

function years(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/** Defined values only, in order, each once: a filter's values. */
function values(...items: (string | undefined)[]): string[] {
  return [...new Set(items.filter((item): item is string => Boolean(item)))];
}

function record(
  collection: CollectionName,
  entry: Entry,
  parts: {
    lines: (string | null | undefined | false)[];
    meta: SearchMeta;
    filters: SearchRecord['filters'];
    date: string;
  },
  prefixes: readonly string[],
): SearchRecord {
  const text = plain(parts.lines.filter(Boolean).join('\n'));
  const tokens = lookupTokens(text, prefixes);
  const meta = Object.fromEntries(Object.entries(parts.meta).filter(([, value]) => value !== undefined)) as SearchMeta;
  if ((entry.data as { illustrative?: string }).illustrative) meta.example = SEARCH_MESSAGES.example;
  const filters = Object.fromEntries(Object.entries(parts.filters).filter(([, list]) => list && list.length > 0));
  return {
    url: hrefFor({ collection, id: entry.id }),
    // The look-up tokens go last, so excerpts show the entry's own text first.
    content: tokens.length > 0 ? `${text}\n${tokens.join(' ')}` : text,
    language: 'sv',
    meta,
    filters,
    sort: { date: parts.date },
  };
}

/**
 * Every search record of the content. `bodyOf` gives an entry's MDX body (uppdrag's
 * description, documents' full text); the Astro side has none and gets records without it.
 */
export function buildSearchRecords(
  catalog: Catalog,
  bodyOf: (collection: CollectionName, id: string) => string | undefined = () => undefined,
): SearchRecord[] {
  const prefixes = lookupPrefixes(catalog);
  const backlinks = buildBacklinks(catalog);
  const body = (collection: CollectionName, id: string) => {
    const mdx = bodyOf(collection, id);
    return mdx ? mdxToText(mdx) : undefined;
  };
  const bodyName = (ref: Entry<'plans'>['data']['body']) => resolve(catalog, ref)?.data.name;
  const periodOf = (ref: Entry<'reports'>['data']['period']) => resolve(catalog, ref);
  const records: SearchRecord[] = [];

  for (const entry of entries(catalog, 'uppdrag')) {
    const { data } = entry;
    const item = itemShape(catalog, 'uppdrag', data, data.statuses);
    records.push(
      record(
        'uppdrag',
        entry,
        {
          lines: [
            data.title,
            body('uppdrag', entry.id),
            ...item.reported.map((s) => `${capitalize(s.periodWords)}: ${STATUS_LABELS[s.status]}. ${s.text}`),
            ...item.context,
            `Ansvarig: ${resolve(catalog, data.responsibleUnit)?.data.name ?? ''}`,
            ORIGIN_LABELS[data.origin],
            ...decisionLines(catalog, data.decisions),
          ],
          ...item.shown,
        },
        prefixes,
      ),
    );
  }

  for (const entry of entries(catalog, 'nyckeltal')) {
    const { data } = entry;
    const item = itemShape(catalog, 'nyckeltal', data, data.results);
    const value = (n: number) => formatValue(n, data.unit);
    records.push(
      record(
        'nyckeltal',
        entry,
        {
          lines: [
            data.title,
            data.description,
            ...item.reported.map(
              (r) =>
                `${capitalize(r.periodWords)}: ${r.value === null ? '' : `${value(r.value)}, `}${STATUS_LABELS[r.status]}. ${r.comment}`,
            ),
            ...data.targets.map((t) => `Målvärde ${t.year}: ${value(t.value)}${t.note ? `. ${t.note}` : ''}`),
            ...data.series.map(
              (s) =>
                `${s.name}: ${s.values.flatMap((v) => (v.value === null ? [] : [`${v.year}: ${value(v.value)}`])).join(', ')}`,
            ),
            ...item.context,
            `${TERM_LABELS[data.term]}. ${DIRECTION_LABELS[data.direction]}. Enhet: ${data.unit}`,
            data.responsibleUnit && `Ansvarig: ${resolve(catalog, data.responsibleUnit)?.data.name ?? ''}`,
            `Källa: ${data.source.name}${data.source.kolada ? ` (Kolada ${data.source.kolada})` : ''}`,
            ...decisionLines(catalog, data.decisions),
          ],
          ...item.shown,
        },
        prefixes,
      ),
    );
  }

  for (const entry of entries(catalog, 'plans')) {
    const { data } = entry;
    const span = data.startYear === data.endYear ? `${data.startYear}` : `${data.startYear}–${data.endYear}`;
    const adopted = data.decisions.map((d) => resolve(catalog, d.decision)).find(Boolean);
    const activities = entries(catalog, 'activities').filter((a) => a.data.plan.id === entry.id);
    const stated = data.stated;
    const words = VOCABULARY_LABELS[data.vocabulary];
    records.push(
      record(
        'plans',
        entry,
        {
          lines: [
            data.title,
            data.summary,
            `${PLAN_KIND_LABELS[data.kind]} ${span}, ${bodyName(data.body) ?? ''}`,
            data.dnr && `Diarienummer ${data.dnr}`,
            ...data.decisions.map((d) => {
              const decision = resolve(catalog, d.decision);
              return decision && `${DECISION_ROLE_LABELS[d.role]}: ${titleOf(catalog, decision)}`;
            }),
            data.parent && `Bygger på ${resolve(catalog, data.parent)?.data.title ?? ''}`,
            stated &&
              [
                stated.uppdrag !== undefined && `${stated.uppdrag} ${words.uppdrag.many}`,
                stated.uppdragFromRegionplan !== undefined && `${stated.uppdragFromRegionplan} från regionplanen`,
                stated.uppdragOwn !== undefined && `${stated.uppdragOwn} egna`,
                stated.nyckeltal !== undefined && `${stated.nyckeltal} ${words.nyckeltal.many}`,
                stated.activities !== undefined && `${stated.activities} aktiviteter`,
              ]
                .filter(Boolean)
                .join(', '),
            ...activities.flatMap((a) =>
              a.data.counts.map((c) => {
                const period = periodOf(c.period);
                const counts = Object.entries(c.counts).map(
                  ([status, n]) => `${ACTIVITY_LABELS[status as keyof typeof ACTIVITY_LABELS]}: ${n}`,
                );
                return `Aktiviteter ${period ? periodLabel(period) : ''}: ${counts.join(', ')}`;
              }),
            ),
            `Uppföljning: ${data.periods
              .map((p) => periodOf(p))
              .filter(Boolean)
              .map((p) => periodLabel(p!))
              .join(', ')}`,
          ],
          meta: { title: data.title, type: COLLECTION_LABELS.plans.one, date: span, dnr: data.dnr },
          filters: {
            typ: [COLLECTION_LABELS.plans.one],
            organ: values(bodyName(data.body)),
            plan: [data.title],
            ar: years(data.startYear, data.endYear),
          },
          date: adopted?.data.date ?? `${data.startYear}`,
        },
        prefixes,
      ),
    );
  }

  for (const entry of entries(catalog, 'reports')) {
    const { data } = entry;
    const plan = resolve(catalog, data.plan);
    const period = periodOf(data.period);
    records.push(
      record(
        'reports',
        entry,
        {
          lines: [
            data.title,
            data.summary,
            `${REPORT_KIND_LABELS[data.kind]} ${period ? periodLabel(period) : ''}`,
            plan && `Följer upp ${plan.data.title}`,
            data.date && `Datum ${data.date}, ${formatDate(data.date)}`,
            `Diarienummer ${data.dnr}`,
            ...decisionLines(catalog, data.decisions),
            ...data.documents.map((d) => resolve(catalog, d)?.data.title),
          ],
          meta: {
            title: data.title,
            type: COLLECTION_LABELS.reports.one,
            plan: plan?.data.title,
            date: data.date ? formatDate(data.date) : period && capitalize(periodLabel(period)),
            dnr: data.dnr,
          },
          filters: {
            typ: [COLLECTION_LABELS.reports.one],
            organ: values(plan && bodyName(plan.data.body)),
            plan: values(plan?.data.title),
            ar: values(period && String(period.data.year)),
          },
          date: data.date ?? period?.data.endDate ?? '',
        },
        prefixes,
      ),
    );
  }

  for (const entry of entries(catalog, 'decisions')) {
    const { data } = entry;
    const body = resolve(catalog, data.body);
    const plans = (backlinks({ collection: 'decisions', id: entry.id }).plans ?? []) as Entry<'plans'>[];
    records.push(
      record(
        'decisions',
        entry,
        {
          lines: [
            titleOf(catalog, entry),
            data.summary,
            `${body?.data.name ?? ''} ${formatDate(data.date)}${data.endDate ? `–${formatDate(data.endDate)}` : ''}, § ${data.paragraph}`,
            data.dnr && `Diarienummer ${data.dnr}`,
            ...plans.map((p) => `Gäller ${p.data.title}`),
          ],
          meta: {
            title: titleOf(catalog, entry),
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
        },
        prefixes,
      ),
    );
  }

  for (const entry of entries(catalog, 'documents')) {
    const { data } = entry;
    const plans = data.plans.map((p) => resolve(catalog, p)).filter((p) => p !== undefined);
    const decisions = data.decisions.map((d) => resolve(catalog, d)).filter((d) => d !== undefined);
    records.push(
      record(
        'documents',
        entry,
        {
          lines: [
            data.title,
            `${DOCUMENT_KIND_LABELS[data.kind]}, ${formatDate(data.date)} (${data.date}), diarienummer ${data.dnr}`,
            body('documents', entry.id),
            `${resolve(catalog, data.unit)?.data.name ?? ''}${data.author ? `, ${data.author}` : ''}`,
            data.signedBy.length > 0 && `Undertecknat av ${data.signedBy.join(', ')}`,
            data.sourceNote,
          ],
          meta: {
            title: data.title,
            type: COLLECTION_LABELS.documents.one,
            date: formatDate(data.date),
            dnr: data.dnr,
            plan: plans[0]?.data.title,
          },
          filters: {
            typ: [COLLECTION_LABELS.documents.one],
            organ: values(...plans.map((p) => bodyName(p.data.body)), ...decisions.map((d) => bodyName(d.data.body))),
            plan: values(...plans.map((p) => p.data.title)),
            ar: [data.date.slice(0, 4)],
          },
          date: data.date,
        },
        prefixes,
      ),
    );
  }

  return records;
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
  const shown: Pick<Parameters<typeof record>[2], 'meta' | 'filters' | 'date'> = {
    meta: {
      title: data.title,
      type,
      status: latest && `${STATUS_LABELS[latest.status]} ${latest.periodWords}`.trim(),
      plan: plan?.data.title,
    },
    filters: {
      typ: [type],
      organ: values(plan && resolve(catalog, plan.data.body)?.data.name),
      plan: values(plan?.data.title),
      ar: plan ? years(plan.data.startYear, plan.data.endYear) : [],
      status: values(latest && STATUS_LABELS[latest.status]),
      strategi: values(strategy),
    },
    date: latest?.endDate || `${plan?.data.startYear ?? ''}`,
  };
  return { reported, context: [plan && `${type} i ${plan.data.title}`, strategy && `Strategi: ${strategy}`], shown };
}

/** The decisions an entry rests on, cited the region's way, so `§ 294` also finds what it led to. */
function decisionLines(catalog: Catalog, refs: Entry<'uppdrag'>['data']['decisions']): string[] {
  return refs
    .map((ref) => resolve(catalog, ref))
    .filter((d) => d !== undefined)
    .map((d) => `Beslut: ${decisionCitation(catalog, d)}`);
}

/** The diarienummer prefixes in the content (`RS`, `RF`, …): what the query normaliser recognises. */
export function lookupPrefixes(catalog: Catalog): string[] {
  const dnrs = [
    ...entries(catalog, 'plans').map((e) => e.data.dnr),
    ...entries(catalog, 'reports').map((e) => e.data.dnr),
    ...entries(catalog, 'decisions').map((e) => e.data.dnr),
    ...entries(catalog, 'documents').map((e) => e.data.dnr),
  ].filter((dnr): dnr is string => Boolean(dnr));
  return dnrPrefixes(
    dnrs,
    entries(catalog, 'bodies').map((e) => e.data.shortName),
  );
}

/** Every value of every filter, sorted, for the search page's selects (years newest first). */
export function filterValues(records: readonly SearchRecord[]): Record<SearchFilterKey, string[]> {
  const all: Record<string, Set<string>> = {};
  for (const r of records) {
    for (const [key, list] of Object.entries(r.filters))
      for (const value of list ?? []) (all[key] ??= new Set()).add(value);
  }
  const sorted = (key: SearchFilterKey) => [...(all[key] ?? [])].sort((a, b) => a.localeCompare(b, 'sv'));
  return {
    typ: sorted('typ'),
    organ: sorted('organ'),
    plan: sorted('plan'),
    ar: sorted('ar').reverse(),
    status: Object.values(STATUS_LABELS).filter((label) => all.status?.has(label)),
    strategi: sorted('strategi'),
  };
}
