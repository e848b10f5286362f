/**
 * CSV as spreadsheets and planning systems export it (RFC 4180): fields separated by `;`
 * (Swedish Excel) or `,`, quoted with `"` when they hold a separator, a quote (written
 * twice) or a line break. Each record keeps the line it starts on, so that errors can
 * say "rad 7" and the reader finds it in the file.
 */
import { CsvError as ParseError, parse } from 'csv-parse/sync';

export interface CsvRecord {
  /** Line in the file where the record starts, 1 for the first line. */
  line: number;
  cells: string[];
}

/** `;` or `,`: whichever occurs more often outside quotes on the first line. */
export function detectSeparator(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

export class CsvError extends Error {
  readonly line: number;

  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/**
 * Parses CSV text (BOM already removed) into records with `csv-parse`; throws `CsvError`
 * on an unclosed quote, naming the line where its record starts. A quote inside an
 * unquoted field is kept as text, as spreadsheets write it.
 */
export function parseCsv(text: string, separator: string = detectSeparator(text)): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  try {
    parse(text, {
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      on_record: (cells, { lines }) => {
        records.push({ line, cells });
        // csv-parse counts a CRLF inside a quoted field as two lines.
        line = lines + 1 - cells.reduce((n, cell) => n + cell.split('\r\n').length - 1, 0);
        return cells;
      },
    });
    return records;
  } catch (error) {
    if (error instanceof ParseError && error.code === 'CSV_QUOTE_NOT_CLOSED')
      throw new CsvError(
        'ett citattecken " öppnas men stängs aldrig: kontrollera att varje fält som börjar med " också slutar med "',
        line,
      );
    throw error;
  }
}
