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
import { parseSwedishNumber } from '#lib/core/numbers.ts';
import type { EntryUpdate } from './render.ts';
import type { Cell, Table, TableRow } from './table.ts';

type Raw = Record<string, unknown>;

/** A result as stored: nyckeltal `{period, value, status, comment}`, uppdrag `{period, status, text}`. */
export type StoredResult = Raw & { period: string; status: string };

export interface ImportProblem {
  /** `rad 7` or `values[5]`; empty for the file as a whole. */
  where: string;
  /** The export's column the problem is in, when it is in one. */
  column?: string;
  message: string;
}

export interface RowChange {
  where: string;
  collection: ItemCollection;
  id: string;
  file: string;
  kind: 'new' | 'changed' | 'unchanged';
  before?: StoredResult;
  after: StoredResult;
  /** How cells were read, as `"12,5" lästes som 12.5`. */
  notes: string[];
}

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

/** `status: "ej-uppfyllt" → "delvis-uppfyllt"` for each field that differs. */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const show = (value: unknown) => JSON.stringify(value);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => show(before[key]) !== show(after[key]))
    .map(
      (key) =>
        `${key}: ${key in before ? show(before[key]) : '(saknas)'} → ${key in after ? show(after[key]) : '(tas bort)'}`,
    );
}

/** Puts a period's result in the list, in the order of the plan's periods. */
function placeResult(list: StoredResult[], result: StoredResult, planPeriods: string[]): StoredResult[] {
  const index = list.findIndex((r) => r.period === result.period);
  if (index >= 0) return list.map((r, i) => (i === index ? result : r));
  const rank = (period: string) => {
    const at = planPeriods.indexOf(period);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const before = list.findIndex((r) => rank(r.period) > rank(result.period));
  return before < 0 ? [...list, result] : [...list.slice(0, before), result, ...list.slice(before)];
}

export interface ImportInput {
  table: Table;
  mapping: Mapping;
  period: string;
  files: readonly SourceFile[];
  replace: boolean;
}

/** Plans the import of one period's results; see `ImportPlan`. */
export function planImport({ table, mapping, period, files, replace }: ImportInput): ImportPlan {
  const plan: ImportPlan = { changes: [], updates: [], skipped: [], problems: [] };
  const columns = mapping.columns;
  const missing = Object.entries(columns).filter(([, name]) => name && !table.header.includes(name));
  if (missing.length) {
    for (const [field, name] of missing) {
      plan.problems.push({
        where: '',
        message: `kolumnen "${name}" (columns.${field} i mappningsfilen) finns inte i exporten. Exportens kolumner: ${table.header.map((h) => `"${h}"`).join(', ')}. Rätta namnet i mappningsfilen.`,
      });
    }
    return plan;
  }

  const items = files.filter((f): f is SourceFile & { collection: ItemCollection } =>
    (ITEM_COLLECTIONS as readonly string[]).includes(f.collection),
  );
  const plans = new Map(files.filter((f) => f.collection === 'plans').map((f) => [f.id, f.data as Raw]));
  const periods = new Set(files.filter((f) => f.collection === 'periods').map((f) => f.id));
  const planPeriods = (item: SourceFile) => {
    const periodsOfPlan = plans.get(String((item.data as Raw).plan))?.periods;
    return Array.isArray(periodsOfPlan) ? periodsOfPlan.map(String) : [];
  };
  const seen = new Map<string, string>();

  for (const row of table.rows) {
    const problems: ImportProblem[] = [];
    const problem = (column: string | undefined, message: string) =>
      problems.push({ where: row.where, column, message });
    const cell = (name: string | undefined) => (name ? row.cells[name] : undefined);
    if (Object.values(row.cells).every((c) => text(c) === '')) continue;

    let collections: readonly ItemCollection[] = mapping.collection ? [mapping.collection] : ITEM_COLLECTIONS;
    let typeKnown = true;
    if (columns.type) {
      const word = text(cell(columns.type));
      const collection = collectionFor(mapping, word);
      if (collection === null) {
        plan.skipped.push({ where: row.where, reason: `typen "${word}" hoppas över enligt mappningsfilen` });
        continue;
      }
      if (collection === undefined) {
        typeKnown = false;
        problem(
          columns.type,
          `"${word}" finns inte i mappningsfilens types: lägg till det, som "${word}": "nyckeltal", "${word}": "uppdrag" eller "${word}": null för rader som inte ska importeras`,
        );
      } else collections = [collection];
    }

    if (columns.period) {
      const word = text(cell(columns.period));
      const rowPeriod = periodFor(mapping, word);
      if (!rowPeriod) {
        problem(
          columns.period,
          `"${word}" är ingen känd period: lägg till den i mappningsfilens periods, som "${word}": "${period}"`,
        );
      } else if (rowPeriod !== period) {
        if (periods.has(rowPeriod)) {
          plan.skipped.push({ where: row.where, reason: `gäller perioden ${rowPeriod}, inte ${period}` });
          continue;
        }
        problem(
          columns.period,
          `perioden "${rowPeriod}" finns inte i content/periods/: rätta mappningsfilens periods eller lägg till perioden`,
        );
      }
    }

    // With an unknown type, which collection to look in is unknown too: one problem is enough.
    const item = typeKnown ? identify(row, mapping, collections, items, period, planPeriods, problem) : undefined;
    const collection = item?.collection ?? (collections.length === 1 ? collections[0] : undefined);

    const statusWord = text(cell(columns.status));
    const status = statusWord ? statusFor(mapping, statusWord) : undefined;
    if (!statusWord) {
      problem(columns.status, 'statusen saknas: varje rad ska ha en status för perioden');
    } else if (!status) {
      problem(
        columns.status,
        `"${statusWord}" är ingen känd status: lägg till ordet i mappningsfilens statuses, som "${statusWord}": "delvis-uppfyllt" (tillåtna: helt-uppfyllt, delvis-uppfyllt, ej-uppfyllt, och för nyckeltal gar-ej-att-mata)`,
      );
    } else if (status === 'gar-ej-att-mata' && collection === 'uppdrag') {
      problem(
        columns.status,
        `"${statusWord}" (gar-ej-att-mata) finns bara för nyckeltal: ett uppdrag är helt, delvis eller ej uppfyllt`,
      );
    }

    const comment = text(cell(columns.comment));
    if (!comment) problem(columns.comment, 'kommentaren saknas: varje status ska ha en text som förklarar den');

    const notes: string[] = [];
    let value: number | null = null;
    if (collection === 'nyckeltal') {
      if (!columns.value) {
        problem(undefined, 'mappningsfilen saknar columns.value: ange kolumnen med utfallet för nyckeltal');
      } else {
        const raw = cell(columns.value);
        const parsed = parseSwedishNumber(raw);
        if (parsed.kind === 'error') problem(columns.value, parsed.message);
        else if (parsed.kind === 'empty' && status && status !== 'gar-ej-att-mata') {
          problem(columns.value, 'utfallet saknas: ange ett tal, eller sätt statusen till "Går ej att mäta"');
        } else if (parsed.kind === 'number' && status === 'gar-ej-att-mata') {
          problem(
            columns.value,
            `ska vara tomt när statusen är "Går ej att mäta", men är ${JSON.stringify(raw)}: töm cellen eller ändra statusen`,
          );
        } else if (parsed.kind === 'number') {
          value = parsed.value;
          if (typeof raw === 'string' && raw.trim() !== String(value))
            notes.push(`${JSON.stringify(raw)} lästes som talet ${value}`);
        }
      }
    }

    if (item) {
      const earlier = seen.get(`${item.collection}/${item.id}`);
      if (earlier)
        problem(
          undefined,
          `${WORD[item.collection]} ${item.id} finns redan på ${earlier}: varje post får bara ha en rad per period`,
        );
      seen.set(`${item.collection}/${item.id}`, row.where);
    }

    if (problems.length || !item || !status) {
      plan.problems.push(...problems);
      continue;
    }

    const data = item.data as Raw;
    const listField = LIST_FIELD[item.collection];
    if (data[listField] !== undefined && !Array.isArray(data[listField])) {
      // What the import does not understand it must not overwrite: the file is fixed by hand first.
      plan.problems.push({
        where: row.where,
        message: `${item.file} har fältet ${listField}, men det är ingen lista [ … ] som importen kan lägga till i. Inget skrivs över: rätta fältet för hand (npm run check visar hur) och kör importen igen.`,
      });
      continue;
    }
    const list = (data[listField] ?? []) as StoredResult[];
    const after: StoredResult =
      item.collection === 'nyckeltal'
        ? { period, value, status, comment }
        : { period, status, [TEXT_FIELD.uppdrag]: comment };
    const before = list.find((r) => r.period === period);
    const kind = !before ? 'new' : isDeepStrictEqual(before, after) ? 'unchanged' : 'changed';
    if (kind === 'changed' && !replace) {
      plan.problems.push({
        where: row.where,
        message: `${WORD[item.collection]} ${item.id} har redan ett annat resultat för ${period} i ${item.file} (${fieldChanges(before!, after).join('; ')}). Inget ersätts utan att du ber om det: kör igen med --replace om exportens värden ska gälla.`,
      });
      continue;
    }
    plan.changes.push({
      where: row.where,
      collection: item.collection,
      id: item.id,
      file: item.file,
      kind,
      before,
      after,
      notes,
    });
    if (kind !== 'unchanged') {
      const newList = placeResult(list, after, planPeriods(item));
      plan.updates.push({
        file: item.file,
        collection: item.collection,
        data: { ...data, [listField]: newList },
        list: { key: listField, items: newList },
      });
    }
  }
  // One bad row stops the whole import: half a period's results would mislead more than none.
  if (plan.problems.length) plan.updates = [];
  return plan;
}

/** Finds the row's item by id, or else by title among items whose plan follows the period. */
function identify(
  row: TableRow,
  mapping: Mapping,
  collections: readonly ItemCollection[],
  items: (SourceFile & { collection: ItemCollection })[],
  period: string,
  planPeriods: (item: SourceFile) => string[],
  problem: (column: string | undefined, message: string) => void,
): (SourceFile & { collection: ItemCollection }) | undefined {
  const { id: idColumn, title: titleColumn } = mapping.columns;
  const kinds = collections.join(' eller ');
  const candidates = items.filter((item) => collections.includes(item.collection));
  const id = idColumn ? text(row.cells[idColumn]) : '';
  const title = titleColumn ? text(row.cells[titleColumn]) : '';
  let found: (SourceFile & { collection: ItemCollection })[];
  let column: string;
  if (id) {
    column = idColumn!;
    found = candidates.filter((item) => item.id === id);
    if (found.length === 0) {
      problem(
        column,
        `hittar inget ${kinds} med id "${id}" i content/: kontrollera id:t (filens namn utan .json/.mdx), eller skapa posten först med npm run new`,
      );
      return undefined;
    }
  } else if (title) {
    column = titleColumn!;
    const wanted = normalizeWord(title);
    found = candidates.filter((item) => normalizeWord(String((item.data as Raw).title ?? '')) === wanted);
    if (found.length > 1) found = found.filter((item) => planPeriods(item).includes(period));
    if (found.length === 0) {
      problem(
        column,
        `hittar inget ${kinds} med titeln "${title}": titeln ska stå exakt som i content/ (skiftläge spelar ingen roll), eller lägg till en kolumn med id`,
      );
      return undefined;
    }
  } else {
    problem(
      idColumn ?? titleColumn,
      'raden säger inte vilket uppdrag eller nyckeltal den gäller: fyll i id eller titel',
    );
    return undefined;
  }
  if (found.length > 1) {
    problem(
      column,
      `passar flera poster: ${found.map((f) => f.file).join(', ')}. Ange collection eller types i mappningsfilen, eller använd id i stället för titel`,
    );
    return undefined;
  }
  const [item] = found;
  if (!planPeriods(item).includes(period)) {
    problem(
      column,
      `${WORD[item.collection]} ${item.id} hör till planen ${String((item.data as Raw).plan)}, som inte följer upp ${period}: välj en annan --period eller lägg till perioden i planens periods`,
    );
    return undefined;
  }
  return item;
}
