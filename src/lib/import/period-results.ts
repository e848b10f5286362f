/**
 * Turns an export's rows into each item's status (and for nyckeltal, value) for one
 * reporting period. Pure: it gets the read content and the table, and says per row what
 * would change and what is wrong. Nothing is written when anything is wrong, and an
 * existing, different result is only replaced when the caller says so.
 */
import { isDeepStrictEqual } from 'node:util';
import type { SourceFile } from '#lib/content/content-files.ts';
import {
  collectionFor,
  type ItemCollection,
  ITEM_COLLECTIONS,
  type Mapping,
  normalizeWord,
  periodFor,
  statusFor,
} from './mapping.ts';
import { isRecord } from '#lib/core/guards.ts';
import { recordOrEmpty, textOf } from '#lib/content/records.ts';
import type { NyckeltalStatus } from '../../schemas/index.ts';
import { parseSwedishNumber } from '#lib/core/numbers.ts';
import { largeTextWarning } from '#lib/core/text-size.ts';
import type { EntryUpdate } from './render.ts';
import type { Cell, Table, TableRow } from './table.ts';
import { fieldChanges, placeResult, type StoredResult } from './result-list.ts';

export interface ImportProblem {
  /** `rad 7` or `values[5]`; empty for the file as a whole. */
  where: string;
  /** The export's column the problem is in, when it is in one. */
  column?: string;
  message: string;
}

interface RowChangeBase {
  where: string;
  collection: ItemCollection;
  id: string;
  file: string;
  after: StoredResult;
  /** How cells were read, as `"12,5" lästes som 12.5`. */
  notes: string[];
}

/** A row's result: new for the period, or beside the result the file already has. */
export type RowChange = RowChangeBase &
  ({ kind: 'new' } | { kind: 'changed' | 'unchanged'; before: Record<string, unknown> });

export interface ImportPlan {
  changes: RowChange[];
  /** New data for each file that changes. */
  updates: EntryUpdate[];
  skipped: { where: string; reason: string }[];
  problems: ImportProblem[];
}

const LIST_FIELD: Record<ItemCollection, 'statuses' | 'results'> = { uppdrag: 'statuses', nyckeltal: 'results' };
const TEXT_FIELD: Record<ItemCollection, 'text' | 'comment'> = { uppdrag: 'text', nyckeltal: 'comment' };
const WORD: Record<ItemCollection, string> = { uppdrag: 'uppdraget', nyckeltal: 'nyckeltalet' };

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).replace(/\r\n?/g, '\n').trim();
}

export interface ImportInput {
  table: Table;
  mapping: Mapping;
  period: string;
  files: readonly SourceFile[];
  replace: boolean;
}

type ItemFile = SourceFile & { collection: ItemCollection };

/** A problem in one of the row's columns (or in the row as a whole, without a column). */
interface ColumnProblem {
  column?: string;
  message: string;
}

/** What a column reader finds: the value, or the problem that stands in its way. */
type Reading<T> = { value: T; problem?: undefined } | { value?: undefined; problem: ColumnProblem };

/** A row that is not imported at all, and why (another period, a type the mapping skips). */
interface Skip {
  skip: string;
}

const found = <T>(value: T): Reading<T> => ({ value });
const wrong = (column: string | undefined, message: string): Reading<never> => ({ problem: { column, message } });
const isSkip = (reading: object): reading is Skip => 'skip' in reading;

/** What every row is read against: the mapping, the period and the content. */
interface RowContext {
  mapping: Mapping;
  period: string;
  periods: ReadonlySet<string>;
  items: readonly ItemFile[];
  planPeriods: (item: SourceFile) => string[];
}

const isItem = (file: SourceFile): file is ItemFile => ITEM_COLLECTIONS.some((c) => c === file.collection);

/** The `type` column: which collections the row may be in. */
function readType(row: TableRow, { mapping }: RowContext): Reading<readonly ItemCollection[]> | Skip {
  const all: readonly ItemCollection[] = mapping.collection ? [mapping.collection] : ITEM_COLLECTIONS;
  const column = mapping.columns.type;
  if (!column) return found(all);
  const word = text(row.cells[column]);
  const collection = collectionFor(mapping, word);
  if (collection === null) return { skip: `typen "${word}" hoppas över enligt mappningsfilen` };
  if (collection === undefined) {
    return wrong(
      column,
      `"${word}" finns inte i mappningsfilens types: lägg till det, som "${word}": "nyckeltal", "${word}": "uppdrag" eller "${word}": null för rader som inte ska importeras`,
    );
  }
  return found([collection]);
}

/** The `period` column: the row must be for the imported period (rows for other known periods are skipped). */
function readPeriod(row: TableRow, { mapping, period, periods }: RowContext): Reading<string> | Skip {
  const column = mapping.columns.period;
  if (!column) return found(period);
  const word = text(row.cells[column]);
  const rowPeriod = periodFor(mapping, word);
  if (!rowPeriod) {
    return wrong(
      column,
      `"${word}" är ingen känd period: lägg till den i mappningsfilens periods, som "${word}": "${period}"`,
    );
  }
  if (rowPeriod === period) return found(period);
  if (periods.has(rowPeriod)) return { skip: `gäller perioden ${rowPeriod}, inte ${period}` };
  return wrong(
    column,
    `perioden "${rowPeriod}" finns inte i content/periods/: rätta mappningsfilens periods eller lägg till perioden`,
  );
}

/** The `id` or `title` column: the item the row is about, by id, or else by title among items whose plan follows the period. */
function readItem(row: TableRow, collections: readonly ItemCollection[], context: RowContext): Reading<ItemFile> {
  const { mapping, period, planPeriods } = context;
  const { id: idColumn, title: titleColumn } = mapping.columns;
  const kinds = collections.join(' eller ');
  const candidates = context.items.filter((item) => collections.includes(item.collection));
  const id = idColumn ? text(row.cells[idColumn]) : '';
  const title = titleColumn ? text(row.cells[titleColumn]) : '';
  let matches: ItemFile[];
  let column: string | undefined;
  if (id) {
    column = idColumn;
    matches = candidates.filter((item) => item.id === id);
    if (matches.length === 0) {
      return wrong(
        column,
        `hittar inget ${kinds} med id "${id}" i content/: kontrollera id:t (filens namn utan .json/.mdx), eller skapa posten först med npm run new`,
      );
    }
  } else if (title) {
    column = titleColumn;
    const wanted = normalizeWord(title);
    matches = candidates.filter((item) => normalizeWord(textOf(recordOrEmpty(item.data).title) ?? '') === wanted);
    if (matches.length > 1) matches = matches.filter((item) => planPeriods(item).includes(period));
    if (matches.length === 0) {
      return wrong(
        column,
        `hittar inget ${kinds} med titeln "${title}": titeln ska stå exakt som i content/ (skiftläge spelar ingen roll), eller lägg till en kolumn med id`,
      );
    }
  } else {
    return wrong(
      idColumn ?? titleColumn,
      'raden säger inte vilket uppdrag eller nyckeltal den gäller: fyll i id eller titel',
    );
  }
  const [item, ...others] = matches;
  if (others.length) {
    return wrong(
      column,
      `passar flera poster: ${matches.map((f) => f.file).join(', ')}. Ange collection eller types i mappningsfilen, eller använd id i stället för titel`,
    );
  }
  if (!planPeriods(item).includes(period)) {
    return wrong(
      column,
      `${WORD[item.collection]} ${item.id} hör till planen ${String(recordOrEmpty(item.data).plan)}, som inte följer upp ${period}: välj en annan --period eller lägg till perioden i planens periods`,
    );
  }
  return found(item);
}

/** The `status` column: a status the item's collection has. */
function readStatus(
  row: TableRow,
  collection: ItemCollection | undefined,
  { mapping }: RowContext,
): Reading<NyckeltalStatus> {
  const column = mapping.columns.status;
  const word = text(row.cells[column]);
  if (!word) return wrong(column, 'statusen saknas: varje rad ska ha en status för perioden');
  const status = statusFor(mapping, word);
  if (!status) {
    return wrong(
      column,
      `"${word}" är ingen känd status: lägg till ordet i mappningsfilens statuses, som "${word}": "delvis-uppfyllt" (tillåtna: helt-uppfyllt, delvis-uppfyllt, ej-uppfyllt, och för nyckeltal gar-ej-att-mata)`,
    );
  }
  if (status === 'gar-ej-att-mata' && collection === 'uppdrag') {
    return wrong(
      column,
      `"${word}" (gar-ej-att-mata) finns bara för nyckeltal: ett uppdrag är helt, delvis eller ej uppfyllt`,
    );
  }
  return found(status);
}

/** The `comment` column: every status carries the text that explains it. */
function readComment(row: TableRow, { mapping }: RowContext): Reading<string> {
  const column = mapping.columns.comment;
  const comment = text(row.cells[column]);
  return comment ? found(comment) : wrong(column, 'kommentaren saknas: varje status ska ha en text som förklarar den');
}

/** The `value` column, for nyckeltal: a number, or empty when the status says it cannot be measured. */
function readValue(
  row: TableRow,
  status: NyckeltalStatus | undefined,
  { mapping }: RowContext,
): Reading<{ value: number | null; notes: string[] }> {
  const column = mapping.columns.value;
  if (!column) return wrong(undefined, 'mappningsfilen saknar columns.value: ange kolumnen med utfallet för nyckeltal');
  const raw = row.cells[column];
  const parsed = parseSwedishNumber(raw);
  if (parsed.kind === 'error') return wrong(column, parsed.message);
  if (parsed.kind === 'empty') {
    return status && status !== 'gar-ej-att-mata'
      ? wrong(column, 'utfallet saknas: ange ett tal, eller sätt statusen till "Går ej att mäta"')
      : found({ value: null, notes: [] });
  }
  if (status === 'gar-ej-att-mata') {
    return wrong(
      column,
      `ska vara tomt när statusen är "Går ej att mäta", men är ${JSON.stringify(raw)}: töm cellen eller ändra statusen`,
    );
  }
  const value = parsed.value;
  const notes =
    typeof raw === 'string' && raw.trim() !== String(value) ? [`${JSON.stringify(raw)} lästes som talet ${value}`] : [];
  return found({ value, notes });
}

/** What a row says about its item for the period, once every column read well. */
interface RowResult {
  where: string;
  item: ItemFile;
  after: StoredResult;
  notes: string[];
}

/**
 * Reads one row column by column. Every column is read even after a problem, so that one
 * run names all of a row's problems; `seen` (item → row) finds a second row for an item.
 */
function readRow(row: TableRow, context: RowContext, seen: Map<string, string>): Skip | RowResult | ColumnProblem[] {
  const { status: statusColumn, value: valueColumn, comment: commentColumn } = context.mapping.columns;
  if (
    context.mapping.skipUnfilled &&
    [statusColumn, valueColumn, commentColumn].every((c) => !c || !text(row.cells[c]))
  )
    return { skip: 'inte ifylld (status, utfall och kommentar är tomma)' };
  const type = readType(row, context);
  if (isSkip(type)) return type;
  const period = readPeriod(row, context);
  if (isSkip(period)) return period;
  const collections = type.value ?? (context.mapping.collection ? [context.mapping.collection] : ITEM_COLLECTIONS);
  // With an unknown type, which collection to look in is unknown too: one problem is enough.
  const item = type.problem ? undefined : readItem(row, collections, context);
  const collection = item?.value?.collection ?? (collections.length === 1 ? collections[0] : undefined);
  const status = readStatus(row, collection, context);
  const comment = readComment(row, context);
  const value = collection === 'nyckeltal' ? readValue(row, status.value, context) : found({ value: null, notes: [] });
  const problems = [type, period, item, status, comment, value].flatMap((r) => (r?.problem ? [r.problem] : []));

  if (item?.value) {
    const key = `${item.value.collection}/${item.value.id}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({
        message: `${WORD[item.value.collection]} ${item.value.id} finns redan på ${earlier}: varje post får bara ha en rad per period`,
      });
    }
    seen.set(key, row.where);
  }
  if (problems.length || !item?.value || !status.value || !comment.value || !value.value) return problems;

  const after: StoredResult =
    item.value.collection === 'nyckeltal'
      ? { period: context.period, value: value.value.value, status: status.value, comment: comment.value }
      : { period: context.period, status: status.value, [TEXT_FIELD.uppdrag]: comment.value };
  const long = largeTextWarning(comment.value);
  const notes = [...value.value.notes, ...(long ? [`kommentaren ${long}`] : [])];
  return { where: row.where, item: item.value, after, notes };
}

/** Plans the import of one period's results; see `ImportPlan`. */
export function planImport({ table, mapping, period, files, replace }: ImportInput): ImportPlan {
  const plan: ImportPlan = { changes: [], updates: [], skipped: [], problems: [] };
  const missing = Object.entries(mapping.columns).filter(([, name]) => name && !table.header.includes(name));
  if (missing.length) {
    for (const [field, name] of missing) {
      plan.problems.push({
        where: '',
        message: `kolumnen "${name}" (columns.${field} i mappningsfilen) finns inte i exporten. Exportens kolumner: ${table.header.map((h) => `"${h}"`).join(', ')}. Rätta namnet i mappningsfilen.`,
      });
    }
    return plan;
  }

  const plans = new Map(files.filter((f) => f.collection === 'plans').map((f) => [f.id, recordOrEmpty(f.data)]));
  const context: RowContext = {
    mapping,
    period,
    periods: new Set(files.filter((f) => f.collection === 'periods').map((f) => f.id)),
    items: files.filter(isItem),
    planPeriods: (item) => {
      const periodsOfPlan = plans.get(String(recordOrEmpty(item.data).plan))?.periods;
      return Array.isArray(periodsOfPlan) ? periodsOfPlan.map(String) : [];
    },
  };
  const seen = new Map<string, string>();

  const withData = table.rows.filter((row) => !Object.values(row.cells).every((c) => text(c) === ''));
  if (withData.length === 0) {
    plan.problems.push({
      where: '',
      message:
        'exporten har inga rader med värden, bara rubrikraden: exportera perioden igen, med en rad per uppdrag eller nyckeltal',
    });
    return plan;
  }
  for (const row of withData) {
    const read = readRow(row, context, seen);
    if (Array.isArray(read)) plan.problems.push(...read.map((p) => ({ where: row.where, ...p })));
    else if (isSkip(read)) plan.skipped.push({ where: row.where, reason: read.skip });
    else addResult(plan, read, context, replace);
  }
  // Rows that are all skipped (not filled in, other periods) hold nothing for the period: an empty export.
  if (plan.changes.length === 0 && plan.problems.length === 0) {
    const reasons = [...new Set(plan.skipped.map((s) => s.reason))];
    plan.problems.push({
      where: '',
      message: `exporten har inga rader med resultat för ${period}: alla ${plan.skipped.length} rader hoppades över (${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? '; …' : ''}). Fyll i resultaten, eller exportera rätt period`,
    });
  }
  // One bad row stops the whole import: half a period's results would mislead more than none.
  if (plan.problems.length) plan.updates = [];
  return plan;
}

/** Adds a row's result to the plan: a change, and the file's new data when anything changes. */
function addResult(plan: ImportPlan, { where, item, after, notes }: RowResult, context: RowContext, replace: boolean) {
  const data = recordOrEmpty(item.data);
  const listField = LIST_FIELD[item.collection];
  const stored = data[listField] ?? [];
  if (!Array.isArray(stored)) {
    // What the import does not understand it must not overwrite: the file is fixed by hand first.
    plan.problems.push({
      where,
      message: `${item.file} har fältet ${listField}, men det är ingen lista [ … ] som importen kan lägga till i. Inget skrivs över: rätta fältet för hand (npm run check visar hur) och kör importen igen.`,
    });
    return;
  }
  const list: unknown[] = stored;
  const base = { where, collection: item.collection, id: item.id, file: item.file, after, notes };
  const before = list.filter(isRecord).find((r) => r.period === context.period);
  const change: RowChange = !before
    ? { ...base, kind: 'new' }
    : { ...base, kind: isDeepStrictEqual(before, after) ? 'unchanged' : 'changed', before };
  if (change.kind === 'changed' && !replace) {
    plan.problems.push({
      where,
      message: `${WORD[item.collection]} ${item.id} har redan ett annat resultat för ${context.period} i ${item.file} (${fieldChanges(change.before, after).join('; ')}). Inget ersätts utan att du ber om det: kör igen med --replace om exportens värden ska gälla.`,
    });
    return;
  }
  plan.changes.push(change);
  if (change.kind !== 'unchanged') {
    const newList = placeResult(list, after, context.planPeriods(item));
    plan.updates.push({
      file: item.file,
      collection: item.collection,
      data: { ...data, [listField]: newList },
      list: { key: listField, items: newList },
    });
  }
}
