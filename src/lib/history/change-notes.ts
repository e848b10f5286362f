/**
 * What a change to an entry means for a visitor, in plain Swedish, from the entry's content
 * before and after a commit: field by field, each with the value before and after in the
 * reader's words, as "Utfall per april 2024 ändrat från 82,5 % till 83,0 %" or "Rubriken
 * ändrad från «…» till «…»". Numbers take the nyckeltal's unit, dates read "7 maj 2024",
 * statuses and kinds their Swedish words, linked entries their names, and a value that is an
 * example keeps its mark. A change no visitor can see (formatting, key order, `$schema`, line
 * endings) has no notes and is not listed. Staff may add their own note in the commit
 * message, a line `Ändring: …` (docs/publicera.md). The commit's subject is never read: it
 * is written for developers.
 */
import { collections, type CollectionName, textNameOf } from '../../schemas/index.ts';
import { parseJson } from '#lib/content/content-files.ts';
import { parseMdx } from '#lib/content/frontmatter.ts';
import type { SchemaField } from '#lib/content/schema-fields.ts';
import { capitalize, joinList } from '#lib/core/format.ts';
import { isRecord } from '#lib/core/guards.ts';
import { CHANGE_NOTES, LIST_WORDS } from './history-text.ts';
import {
  absent,
  type ChangeNote,
  type Context,
  dataOf,
  type EntryVersion,
  fieldsOf,
  fieldWord,
  FIXED_UNITS,
  isNumber,
  note,
  type NoteNames,
  type NoteValue,
  numbers,
  same,
  say,
  textOf,
  textPair,
  valueIn,
} from './note-values.ts';
import { countNotes, periodNotes, planDecisionNotes, seriesNotes, targetNotes } from './record-notes.ts';

export type { ChangeNote, EntryVersion, NoteNames, NoteValue };
export { fieldWord, NOTE_TEXT_LIMIT } from './note-values.ts';

/** The entry a file's text holds, or undefined when the text cannot be read as one. */
export function entryVersion(collection: CollectionName, text: string | undefined): EntryVersion | undefined {
  if (text === undefined) return undefined;
  if (collections[collection].format === 'json') {
    const parsed = parseJson(text);
    return parsed.error ? undefined : { collection, data: parsed.data };
  }
  const parsed = parseMdx(text);
  return parsed.error ? undefined : { collection, data: parsed.data, text: parsed.text };
}

/** A note as one line of text: for the feed's titles, a list's summary and the tests. */
export function noteText(note: ChangeNote): string {
  const value = (v: NoteValue) => (v.example ? `${v.text} ${CHANGE_NOTES.exampleMark}` : v.text);
  if (note.from && note.to) return CHANGE_NOTES.fromTo(note.what, value(note.from), value(note.to));
  if (note.to) return CHANGE_NOTES.onlyTo(note.what, value(note.to));
  if (note.from) return CHANGE_NOTES.onlyFrom(note.what, value(note.from));
  return note.what;
}

/** What stands between a note and the next in a sentence-like list: ". ", or a space after a note that ends a sentence itself. */
export function noteSeparator(previous: ChangeNote): string {
  return !previous.from && !previous.to && /[.!?…]$/.test(previous.what) ? ' ' : '. ';
}

/** A plain field (a text, number, date, kind, or a linked entry): said before and after. */
function scalarNotes(path: string, was: unknown, now: unknown, field: SchemaField, ctx: Context): ChangeNote[] {
  const word = fieldWord(ctx.after.collection, path);
  if (!word) return [];
  const top = path.split('.')[0];
  let fromText: string | undefined;
  let toText: string | undefined;
  if (field.kind === 'number' && isNumber(was) && isNumber(now)) {
    [fromText, toText] = numbers([was, now], FIXED_UNITS[path]);
  } else if (field.kind === 'text' && !field.pattern && typeof was === 'string' && typeof now === 'string') {
    [fromText, toText] = textPair(was, now).map(CHANGE_NOTES.quoted);
  } else {
    const one = (value: unknown) =>
      isNumber(value) && field.kind === 'number'
        ? numbers([value], FIXED_UNITS[path])[0]
        : say(field, value, ctx.names);
    fromText = absent(was) ? undefined : one(was);
    toText = absent(now) ? undefined : one(now);
  }
  // The addresses of a decision's sources and the like say nothing more as a value than as a fact.
  const from = valueIn(ctx.before, top, path === 'exampleFields' ? undefined : fromText);
  const to = valueIn(ctx.after, top, path === 'exampleFields' ? undefined : toText);
  if (absent(was)) return [note(CHANGE_NOTES.fieldAdded(word), undefined, to)];
  if (absent(now)) return [note(CHANGE_NOTES.fieldRemoved(word), from)];
  return [note(CHANGE_NOTES.changed(word), from, to)];
}

/** A list of linked entries or names: which were added and which removed. */
function listNotes(path: string, was: unknown, now: unknown, field: SchemaField, ctx: Context): ChangeNote[] {
  const before = Array.isArray(was) ? was : [];
  const after = Array.isArray(now) ? now : [];
  const words = LIST_WORDS[path];
  const item = field.item;
  const word = fieldWord(ctx.after.collection, path);
  if (!words || !item) return word ? [note(CHANGE_NOTES.changed(word))] : [];
  const key = (value: unknown) => JSON.stringify(value);
  const added = after.filter((v) => !before.some((b) => key(b) === key(v)));
  const removed = before.filter((v) => !after.some((a) => key(a) === key(v)));
  const said = (values: unknown[]) => {
    const texts = values.map((value) =>
      item.kind === 'text' && typeof value === 'string' ? value : say(item, value, ctx.names),
    );
    return texts.every((text) => text !== undefined) ? joinList(texts) : undefined;
  };
  const notes: ChangeNote[] = [];
  if (added.length > 0) {
    const name = added.length === 1 ? words.one : words.many;
    notes.push(note(CHANGE_NOTES.fieldAdded(name), undefined, valueIn(ctx.after, path, said(added))));
  }
  if (removed.length > 0) {
    const name = removed.length === 1 ? words.one : words.many;
    notes.push(note(CHANGE_NOTES.fieldRemoved(name), valueIn(ctx.before, path, said(removed))));
  }
  // The same entries in another order.
  if (notes.length === 0 && word) notes.push(note(CHANGE_NOTES.changed(word)));
  return notes;
}

/** The notes on one top-level field that differs between the versions. */
function fieldNotes(key: string, ctx: Context): ChangeNote[] {
  const collection = ctx.after.collection;
  const field = fieldsOf(collection).get(key);
  const was = dataOf(ctx.before)[key];
  const now = dataOf(ctx.after)[key];
  if (!field) return [note(CHANGE_NOTES.details)];
  if ((key === 'statuses' || key === 'results') && field.kind === 'records') return periodNotes(key, ctx);
  if (collection === 'nyckeltal' && key === 'targets') return targetNotes(ctx);
  if (collection === 'nyckeltal' && key === 'series') return seriesNotes(ctx);
  if (collection === 'activities' && key === 'counts') return countNotes(ctx);
  if (collection === 'plans' && key === 'decisions') return planDecisionNotes(ctx);
  if (field.kind === 'list') return listNotes(key, was, now, field, ctx);
  if (field.kind === 'object') {
    const a = isRecord(was) ? was : {};
    const b = isRecord(now) ? now : {};
    const notes = [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((sub) => !same(a[sub], b[sub]))
      .flatMap((sub) => {
        const inner = fieldsOf(collection).get(`${key}.${sub}`);
        return inner ? scalarNotes(`${key}.${sub}`, a[sub], b[sub], inner, ctx) : [];
      });
    return notes.length > 0 ? notes : [note(CHANGE_NOTES.details)];
  }
  if (field.kind === 'records') return [note(CHANGE_NOTES.details)];
  const notes = scalarNotes(key, was, now, field, ctx);
  return notes.length > 0 ? notes : [note(CHANGE_NOTES.details)];
}

/** The top-level keys of both versions: in the schema's order, then any the schema does not know. */
function keysOf(collection: CollectionName, a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const present = new Set([...Object.keys(a), ...Object.keys(b)]);
  present.delete('$schema');
  const known = [...fieldsOf(collection).keys()].filter((path) => !path.includes('.') && !path.includes('['));
  return [...known.filter((key) => present.has(key)), ...[...present].filter((key) => !known.includes(key)).sort()];
}

/**
 * The notes for one entry's change, or undefined when a visitor would see no difference.
 * `others` are the versions in a merge's other parents: a field the merge took unchanged from
 * one of them is not the merge's own change (it is listed with the commit that made it), so
 * a merge shows only what it changed itself.
 */
export function changeNotes(
  before: EntryVersion | undefined,
  after: EntryVersion | undefined,
  names: NoteNames,
  others: readonly (EntryVersion | undefined)[] = [],
): ChangeNote[] | undefined {
  if (!before && !after) return undefined;
  if (!before)
    return others.some((other) => other && !changeNotes(other, after, names)) ? undefined : [note(CHANGE_NOTES.added)];
  if (!after) return others.some((other) => other === undefined) ? undefined : [note(CHANGE_NOTES.deleted)];
  const a = dataOf(before);
  const b = dataOf(after);
  const merged = others.map((other) => (other ? dataOf(other) : undefined));
  const ctx: Context = { before, after, names };
  const notes: ChangeNote[] = [];
  for (const key of keysOf(after.collection, a, b)) {
    if (same(a[key], b[key])) continue;
    if (merged.some((other) => other && same(other[key], b[key]))) continue;
    notes.push(...fieldNotes(key, ctx));
  }
  const text = textOf(after);
  if (textOf(before) !== text && !others.some((other) => other && textOf(other) === text)) {
    const name = capitalize(textNameOf(after.collection) ?? 'texten');
    const [from, to] = textPair(textOf(before), text).map(CHANGE_NOTES.quoted);
    notes.push(note(CHANGE_NOTES.text(name), valueIn(before, 'description', from), valueIn(after, 'description', to)));
  }
  // One "Uppgifter ändrade" is enough, however many fields it stands for.
  const unique = notes.filter(
    (n, i) => n.from || n.to || notes.findIndex((m) => m.what === n.what && !m.from && !m.to) === i,
  );
  return unique.length > 0 ? unique : undefined;
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
