/**
 * How the editor's lists name what they hold, where Decap's templates could only show the
 * ids the files keep: a period's row in an uppdrag as "Per augusti 2024 – Helt uppfyllt", an
 * entry in the list of uppdrag with its plan and latest status, and the groups of a list by
 * plan, unit and status. The names come from the site's open data as it was built
 * (`listNames`), read by the same functions as the pages and the pickers.
 */
import { COLLECTION_LABELS, STATUS_LABELS } from '#lib/core/labels.ts';
import { activitiesTitle, periodName } from '#lib/core/titles.ts';
import { capitalize, formatNumber } from '#lib/core/format.ts';
import { LIST_KEYS } from '#lib/content/editor-names.ts';
import { recordOrEmpty, textOf } from '#lib/content/records.ts';
import { messages } from '#lib/i18n/index.ts';
import { NYCKELTAL_STATUSES } from '../../schemas/index.ts';
import { bodyNames, citation, periodData, type PreviewLookup } from './editor-preview.ts';

/** Everything the lists name by id, as far as the site's open data has it. */
export interface ListNames extends PreviewLookup {
  /** Units' names by id. */
  units: ReadonlyMap<string, string>;
  /** Reports' titles by id. */
  reports: ReadonlyMap<string, string>;
  /** Periods' last days by id, to tell which status is the latest. */
  periodEnds: ReadonlyMap<string, string>;
}

/** The open-data files the lists are named from, as `/data/<collection>.json` gives them. */
export const LIST_NAME_FILES = ['plans', 'units', 'periods', 'bodies', 'decisions', 'reports'] as const;
export type ListNameFile = (typeof LIST_NAME_FILES)[number];

/** The records of an open-data file, each with its id; a file that cannot be read gives none. */
function recordsOf(file: unknown): [string, Record<string, unknown>][] {
  const { records } = recordOrEmpty(file);
  return (Array.isArray(records) ? records : []).flatMap((record: unknown) => {
    const data = recordOrEmpty(record);
    const id = textOf(data.id);
    return id ? [[id, data] as [string, Record<string, unknown>]] : [];
  });
}

/** Entries of a file by id, each read by `read`; entries it cannot read are left out. */
function byId<T>(file: unknown, read: (data: Record<string, unknown>) => T | undefined): Map<string, T> {
  return new Map(
    recordsOf(file).flatMap(([id, data]) => {
      const value = read(data);
      return value === undefined ? [] : [[id, value] as const];
    }),
  );
}

/** The names the lists need, from the open-data files (any of them may be missing). */
export function listNames(files: Partial<Record<ListNameFile, unknown>>): ListNames {
  const title = (data: Record<string, unknown>) => textOf(data.title);
  return {
    plans: byId(files.plans, title),
    units: byId(files.units, (data) => textOf(data.name)),
    periods: byId(files.periods, periodData),
    periodEnds: byId(files.periods, (data) => textOf(data.endDate)),
    bodies: byId(files.bodies, bodyNames),
    decisions: byId(files.decisions, (data) => data),
    reports: byId(files.reports, title),
  };
}

export const EMPTY_LIST_NAMES: ListNames = listNames({});

/** One field of a list's row, as its summary shows it: its value and what the field's configuration says of it. */
export interface SummaryPart {
  value: unknown;
  /** The collection a relation field refers to. */
  collection?: string;
  /** A select's options, with their Swedish labels. */
  options?: readonly { value: string; label: string }[];
}

/** An id named by its entry in `collection`, or undefined when the names do not have it. */
function entryName(collection: string, id: string, names: ListNames): string | undefined {
  switch (collection) {
    case 'periods': {
      const period = names.periods.get(id);
      return period && periodName(period);
    }
    case 'decisions': {
      const decision = names.decisions.get(id);
      return (decision && citation(decision, names.bodies)) || undefined;
    }
    case 'plans':
      return names.plans.get(id);
    case 'units':
      return names.units.get(id);
    case 'reports':
      return names.reports.get(id);
    case 'bodies':
      return names.bodies.get(id)?.name;
    default:
      return undefined;
  }
}

function partText({ value, collection, options }: SummaryPart, names: ListNames): string | undefined {
  if (typeof value === 'number') return formatNumber(value);
  const text = textOf(value);
  if (text === undefined) return undefined;
  if (collection) return entryName(collection, text, names);
  if (options) return options.find((option) => option.value === text)?.label;
  return text;
}

/**
 * The heading of a collapsed row of a list: its summary fields in words, joined by dashes
 * ("Per augusti 2024 – Helt uppfyllt", "Per augusti 2024 – 82,5"). An id the names lack is
 * left out rather than shown; a row with nothing to show is called what a row is (`fallback`).
 */
export function listItemSummary(parts: readonly SummaryPart[], names: ListNames, fallback: string): string {
  const texts = parts.map((part) => partText(part, names)).filter((text) => text !== undefined && text !== '');
  return capitalize(texts.length > 0 ? texts.join(' – ') : fallback);
}

const statusOf = (value: unknown) => NYCKELTAL_STATUSES.find((status) => status === value);

/** The latest status of an uppdrag or a nyckeltal, with its period, in words ("Helt uppfyllt (per augusti 2024)"). */
function latestStatus(collection: 'uppdrag' | 'nyckeltal', data: Record<string, unknown>, names: ListNames) {
  const list = data[collection === 'nyckeltal' ? 'results' : 'statuses'];
  const latest = (Array.isArray(list) ? list : [])
    .map(recordOrEmpty)
    .map((item) => ({ item, period: textOf(item.period) ?? '' }))
    .filter(({ period }) => names.periodEnds.has(period))
    .sort((a, b) => (names.periodEnds.get(b.period) ?? '').localeCompare(names.periodEnds.get(a.period) ?? ''))[0];
  const status = latest && statusOf(latest.item.status);
  const period = latest && names.periods.get(latest.period);
  if (!status || !period) return { label: messages('sv').components.statusTag.none };
  return { label: STATUS_LABELS[status], line: `${STATUS_LABELS[status]} (${periodName(period)})` };
}

/**
 * What the editor adds to an entry's data (`LIST_KEYS`) so that its list names it and can
 * group it; nothing for an entry of no plan that names itself (a body, a document).
 */
export function entryListData(
  collection: string,
  data: Record<string, unknown>,
  names: ListNames,
): Partial<Record<(typeof LIST_KEYS)[keyof typeof LIST_KEYS], string>> {
  // A period by its name, a decision as it is cited: their lists would show a date or a title alone.
  // Until then (a body the site does not have yet), the list shows what Decap would have.
  if (collection === 'periods' || collection === 'decisions') {
    const period = collection === 'periods' ? periodData(data) : undefined;
    const line = period
      ? capitalize(periodName(period))
      : collection === 'decisions'
        ? citation(data, names.bodies) || textOf(data.title)
        : textOf(data.endDate);
    return line ? { [LIST_KEYS.line]: line } : {};
  }
  const planId = textOf(data.plan);
  if (planId === undefined) return {};
  const plan = names.plans.get(planId);
  const unit = names.units.get(textOf(data.responsibleUnit) ?? '');
  const title = textOf(data.title);
  const status =
    collection === 'uppdrag' || collection === 'nyckeltal' ? latestStatus(collection, data, names) : undefined;
  const line =
    collection === 'activities'
      ? plan
        ? activitiesTitle(plan)
        : COLLECTION_LABELS.activities.many
      : [title, plan, status && (status.line ?? status.label)].filter(Boolean).join(' – ');
  const dashed = (text: string | undefined) => text && `– ${text}`;
  return Object.fromEntries(
    Object.entries({
      [LIST_KEYS.line]: line || undefined,
      [LIST_KEYS.plan]: dashed(plan),
      [LIST_KEYS.unit]: dashed(unit),
      [LIST_KEYS.status]: dashed(status?.label),
    }).filter(([, value]) => value !== undefined),
  );
}
