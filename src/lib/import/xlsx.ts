/**
 * Excel workbooks (.xlsx) for the import: writing the report sheet, and reading any
 * workbook's first sheet as a table of named columns, the same `Table` a CSV export gives,
 * so that everything after the reading is the import's one pipeline.
 */
import ExcelJS from 'exceljs';
import { withFixedZipTimes } from '#lib/core/zip-times.ts';
import { SHEET_COLUMNS, statusChoices, type ReportSheet, type SheetRow } from './report-sheet.ts';
import type { Cell, Table, TableResult, TableRow } from './table.ts';

/** The name of the sheet staff fill in; the reader takes it, or else the first sheet. */
export const REPORT_SHEET_NAME = 'Rapport';

/** An .xlsx file is a zip archive: it starts with `PK\x03\x04`. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * A number format in the file's own notation (`,` groups thousands, `.` is the decimal
 * point); Excel shows it with the reader's separators, so in Swedish `1 234,5`.
 */
function numberFormat(decimals: number): string {
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}
/** The format of the filled value: at least one decimal, so that a typed 82,5 never shows as 83. */
const FILLED_FORMAT = '#,##0.0##';

const EDITABLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };

function previousHeaders(sheet: ReportSheet): { status: string; value: string } {
  const label = sheet.previousPeriodLabel ?? 'föregående period';
  return { status: `Status ${label}`, value: `Utfall ${label}` };
}

/** The report sheet as .xlsx bytes: locked reference columns, a status dropdown, number cells. */
export async function writeReportWorkbook(sheet: ReportSheet): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Insyn';
  // A fixed date keeps the file the same for the same content.
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  const ws = workbook.addWorksheet(REPORT_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }],
  });
  const previous = previousHeaders(sheet);
  const columns: { header: string; key: keyof typeof SHEET_COLUMNS | 'prevStatus' | 'prevValue'; width: number }[] = [
    { header: SHEET_COLUMNS.id, key: 'id', width: 24 },
    { header: SHEET_COLUMNS.type, key: 'type', width: 11 },
    { header: SHEET_COLUMNS.title, key: 'title', width: 48 },
    { header: SHEET_COLUMNS.unit, key: 'unit', width: 22 },
    { header: SHEET_COLUMNS.measure, key: 'measure', width: 11 },
    { header: previous.status, key: 'prevStatus', width: 18 },
    { header: previous.value, key: 'prevValue', width: 14 },
    { header: SHEET_COLUMNS.status, key: 'status', width: 18 },
    { header: SHEET_COLUMNS.value, key: 'value', width: 12 },
    { header: SHEET_COLUMNS.comment, key: 'comment', width: 60 },
  ];
  ws.columns = columns;
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  sheet.rows.forEach((row: SheetRow) => {
    const added = ws.addRow({
      id: row.id,
      type: row.type,
      title: row.title,
      unit: row.unit,
      measure: row.measure,
      prevStatus: row.previous?.status ?? '',
      prevValue: row.previous?.value ?? null,
      status: row.current?.status ?? null,
      value: row.current?.value ?? null,
      comment: row.current?.comment ?? null,
    });
    added.getCell('prevValue').numFmt = numberFormat(row.decimals);
    const editable = row.collection === 'nyckeltal' ? ['status', 'value', 'comment'] : ['status', 'comment'];
    for (const key of editable) {
      const cell = added.getCell(key);
      cell.protection = { locked: false };
      cell.fill = EDITABLE_FILL;
    }
    added.getCell('comment').alignment = { wrapText: true, vertical: 'top' };
    added.getCell('status').dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${statusChoices(row.collection).join(',')}"`],
      showErrorMessage: true,
      errorTitle: 'Okänd status',
      error: `Välj en status i listan: ${statusChoices(row.collection).join(', ')}.`,
    };
    if (row.collection === 'nyckeltal') {
      const value = added.getCell('value');
      value.numFmt = FILLED_FORMAT;
      value.dataValidation = {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [-1e15, 1e15],
        showErrorMessage: true,
        errorTitle: 'Inget tal',
        error:
          'Skriv utfallet som ett tal, med decimalkomma som 82,5, utan enhet. Lämna tomt om det inte går att mäta.',
      };
    }
  });
  // Protection without a password: it stops slips in the reference columns, not people.
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: true,
  });

  const help = workbook.addWorksheet('Anvisningar');
  help.getColumn(1).width = 110;
  [
    `Rapportmall för ${sheet.planTitle}, ${sheet.periodLabel}.`,
    '',
    `Fyll i de gula cellerna på bladet ${REPORT_SHEET_NAME}: Status (välj i listan), Utfall (bara nyckeltal) och Kommentar.`,
    'Utfall skrivs som ett tal med decimalkomma, som 82,5, utan enhet. Lämna Utfall tomt när statusen är Går ej att mäta.',
    `Kolumnerna ${previous.status} och ${previous.value} visar förra periodens resultat som jämförelse.`,
    'Id, typ och titel är låsta: raden hittas med id, så ändra inte id:t.',
    `Spara filen som .xlsx och lägg den i mappen inkorg/ med namnet ${sheet.period}.xlsx, eller kör`,
    `npm run import -- <fil>.xlsx --period ${sheet.period}`,
  ].forEach((line) => help.addRow([line]));

  return withFixedZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** A cell's value as the import reads it: text, a number, a truth value or empty. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue(value.result);
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  return null;
}

/**
 * Reads a workbook's sheet named "Rapport", or else its first sheet, as a table: the first
 * non-empty row is the header, and every row keeps its row number in Excel, `rad 7`.
 */
export async function readWorkbookTable(bytes: Uint8Array): Promise<TableResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return {
      problems: [
        'är ingen Excel-arbetsbok som går att läsa: spara den som "Excel-arbetsbok (.xlsx)", eller exportera som CSV UTF-8',
      ],
    };
  }
  const ws = workbook.getWorksheet(REPORT_SHEET_NAME) ?? workbook.worksheets[0];
  if (!ws) return { problems: ['har inga blad: den ska ha en rubrikrad och en rad per uppdrag eller nyckeltal'] };
  const texts = (rowNumber: number): Cell[] => {
    const row = ws.getRow(rowNumber);
    return Array.from({ length: ws.columnCount }, (_, i) => cellValue(row.getCell(i + 1).value));
  };
  const blank = (cells: Cell[]) => cells.every((c) => c === null || String(c).trim() === '');
  let headerRow = 1;
  while (headerRow <= ws.rowCount && blank(texts(headerRow))) headerRow++;
  if (headerRow > ws.rowCount)
    return { problems: [`bladet ${ws.name} är tomt: det ska ha en rubrikrad och en rad per uppdrag eller nyckeltal`] };
  const headerCells = texts(headerRow);
  // Columns past the last header are empty or notes beside the table: they are not read.
  const width = headerCells.reduce<number>((last, cell, i) => (cell !== null && String(cell).trim() ? i + 1 : last), 0);
  const header = headerCells.slice(0, width).map((cell) => String(cell ?? '').trim());
  const rows: TableRow[] = [];
  for (let n = headerRow + 1; n <= ws.rowCount; n++) {
    const cells = texts(n).slice(0, width);
    rows.push({ where: `rad ${n}`, cells: Object.fromEntries(header.map((name, i) => [name, cells[i] ?? null])) });
  }
  const table: Table = { format: 'xlsx', header, rows };
  return { table, problems: [] };
}
