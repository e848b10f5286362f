/**
 * The values of change notes in the reader's words (src/lib/history/change-notes.ts): texts
 * quoted and shortened to the part that changed, numbers the Swedish way with their unit and
 * as many decimals before as after, dates as "7 maj 2024", kinds and statuses in words,
 * linked entries by their names; and a value marked when it is an example.
 */
import type { CollectionName, Ref } from '../../schemas/index.ts';
import { isExampleField } from '#lib/content/examples.ts';
import { contentJsonSchema } from '#lib/content/json-schema.ts';
import { type SchemaField, schemaFields } from '#lib/content/schema-fields.ts';
import { labelsFor } from '#lib/content/value-labels.ts';
import { formatDate, formatFixed, formatNumber } from '#lib/core/format.ts';
import { isKeyOf, isRecord } from '#lib/core/guards.ts';
import { CHANGE_NOTES, COLLECTION_FIELD_WORDS, FIELD_WORDS, type FieldWord } from './history-text.ts';

/** One value in a note, in the reader's words; `example` when it is an example (the mark goes after it). */
export interface NoteValue {
  text: string;
  example?: boolean;
}

/**
 * One thing that changed: what (`Utfall per april 2024 ändrat`), and the value before and
 * after when there is one to show. A note staff wrote is `staff` and has no values.
 */
export interface ChangeNote {
  what: string;
  from?: NoteValue;
  to?: NoteValue;
  staff?: boolean;
}

/** One version of an entry's file: its collection, its fields and, for MDX, its running text. */
export interface EntryVersion {
  collection: CollectionName;
  data: unknown;
  text?: string;
}

/** How notes name what the content refers to by id, as pages name it. */
export interface NoteNames {
  /** `per augusti 2024`. */
  period: (id: string) => string;
  /** An entry's name, as its page heads it; undefined when it no longer exists (its id is never shown). */
  entry?: (ref: Ref) => string | undefined;
}

/** A value with `$schema` left out, object keys sorted and text with plain line endings: what a visitor sees. */
export function visible(value: unknown, top = true): unknown {
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

export const same = (a: unknown, b: unknown) => JSON.stringify(visible(a)) === JSON.stringify(visible(b));
export const textOf = (version: EntryVersion) => (version.text ?? '').replace(/\r\n?/g, '\n').trim();
/** A value that is not there: absent, or `null` as the schema writes "not given". */
export const absent = (value: unknown) => value === undefined || value === null;

/** How long a text may be in a note before it is shortened to the part that changed. */
export const NOTE_TEXT_LIMIT = 80;
/** How much unchanged text stands on each side of the part of a long text that changed. */
const CONTEXT = 40;

/** A day or a month written `2024-05-07` or `2024-05` on its own, not inside a longer number or code. */
const ISO_DATE = /(?<![\w/-])(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?![\w/–-])/g;

/**
 * A text's dates written the Swedish way, "7 maj 2024", as every page writes them (an older
 * version of a text may have written `2024-05-07`). A decision's reference, "RS 2023-11-08 § 194",
 * is the protocol's name for it and stays as it is.
 */
export function readerDates(text: string): string {
  return text.replace(ISO_DATE, (date: string, _y: string, _m: string, _d: string, at: number) =>
    /\p{Lu}{2,4} $/u.test(text.slice(Math.max(0, at - 5), at)) && /^(–\d{2})? §/.test(text.slice(at + date.length))
      ? date
      : formatDate(date),
  );
}

/** A text on one line, its Markdown and MDX marks left out, as a reader sees it. */
export function plain(text: string): string {
  return readerDates(text)
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#{1,6}|[-*+]|\d+\.|>)\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The start of a text, cut at a word, with `…` when something was left out. */
export function shorten(text: string, limit = NOTE_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const word = cut.replace(/\s+\S*$/, '');
  return `${(word.length > limit / 2 ? word : cut).trimEnd()}…`;
}

/** The part of `text` from `start` to `end` with a little context around it, cut at words. */
function excerpt(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, Math.max(end, start) + CONTEXT);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space !== -1 && space < start ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > end ? space : to;
  }
  const part = shorten(text.slice(from, to));
  return `${from > 0 ? '…' : ''}${part}${to < text.length && !part.endsWith('…') ? '…' : ''}`;
}

/** Two versions of a text as a note shows them: whole when short, else the part that differs. */
export function textPair(before: string, after: string): [string, string] {
  const a = plain(before);
  const b = plain(after);
  if (a.length <= NOTE_TEXT_LIMIT && b.length <= NOTE_TEXT_LIMIT) return [a, b];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [excerpt(a, start, a.length - end), excerpt(b, start, b.length - end)];
}

/** The decimals a number is written with, at most four. */
function decimalsOf(value: number): number {
  const written = String(value);
  if (written.includes('e')) return 4;
  return Math.min(4, written.split('.')[1]?.length ?? 0);
}

/** Numbers before and after with as many decimals each, so `82,5 %` is followed by `83,0 %`, not `83 %`. */
export function numbers(values: number[], unit: string | undefined): string[] {
  const decimals = Math.max(0, ...values.map(decimalsOf));
  return values.map((value) => `${formatFixed(value, decimals)}${unit ? `\u00a0${unit}` : ''}`);
}

export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
export const unitOf = (version: EntryVersion) => {
  const unit = isRecord(version.data) ? version.data.unit : undefined;
  return typeof unit === 'string' ? unit : undefined;
};

/** The fields of a collection's schema by path, read once. */
const FIELDS = new Map<CollectionName, Map<string, SchemaField>>();
export function fieldsOf(collection: CollectionName): Map<string, SchemaField> {
  let fields = FIELDS.get(collection);
  if (!fields) {
    fields = new Map(schemaFields(contentJsonSchema(collection)).map((field) => [field.path, field]));
    FIELDS.set(collection, fields);
  }
  return fields;
}

/** The word a note names a field with: the collection's own, else the shared one. */
export function fieldWord(collection: CollectionName, path: string): FieldWord | undefined {
  return COLLECTION_FIELD_WORDS[collection]?.[path] ?? FIELD_WORDS[path];
}

/** The units of numbers that are not a nyckeltal's: the economy in millions of kronor. */
export const FIXED_UNITS: Record<string, string> = { 'economy.result': 'mnkr', 'economy.againstBudget': 'mnkr' };
/** Integers that are years or ordinals, written without a space between thousands. */
const PLAIN_INTEGERS = new Set(['year', 'startYear', 'endYear', 'order']);

/**
 * One value of a field in the reader's words, or undefined when it cannot be said without
 * an id or a code (an entry that no longer exists, an unknown key).
 */
export function say(field: SchemaField, value: unknown, names: NoteNames): string | undefined {
  switch (field.kind) {
    case 'ref':
      return typeof value === 'string' && field.collection
        ? names.entry?.({ collection: field.collection, id: value })
        : undefined;
    case 'enum': {
      const labels = field.values && labelsFor(field.values);
      return typeof value === 'string' && labels && isKeyOf(labels, value) ? labels[value] : undefined;
    }
    case 'date':
    case 'partial-date':
      return typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? formatDate(value) : undefined;
    case 'integer':
      if (!isNumber(value)) return undefined;
      if (field.path === 'paragraph') return CHANGE_NOTES.paragraph(value);
      return PLAIN_INTEGERS.has(field.path) ? String(value) : formatNumber(value, 0);
    case 'url':
      return typeof value === 'string' ? value : undefined;
    case 'text':
      if (typeof value !== 'string') return undefined;
      // A code such as a diarienummer or a Kolada id is itself (a month, as an economy's, reads as one); a text is quoted.
      return field.pattern ? readerDates(value) : CHANGE_NOTES.quoted(shorten(plain(value)));
    default:
      return undefined;
  }
}

export interface Context {
  before: EntryVersion;
  after: EntryVersion;
  names: NoteNames;
}

export const dataOf = (version: EntryVersion): Record<string, unknown> => (isRecord(version.data) ? version.data : {});

/** A value of `field` (a top-level name) in `version`, marked when that field is an example there. */
export function valueIn(version: EntryVersion, field: string, text: string | undefined): NoteValue | undefined {
  if (text === undefined) return undefined;
  // What says which parts are examples is never itself marked as one.
  const example = field !== 'illustrative' && field !== 'exampleFields' && isExampleField(dataOf(version), field);
  return example ? { text, example } : { text };
}

/** A note with the values before and after, each only when it can be said and they differ. */
export function note(what: string, from?: NoteValue, to?: NoteValue): ChangeNote {
  // Two versions that read alike (`2019-12-04` and `4 december 2019`) say nothing as values.
  if (from && to && from.text === to.text && from.example === to.example) return { what };
  return { what, ...(from && { from }), ...(to && { to }) };
}

/** The records of a list keyed by one of their fields (a period, a year, a decision), in order. */
export function keyed(list: unknown, key: string): Map<string, Record<string, unknown>> {
  const map = new Map<string, Record<string, unknown>>();
  if (!Array.isArray(list)) return map;
  for (const item of list)
    if (isRecord(item) && (typeof item[key] === 'string' || typeof item[key] === 'number'))
      map.set(String(item[key]), item);
  return map;
}
