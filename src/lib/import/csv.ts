/**
 * CSV as spreadsheets and planning systems export it (RFC 4180): fields separated by `;`
 * (Swedish Excel) or `,`, quoted with `"` when they hold a separator, a quote (written
 * twice) or a line break. Each record keeps the line it starts on, so that errors can
 * say "rad 7" and the reader finds it in the file.
 */

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

/** Parses CSV text (BOM already removed) into records; throws `CsvError` on an unclosed quote. */
export function parseCsv(text: string, separator: string = detectSeparator(text)): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
      i++;
      continue;
    }
    if (char === '"' && cell.trim() === '') {
      // A quote opens a quoted field only at the start of the field (spaces before it are dropped).
      cell = '';
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += char;
    }
    i++;
  }
  if (quoted)
    throw new CsvError(
      'ett citattecken " öppnas men stängs aldrig: kontrollera att varje fält som börjar med " också slutar med "',
      quoteLine,
    );
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
