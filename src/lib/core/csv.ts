/**
 * CSV the way Swedish Excel opens it by double-click: UTF-8 with a byte order mark (else
 * Excel guesses Windows-1252 and breaks å, ä, ö), semicolon between fields and decimal comma
 * (Excel with Swedish settings reads "86,5" as a number and "86.5" as text), quoting as in
 * RFC 4180, CRLF line ends, and no text that a spreadsheet would run as a formula. R's read.csv2 and pandas' `sep=';', decimal=','` read it as well.
 */

/** What a cell may hold: values are written as they are, never formatted for reading. */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
/** Between the values of a list in one cell, as the ids in `decisions`. */
export const CSV_LIST_SEPARATOR = ' | ';

/** `86.5` → `86,5`, `-471` → `-471`; no thousands separator and never an exponent. */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`${value} kan inte skrivas i CSV`);
  const plain = /e/i.test(String(value))
    ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : String(value);
  return plain.replace('.', ',');
}

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return value;
  return value
    .map((item) => {
      const text = typeof item === 'number' ? csvNumber(item) : item;
      // A value containing the separator could not be told apart from two values.
      if (text.includes(CSV_LIST_SEPARATOR))
        throw new Error(`Värdet ${JSON.stringify(text)} innehåller listavgränsaren "${CSV_LIST_SEPARATOR}"`);
      return text;
    })
    .join(CSV_LIST_SEPARATOR);
}

/**
 * A text that Excel or LibreOffice would run as a formula (it starts with =, +, -, @, a tab
 * or a CR) gets an apostrophe in front, as OWASP advises, so it opens as the text it is.
 * Numbers are written as numbers, negative ones too: only text is changed.
 */
export function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field, quoted when it holds a separator, a quote, a line break or edge spaces; never a formula. */
export function csvCell(value: CsvValue): string {
  const numeric = typeof value === 'number' || (Array.isArray(value) && typeof value[0] === 'number');
  const text = numeric ? cellText(value) : formulaSafe(cellText(value));
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, header row, one line per row, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => {
    if (row.length !== header.length) throw new Error(`Raden har ${row.length} fält men rubrikraden ${header.length}`);
    return row.map(csvCell).join(CSV_SEPARATOR);
  });
  return `${CSV_BOM}${lines.map((line) => `${line}\r\n`).join('')}`;
}
