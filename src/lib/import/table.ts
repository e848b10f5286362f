/**
 * An export as a table of named columns, whatever it came as: CSV (`;` or `,`, UTF-8 with
 * or without BOM), the flat JSON table `{"header":[…],"values":[[…]]}` that the
 * planning system's export view produces, or an Excel workbook (`readAnyTable`). Rows keep
 * where they came from for messages.
 */
import type { Cell } from '#lib/core/numbers.ts';
import { recordOrEmpty } from '#lib/content/records.ts';
import { readJson } from '#lib/core/json-text.ts';
import { decodeUtf8 } from '#lib/core/utf8.ts';
import { CsvError, parseCsv } from './csv.ts';
import { controlCharacter, controlCharacterMessage } from '#lib/core/control-characters.ts';
import { isXlsx, readWorkbookTable } from './xlsx.ts';

export type { Cell };

export interface TableRow {
  /** Where the row is in the file, as a reader finds it: `rad 7` (CSV) or `values[5]` (JSON). */
  where: string;
  cells: Record<string, Cell>;
}

export interface Table {
  format: 'csv' | 'json' | 'xlsx';
  header: string[];
  rows: TableRow[];
}

export type TableResult = { table: Table; problems: [] } | { table?: undefined; problems: string[] };

function duplicateColumns(header: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(header.filter((name) => seen.has(name) || !seen.add(name)))];
}

/** What a JSON value is, for the message about an export that is JSON but not a table. */
function jsonKind(data: unknown): string {
  if (data === null) return 'bara null';
  if (Array.isArray(data)) return 'en lista [ … ]';
  if (typeof data === 'object') return 'ett objekt utan "header" och "values"';
  if (typeof data === 'string') return 'en enda text';
  if (typeof data === 'number') return 'ett enda tal';
  return `bara ${JSON.stringify(data)}`;
}

function fromJson(text: string): TableResult {
  const read = readJson(text);
  if (read.error !== undefined) return { problems: [read.error] };
  const { data } = read;
  const { header, values } = recordOrEmpty(data);
  if (!Array.isArray(header) || !header.every((name) => typeof name === 'string') || !Array.isArray(values)) {
    return {
      problems: [
        `är JSON, men ${jsonKind(data)} och inte en tabell i formen {"header": ["Kolumn", …], "values": [["värde", …], …]}: exportera tabellvyn som JSON, eller som CSV`,
      ],
    };
  }
  const problems: string[] = [];
  const rows: TableRow[] = [];
  values.forEach((row, index) => {
    const where = `values[${index}]`;
    if (!Array.isArray(row)) {
      problems.push(`${where}: ska vara en lista med ett värde per kolumn`);
    } else if (row.length !== header.length) {
      problems.push(
        `${where}: har ${row.length} värden men header har ${header.length} kolumner: varje rad ska ha ett värde per kolumn`,
      );
    } else if (row.some((cell) => cell !== null && typeof cell === 'object')) {
      problems.push(
        `${where}: ett värde är en lista eller ett objekt: tabellen ska vara platt, med text, tal eller null`,
      );
    } else {
      rows.push({ where, cells: Object.fromEntries(header.map((name, i) => [name.trim(), row[i] as Cell])) });
    }
  });
  return problems.length
    ? { problems }
    : { table: { format: 'json', header: header.map((h) => h.trim()), rows }, problems: [] };
}

function fromCsv(text: string): TableResult {
  // Excel writes and reads `sep=;` as the first line to say the separator; it is no column name.
  const declared = /^sep=([;,\t|])[ \t]*(?=\r?\n|$)/i.exec(text);
  const body = declared ? text.slice(declared[0].length) : text;
  let records;
  try {
    records = declared ? parseCsv(body, declared[1]) : parseCsv(body);
  } catch (error) {
    if (error instanceof CsvError) return { problems: [`rad ${error.line}: ${error.message}`] };
    throw error;
  }
  const nonEmpty = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  if (nonEmpty.length === 0)
    return { problems: ['är tom: den ska ha en rubrikrad och en rad per uppdrag eller nyckeltal'] };
  const [first, ...rest] = nonEmpty;
  const header = first.cells.map((name) => name.trim());
  const problems: string[] = [];
  const rows: TableRow[] = [];
  for (const record of rest) {
    const where = `rad ${record.line}`;
    // Spreadsheets often end rows with empty cells past the last column: those are harmless.
    const cells =
      record.cells.length > header.length && record.cells.slice(header.length).every((c) => c.trim() === '')
        ? record.cells.slice(0, header.length)
        : record.cells;
    if (cells.length !== header.length) {
      problems.push(
        `${where}: har ${cells.length} fält men rubrikraden har ${header.length}: kontrollera att texter med semikolon, kommatecken eller radbrytning står inom "citattecken"`,
      );
      continue;
    }
    rows.push({ where, cells: Object.fromEntries(header.map((name, i) => [name, cells[i]])) });
  }
  return problems.length ? { problems } : { table: { format: 'csv', header, rows }, problems: [] };
}

/** JSON by its first character, or any text that is JSON as a whole (as `null`), never read as CSV. */
function isJson(text: string): boolean {
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every cell holding true or false (a JSON value, or an Excel cell SANT/FALSKT): every column
 * the import reads is text or a number, and true would otherwise become the comment "true".
 */
function booleanProblems(table: Table): string[] {
  const empty = table.format === 'json' ? 'null' : 'en tom cell';
  return table.rows.flatMap(({ where, cells }) =>
    Object.entries(cells).flatMap(([column, cell]) =>
      typeof cell === 'boolean'
        ? [
            `${where}, kolumn "${column}": är ${String(cell)} (sant eller falskt), men kolumnerna har text eller tal: skriv texten eller talet, eller ${empty} för ett tomt värde`,
          ]
        : [],
    ),
  );
}

/** Every cell (and column name) holding a control character, by row and column. */
function controlProblems(table: Table): string[] {
  const inHeader = table.header.flatMap((name, index) => {
    const code = controlCharacter(name);
    return code ? [`rubrikraden, kolumn ${index + 1}: ${controlCharacterMessage(code)}`] : [];
  });
  const inRows = table.rows.flatMap(({ where, cells }) =>
    Object.entries(cells).flatMap(([column, cell]) => {
      const code = typeof cell === 'string' ? controlCharacter(cell) : undefined;
      return code ? [`${where}, kolumn "${column}": ${controlCharacterMessage(code)}`] : [];
    }),
  );
  return [...inHeader, ...inRows];
}

/** Reads an export's bytes; `problems` say what is wrong with the file as a whole or a row's shape. */
export function readTable(bytes: Uint8Array): TableResult {
  const decoded = decodeUtf8(bytes);
  if (decoded === undefined) {
    return {
      problems: [
        'är inte sparad som UTF-8, så å, ä och ö skulle bli fel: spara om filen som "CSV UTF-8 (kommaavgränsad)" i Excel, eller exportera med teckenkodning UTF-8',
      ],
    };
  }
  const text = decoded;
  return checked(isJson(text) ? fromJson(text) : fromCsv(text));
}

/** Any export's bytes: an Excel workbook (.xlsx, told by its content, not its name), CSV or JSON. */
export async function readAnyTable(bytes: Uint8Array): Promise<TableResult> {
  return isXlsx(bytes) ? checked(await readWorkbookTable(bytes)) : readTable(bytes);
}

/** A table read from any format, refused when a cell holds a control character or true/false, or two columns share a name. */
function checked(result: TableResult): TableResult {
  if (result.table) {
    const control = [...controlProblems(result.table), ...booleanProblems(result.table)];
    if (control.length) return { problems: control };
    const duplicated = duplicateColumns(result.table.header);
    if (duplicated.length) {
      return {
        problems: [
          `har flera kolumner som heter ${duplicated.map((d) => `"${d}"`).join(', ')}: ge kolumnerna olika namn`,
        ],
      };
    }
  }
  return result;
}
