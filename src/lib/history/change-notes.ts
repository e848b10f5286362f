/**
 * What a change to an entry means for a visitor, in plain Swedish, from the entry's content
 * before and after a commit: "Utfall per augusti 2024 publicerat", "Status ändrad från
 * Delvis uppfyllt till Ej uppfyllt". A change no visitor can see (formatting, key order,
 * `$schema`, line endings) has no notes and is not listed. Staff may add their own note in
 * the commit message, a line `Ändring: …` (docs/publicera.md). The commit's subject is
 * never read: it is written for developers.
 */
import { collections, type CollectionName } from '../../schemas/index.ts';
import { parseJson } from '#lib/content/content-files.ts';
import { parseMdx } from '#lib/content/frontmatter.ts';
import { isKeyOf, isRecord } from '#lib/core/guards.ts';
import { STATUS_LABELS } from '#lib/core/labels.ts';
import { CHANGE_NOTES } from './history-text.ts';

/** One version of an entry's file: its fields and, for MDX, its running text. */
export interface EntryVersion {
  data: unknown;
  text?: string;
}

/** The entry a file's text holds, or undefined when the text cannot be read as one. */
export function entryVersion(collection: CollectionName, text: string | undefined): EntryVersion | undefined {
  if (text === undefined) return undefined;
  if (collections[collection].format === 'json') {
    const parsed = parseJson(text);
    return parsed.error ? undefined : { data: parsed.data };
  }
  const parsed = parseMdx(text);
  return parsed.error ? undefined : { data: parsed.data, text: parsed.text };
}

/** A value with `$schema` left out, object keys sorted and text with plain line endings: what a visitor sees. */
function visible(value: unknown, top = true): unknown {
  if (Array.isArray(value)) return value.map((v) => visible(v, false));
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !(top && key === '$schema'))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, v]) => [key, visible(v, false)]),
    );
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(visible(a)) === JSON.stringify(visible(b));
const textOf = (version: EntryVersion) => (version.text ?? '').replace(/\r\n?/g, '\n').trim();

type Fields = Record<string, unknown>;
interface PeriodValue {
  period: string;
  status?: string;
  value?: unknown;
}

const isPeriodValue = (value: unknown): value is PeriodValue =>
  isRecord(value) &&
  typeof value.period === 'string' &&
  (value.status === undefined || typeof value.status === 'string');
const periodList = (data: Fields, key: string): PeriodValue[] => {
  const list = data[key];
  return Array.isArray(list) ? list.filter(isPeriodValue) : [];
};
const statusLabel = (status: string | undefined) =>
  status ? (isKeyOf(STATUS_LABELS, status) ? STATUS_LABELS[status] : status) : CHANGE_NOTES.noStatus;

/** Notes on an uppdrag's statuses or a nyckeltal's results, period by period. */
function periodNotes(
  before: PeriodValue[],
  after: PeriodValue[],
  kind: 'statuses' | 'results',
  periodName: (id: string) => string,
): string[] {
  const notes: string[] = [];
  const old = new Map(before.map((p) => [p.period, p]));
  const latestBefore = before.at(-1);
  for (const now of after) {
    const was = old.get(now.period);
    const period = periodName(now.period);
    if (!was) {
      notes.push(kind === 'results' ? CHANGE_NOTES.resultPublished(period) : CHANGE_NOTES.statusPublished(period));
      // A new period's status beside the last one reported: the transition a reader looks for.
      if (latestBefore && now.status && latestBefore.status && latestBefore.status !== now.status)
        notes.push(CHANGE_NOTES.statusChanged(statusLabel(latestBefore.status), statusLabel(now.status)));
    } else if (was.status !== now.status) {
      notes.push(CHANGE_NOTES.statusCorrected(period, statusLabel(was.status), statusLabel(now.status)));
    } else if (!same(was, now)) {
      const valueSame = JSON.stringify(was.value) === JSON.stringify(now.value);
      if (kind === 'statuses') notes.push(CHANGE_NOTES.statusTextChanged(period));
      else notes.push(valueSame ? CHANGE_NOTES.resultCommentChanged(period) : CHANGE_NOTES.resultChanged(period));
    }
  }
  const kept = new Set(after.map((p) => p.period));
  for (const was of before) if (!kept.has(was.period)) notes.push(CHANGE_NOTES.periodRemoved(periodName(was.period)));
  return notes;
}

/**
 * The notes for one entry's change, or undefined when a visitor would see no difference.
 * `periodName` names a period as pages do (`per augusti 2024`).
 */
export function changeNotes(
  before: EntryVersion | undefined,
  after: EntryVersion | undefined,
  periodName: (id: string) => string,
): string[] | undefined {
  if (!before && !after) return undefined;
  if (!before) return [CHANGE_NOTES.added];
  if (!after) return [CHANGE_NOTES.deleted];
  const a = isRecord(before.data) ? before.data : {};
  const b = isRecord(after.data) ? after.data : {};
  const notes: string[] = [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => key !== '$schema');
  let other = false;
  for (const key of keys) {
    if (same(a[key], b[key])) continue;
    const periods =
      key === 'statuses' || key === 'results'
        ? periodNotes(periodList(a, key), periodList(b, key), key, periodName)
        : [];
    if (periods.length > 0) notes.push(...periods);
    else if (key === 'statuses' || key === 'results') other = true;
    else if (key === 'title' || key === 'name') notes.push(CHANGE_NOTES.title);
    else if (key === 'targets') notes.push(CHANGE_NOTES.targets);
    else if (key === 'series') notes.push(CHANGE_NOTES.series);
    else other = true;
  }
  if (other) notes.push(CHANGE_NOTES.details);
  if (textOf(before) !== textOf(after)) notes.push(CHANGE_NOTES.text);
  return notes.length > 0 ? notes : undefined;
}

/**
 * The notes staff wrote in a commit message: every line `Ändring: …` (or `Andring:`), in
 * order. A line indented under it continues the note.
 */
export function staffNotes(message: string): string[] {
  const notes: string[] = [];
  let open = false;
  for (const line of message.replace(/\r\n?/g, '\n').split('\n')) {
    const match = /^[ÄäAa]ndring:\s*(.*)$/.exec(line);
    if (match) {
      notes.push(match[1].trim());
      open = true;
    } else if (open && /^\s+\S/.test(line)) {
      notes[notes.length - 1] = `${notes.at(-1)} ${line.trim()}`.trim();
    } else {
      open = false;
    }
  }
  return notes.filter(Boolean);
}
