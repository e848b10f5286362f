/**
 * What `npm run new` asks for and writes, per kind of entry: one spec per field (the flag,
 * the Swedish question, where the answer goes and how it is read), from which both the
 * questions and the entry's data are derived. The script does the asking and the writing;
 * this module only turns answers into an entry. The kinds themselves are in scaffolds/, one
 * file each.
 */
import type { SourceFile } from './content-files.ts';
import { parseSwedishNumber } from '#lib/core/numbers.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { isRecord } from '#lib/core/guards.ts';
import { recordOrEmpty, textOf } from './records.ts';

export type Answers = Record<string, string | string[] | undefined>;

export interface Choice {
  id: string;
  label: string;
}

interface Problem {
  field: string;
  message: string;
}

/** How an answer is read into the entry. */
export type ReadKind =
  /** One text, left out when not answered. */
  | { kind: 'text' }
  /** One text, or null for no answer or "saknas" (fields that may be null). */
  | { kind: 'text-or-null' }
  /** An integer when the answer is one, otherwise the text, so that the schema names the mistake. */
  | { kind: 'integer' }
  /** One of a fixed vocabulary. */
  | { kind: 'choice'; values: readonly string[] }
  /** The id of an entry in a collection, or of an entry the other answers allow. */
  | { kind: 'reference'; collection: CollectionName; allowed?: (files: readonly SourceFile[], answers: Answers) => Choice[] }
  /** Ids of entries in a collection: always written, an empty list when none. */
  | { kind: 'references'; collection: CollectionName }
  /** Several texts, split by the separator when typed as one. */
  | { kind: 'list'; separator: RegExp }
  /** Target values per year, typed as year=value. */
  | { kind: 'targets' };

/** `field` for the MDX text under the frontmatter, and for the entry's id. */
export const TEXT_FIELD = '(texten)';
export const ID_FIELD = '';

export interface FieldSpec {
  /** The command-line flag, without `--`, and the key in `Answers`. */
  flag: string;
  /** The question, in Swedish. */
  question: string;
  /** Where the answer goes: a data field (dotted when nested), `TEXT_FIELD` or `ID_FIELD`. Problems are reported on it. */
  field: string;
  required: boolean;
  read: ReadKind;
  /** Shown after the question, as an example of what to write. */
  example?: string;
  /** The answer when none is given, when the content leaves only one sensible choice. */
  defaultValue?: (files: readonly SourceFile[]) => string | undefined;
}

export interface Built {
  id: string;
  /** Folder under the collection's folder, as the plan's id for uppdrag and nyckeltal; '' for none. */
  folder: string;
  data: Record<string, unknown>;
  text?: string;
  problems: Problem[];
}

/** The first non-empty answer to a flag, trimmed. */
export type AnswerOf = (flag: string) => string | undefined;

export interface Scaffold {
  collection: CollectionName;
  /** The word staff use, as in `npm run new -- beslut`. */
  word: string;
  fields: FieldSpec[];
  /** The id when none is given. */
  idFrom: (answer: AnswerOf, files: readonly SourceFile[]) => string;
  /** Folder under the collection's folder; none when left out. */
  folderFrom?: (answer: AnswerOf) => string;
  /** What follows from the answers rather than being asked: fixed lists and derived values. */
  complete?: (data: Record<string, unknown>) => { data: Record<string, unknown>; problems: Problem[] };
}

export const of = (files: readonly SourceFile[], collection: CollectionName) => files.filter((f) => f.collection === collection);
export const name = (f: SourceFile) => textOf(recordOrEmpty(f.data).title) ?? textOf(recordOrEmpty(f.data).name) ?? f.id;

/** Several values: the flag may be repeated, and a prompt takes a comma-separated list. */
export function isMultiple(field: FieldSpec): boolean {
  return ['references', 'list', 'targets'].includes(field.read.kind);
}

/** What may be answered: fixed vocabularies, or entries of the content. */
export function choicesOf(field: FieldSpec, files: readonly SourceFile[], answers: Answers): Choice[] {
  const read = field.read;
  if (read.kind === 'choice') return read.values.map((id) => ({ id, label: id }));
  if (read.kind === 'reference' && read.allowed) return read.allowed(files, answers);
  if (read.kind === 'reference' || read.kind === 'references')
    return of(files, read.collection).map((f) => ({ id: f.id, label: name(f) }));
  return [];
}

/** Values have decimal commas: a new target starts only where a year and = follow. */
const TARGET_SEPARATOR = /[,;]\s*(?=\d{4}\s*[=:])/;

/** Splits a typed list by the field's separator. */
export function splitList(field: FieldSpec, text: string): string[] {
  const separator = field.read.kind === 'list' ? field.read.separator : field.read.kind === 'targets' ? TARGET_SEPARATOR : /,/;
  return text.split(separator).map((v) => v.trim()).filter(Boolean);
}

function readTargets(texts: readonly string[], field: string): { value: unknown; problems: Problem[] } {
  const problems: Problem[] = [];
  const value = texts.map((text, index) => {
    const match = /^(\d{4})\s*[=:]\s*(.+)$/.exec(text);
    if (!match) {
      problems.push({ field: `${field}[${index}]`, message: `"${text}" ska skrivas år=värde, som 2024=80 eller 2024=12,5` });
      return { year: text, value: null };
    }
    const parsed = parseSwedishNumber(match[2]);
    if (parsed.kind !== 'number') {
      problems.push({ field: `${field}[${index}].value`, message: parsed.kind === 'error' ? parsed.message : 'målvärdet saknas' });
    }
    return { year: Number(match[1]), value: parsed.kind === 'number' ? parsed.value : match[2] };
  });
  return { value, problems };
}

/** The answers to a field as its read kind says; undefined leaves the field out. */
function readField(read: ReadKind, texts: readonly string[], field: string): { value: unknown; problems: Problem[] } {
  const [first] = texts;
  switch (read.kind) {
    case 'references':
    case 'list':
      return { value: [...texts], problems: [] };
    case 'targets':
      return readTargets(texts, field);
    case 'integer':
      return { value: first !== undefined && /^\d+$/.test(first) ? Number(first) : first, problems: [] };
    case 'text-or-null':
      return { value: first === undefined || first.toLowerCase() === 'saknas' ? null : first, problems: [] };
    case 'text':
    case 'choice':
    case 'reference':
      return { value: first, problems: [] };
  }
}

/** Sets `path` (dotted when nested) in `data`. */
function setAt(data: Record<string, unknown>, path: string, value: unknown): void {
  const [key, ...rest] = path.split('.');
  if (rest.length === 0) {
    data[key] = value;
    return;
  }
  const inner = isRecord(data[key]) ? data[key] : {};
  setAt(inner, rest.join('.'), value);
  data[key] = inner;
}

/** The entry that the answers describe, with the problems found while reading them. */
export function buildEntry(scaffold: Scaffold, answers: Answers, files: readonly SourceFile[]): Built {
  const texts = (flag: string) =>
    [answers[flag] ?? []]
      .flat()
      .map((v) => v.trim())
      .filter(Boolean);
  const answer: AnswerOf = (flag) => texts(flag)[0];
  const data: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const spec of scaffold.fields) {
    if (spec.field === TEXT_FIELD || spec.field === ID_FIELD) continue;
    const read = readField(spec.read, texts(spec.flag), spec.field);
    if (read.value !== undefined) setAt(data, spec.field, read.value);
    problems.push(...read.problems);
  }
  const completed = scaffold.complete?.(data) ?? { data, problems: [] };
  const textFlag = scaffold.fields.find((f) => f.field === TEXT_FIELD)?.flag;
  return {
    id: answer('id') ?? scaffold.idFrom(answer, files),
    folder: scaffold.folderFrom?.(answer) ?? '',
    data: completed.data,
    ...(textFlag ? { text: answer(textFlag) ?? '' } : {}),
    problems: [...problems, ...completed.problems],
  };
}

/** The scaffold's field that a problem's field path (`targets[0].value`) belongs to. */
export function fieldFor(scaffold: Scaffold, path: string): FieldSpec | undefined {
  return scaffold.fields
    .filter((f) => f.field && (path === f.field || path.startsWith(`${f.field}[`) || path.startsWith(`${f.field}.`)))
    .sort((a, b) => b.field.length - a.field.length)[0];
}
