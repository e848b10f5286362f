/**
 * What the browser editor's preview shows of an uppdrag or a nyckeltal while it is being
 * edited: the status words, values with their unit, targets and example marks made by the
 * same functions as the pages, from the entry's data as the editor holds it (not yet valid,
 * so every field is read with care). Periods are named from the periods the editor has loaded.
 */
import type { Entry } from '#lib/core/catalog.ts';
import { DECISION_ROLE_LABELS, PLAN_KIND_LABELS, REPORT_KIND_LABELS, STATUS_LABELS } from '#lib/core/labels.ts';
import { citedShortName, meetingDate, periodName, planYears } from '#lib/core/titles.ts';
import { isExampleField } from '#lib/content/examples.ts';
import { outdatedExampleNote, outdatedNoteMessage } from '#lib/content/example-notes.ts';
import { capitalize, formatDate, joinList } from '#lib/core/format.ts';
import { recordOrEmpty, textOf } from '#lib/content/records.ts';
import { messages } from '#lib/i18n/index.ts';
import { NYCKELTAL_STATUSES, type NyckeltalStatus } from '../../schemas/index.ts';
import { PERIOD_KINDS } from '../../schemas/plan.ts';
import { formatMeasure } from './nyckeltal-view.ts';

export type PeriodData = Pick<Entry<'periods'>['data'], 'kind' | 'year'>;

/** A period's kind and year from its data as the editor loaded it, when they are valid. */
export function periodData(data: unknown): PeriodData | undefined {
  const { kind, year } = recordOrEmpty(data);
  const known = PERIOD_KINDS.find((k) => k === kind);
  return known && typeof year === 'number' ? { kind: known, year } : undefined;
}

export interface PreviewRow {
  period: string;
  /** The status key, for the status tag's class; undefined when none is chosen yet. */
  status?: NyckeltalStatus;
  statusLabel: string;
  value?: string;
  target?: string;
  text?: string;
}

export interface EntryPreview {
  title: string;
  description?: string;
  rows: PreviewRow[];
  /** The example mark's word, when the statuses or results are examples. */
  exampleMark?: string;
  /** The entry's note on what is an example. */
  illustrative?: string;
  /**
   * When a result or status is newer than the note that still calls them examples: what
   * the editor asks staff beside the form, one sentence each.
   */
  noteQuestions: string[];
}

const statusOf = (value: unknown): NyckeltalStatus | undefined => NYCKELTAL_STATUSES.find((s) => s === value);

/** The preview of an uppdrag or nyckeltal; `periods` by id, as far as they are loaded. */
export function entryPreview(
  collection: 'uppdrag' | 'nyckeltal',
  data: Record<string, unknown>,
  periods: ReadonlyMap<string, PeriodData>,
): EntryPreview {
  const list = data[collection === 'nyckeltal' ? 'results' : 'statuses'];
  const unit = textOf(data.unit) ?? '';
  const targets = (Array.isArray(data.targets) ? data.targets : []).map(recordOrEmpty);
  const rows = (Array.isArray(list) ? list : []).map(recordOrEmpty).map((item): PreviewRow => {
    const id = textOf(item.period) ?? '';
    const period = periods.get(id);
    const status = statusOf(item.status);
    const target = period && targets.find((t) => t.year === period.year)?.value;
    return {
      period: period ? periodName(period) : id,
      status,
      statusLabel: status ? STATUS_LABELS[status] : messages('sv').components.statusTag.none,
      ...(typeof item.value === 'number' && { value: formatMeasure(item.value, unit) }),
      ...(typeof target === 'number' && { target: formatMeasure(target, unit) }),
      text: textOf(item.comment) ?? textOf(item.text),
    };
  });
  const examples = isExampleField(data, collection === 'nyckeltal' ? 'results' : 'statuses');
  return {
    title: textOf(data.title) ?? '',
    description: textOf(data.description),
    rows,
    ...(examples && { exampleMark: messages('sv').example.mark }),
    illustrative: textOf(data.illustrative),
    noteQuestions: outdatedExampleNote(collection, data, periods).map(
      (outdated) => `${capitalize(outdatedNoteMessage(collection, outdated, periods))}.`,
    ),
  };
}

/** A body's names from its data as the editor loaded it. */
export interface BodyNames {
  name: string;
  /** What a citation calls it: the short name the sources give, else the name. */
  cited: string;
}

export function bodyNames(data: unknown): BodyNames | undefined {
  const { name, shortName, exampleFields } = recordOrEmpty(data);
  const full = textOf(name);
  if (!full) return undefined;
  const examples = Array.isArray(exampleFields) ? exampleFields.filter((f) => typeof f === 'string') : [];
  return { name: full, cited: citedShortName({ shortName: textOf(shortName), exampleFields: examples }) ?? full };
}

/** What the previews of decisions, plans and reports look up by id, as far as the editor has loaded it. */
export interface PreviewLookup {
  periods: ReadonlyMap<string, PeriodData>;
  bodies: ReadonlyMap<string, BodyNames>;
  /** Plans' titles by id. */
  plans: ReadonlyMap<string, string>;
  /** Decisions' data by id. */
  decisions: ReadonlyMap<string, Record<string, unknown>>;
}

export interface FactsPreview {
  /** What kind of entry it is: Beslut, Regionplan, Tertialrapport. */
  kind: string;
  title: string;
  /** The facts the page lists, each a term and its value in words. */
  facts: { term: string; value: string }[];
  summary?: string;
}

const source = messages('sv').source;

/** A decision as the pages cite it, `RS 2023-11-08 § 194`, with its title; empty until it is loaded. */
export function citation(data: Record<string, unknown>, bodies: PreviewLookup['bodies']): string {
  const date = textOf(data.date);
  const body = bodies.get(textOf(data.body) ?? '');
  if (!date || !body) return '';
  const paragraph = typeof data.paragraph === 'number' ? ` § ${data.paragraph}` : '';
  const title = textOf(data.title);
  return `${body.cited} ${meetingDate(date, textOf(data.endDate))}${paragraph}${title ? `: ${title}` : ''}`;
}

const named = <K extends string>(labels: Record<K, string>, value: unknown): string | undefined =>
  typeof value === 'string' && value in labels ? labels[value as K] : undefined;

/**
 * The preview of a decision, a plan or a report: its kind, title and the facts its page
 * lists, in the pages' words (src/lib/i18n/sv.ts) and formats, with names for every id.
 */
export function factsPreview(
  collection: 'decisions' | 'plans' | 'reports',
  data: Record<string, unknown>,
  lookup: PreviewLookup,
): FactsPreview {
  const t = messages('sv').pages;
  const dnr = { term: t.decision.dnr, value: textOf(data.dnr) ?? source.missing };
  const bodyName = lookup.bodies.get(textOf(data.body) ?? '')?.name ?? '';
  const period = lookup.periods.get(textOf(data.period) ?? '');
  let kind: string;
  let facts: { term: string; value: string }[];
  if (collection === 'decisions') {
    const date = textOf(data.date);
    kind = t.decision.kind;
    facts = [
      { term: t.decision.body, value: bodyName },
      { term: t.decision.meeting, value: date ? formatDate(date) : '' },
      { term: t.decision.paragraph, value: typeof data.paragraph === 'number' ? `§ ${data.paragraph}` : '' },
      dnr,
    ];
  } else if (collection === 'plans') {
    const { startYear, endYear } = data;
    const periods = (Array.isArray(data.periods) ? data.periods : [])
      .map((id) => lookup.periods.get(textOf(id) ?? ''))
      .filter((p) => p !== undefined)
      .map((p) => periodName(p));
    const decisions = (Array.isArray(data.decisions) ? data.decisions : []).map(recordOrEmpty).map((d) => {
      const decision = lookup.decisions.get(textOf(d.decision) ?? '');
      const role = named(DECISION_ROLE_LABELS, d.role);
      return [role, decision && citation(decision, lookup.bodies)].filter(Boolean).join(': ');
    });
    kind = named(PLAN_KIND_LABELS, data.kind) ?? capitalize(messages('sv').pages.report.plan);
    facts = [
      { term: t.plan.decidedBy, value: bodyName },
      {
        term: t.plan.valid,
        value: typeof startYear === 'number' && typeof endYear === 'number' ? planYears({ startYear, endYear }) : '',
      },
      dnr,
      { term: t.plan.followUp, value: periods.length > 0 ? joinList(periods) : t.plan.noFollowUpPlan },
      { term: t.plan.decisions, value: decisions.filter(Boolean).join('; ') || t.plan.noDecisions },
    ];
  } else {
    const date = textOf(data.date);
    kind = named(REPORT_KIND_LABELS, data.kind) ?? '';
    facts = [
      { term: t.report.plan, value: lookup.plans.get(textOf(data.plan) ?? '') ?? '' },
      { term: t.report.period, value: period ? periodName(period) : '' },
      { term: t.report.date, value: date ? formatDate(date) : source.dateMissing },
      dnr,
    ];
  }
  return {
    kind,
    title: textOf(data.title) ?? '',
    facts: facts.filter((fact) => fact.value !== ''),
    summary: textOf(data.summary),
  };
}
