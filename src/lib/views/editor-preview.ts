/**
 * What the browser editor's preview shows of an uppdrag or a nyckeltal while it is being
 * edited: the status words, values with their unit, targets and example marks made by the
 * same functions as the pages, from the entry's data as the editor holds it (not yet valid,
 * so every field is read with care). Periods are named from the periods the editor has loaded.
 */
import type { Entry } from '#lib/core/catalog.ts';
import { STATUS_LABELS } from '#lib/core/labels.ts';
import { periodName } from '#lib/core/titles.ts';
import { isExampleField } from '#lib/content/examples.ts';
import { outdatedExampleNote, outdatedNoteMessage } from '#lib/content/example-notes.ts';
import { capitalize } from '#lib/core/format.ts';
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
