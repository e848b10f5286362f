import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type ChartSpec, tableToCsv } from '#lib/charts/charts.ts';
import { csvCell, csvNumber, toCsv } from '#lib/core/csv.ts';

/** Reads CSV the way a standard parser configured for Swedish Excel files does. */
const read = (text: string) => parse(text, { delimiter: ';', bom: true, relax_column_count: false });

describe('CSV for Swedish Excel', () => {
  it('starts with a byte order mark, separates with semicolons and ends lines with CRLF', () => {
    const text = toCsv(['a', 'b'], [[1, 'x']]);
    expect(text.startsWith('\uFEFFa;b\r\n')).toBe(true);
    expect(text).toBe('\uFEFFa;b\r\n1;x\r\n');
  });

  it('writes decimal comma, no thousands separator and no exponent', () => {
    expect(csvNumber(86.5)).toBe('86,5');
    expect(csvNumber(-471)).toBe('-471');
    expect(csvNumber(31612.2)).toBe('31612,2');
    expect(csvNumber(1e21)).toBe('1000000000000000000000');
    expect(csvNumber(1.5e-7)).toBe('0,00000015');
    expect(() => csvNumber(Number.NaN)).toThrow();
  });

  it('quotes per RFC 4180 only what needs it', () => {
    expect(csvCell('plain text, with comma')).toBe('plain text, with comma');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hej"')).toBe('"say ""hej"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' edge')).toBe('" edge"');
  });

  it('leaves missing values empty and joins lists with " | "', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(['rs-2023-11-08-194', 'rs-2024-01-23-6'])).toBe('rs-2023-11-08-194 | rs-2024-01-23-6');
    expect(csvCell([])).toBe('');
    expect(() => csvCell(['a | b'])).toThrow(/listavgränsaren/);
  });

  it('round-trips tricky text through a standard parser', () => {
    const rows = [
      ['RS/595/2023', 'Ekonomi; "i balans"\r\noch mer', 'å ä ö – § €', ''],
      ['x', '  spaced  ', '=1+1', '-471'],
    ];
    // Text that would start a formula comes back with the apostrophe that keeps it text.
    const expected = rows.map((row) => row.map((cell) => (/^[=-]/.test(cell) ? `'${cell}` : cell)));
    expect(read(toCsv(['a', 'b', 'c', 'd'], rows))).toEqual([['a', 'b', 'c', 'd'], ...expected]);
  });

  it('writes no text that a spreadsheet would run as a formula (OWASP), and numbers as numbers', () => {
    const attacks = [
      '=HYPERLINK("https://example.com/","Klicka")',
      "=cmd|' /C calc'!A0",
      '+SUM(1,2)',
      '-2+3',
      '@SUM(A1)',
      '\tx',
      '\rx',
    ];
    for (const text of attacks) {
      const [cell] = parse(toCsv(['a'], [[text]]).slice(1), { delimiter: ';' })[1];
      expect(cell).toBe(`'${text}`);
    }
    expect(csvCell(['=A1', 'b'])).toBe("'=A1 | b");
    expect(csvCell(-471)).toBe('-471');
    expect(csvCell(-0.5)).toBe('-0,5');
    expect(csvCell([-1, 2])).toBe('-1 | 2');
    expect(csvCell('Region Jämtland Härjedalen')).toBe('Region Jämtland Härjedalen');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('refuses a row of the wrong length', () => {
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(/2/);
  });
});

describe('tableToCsv', () => {
  const spec = (example: boolean) =>
    ({
      kind: 'bars',
      id: 'x',
      title: 'x',
      subject: 'x',
      summary: 'x',
      decimals: 0,
      page: '/x/',
      groups: [],
      example,
      table: {
        caption: 'x',
        columns: [
          { key: 'status', label: 'Status', kind: 'text' },
          { key: 'u', label: 'Uppdrag', kind: 'number', empty: 'gäller inte' },
        ],
        rows: [
          { status: 'Går ej att mäta', u: null },
          { status: 'Helt uppfyllt', u: 2 },
        ],
      },
    }) as const satisfies ChartSpec;

  it('keeps a chart table’s columns in order, headers as shown, missing values empty, and says whether the values are examples', () => {
    expect(tableToCsv(spec(false))).toBe(
      '\ufeffStatus;Uppdrag;exempel\r\nGår ej att mäta;;nej\r\nHelt uppfyllt;2;nej\r\n',
    );
    expect(tableToCsv(spec(true))).toBe(
      '\ufeffStatus;Uppdrag;exempel\r\nGår ej att mäta;;ja\r\nHelt uppfyllt;2;ja\r\n',
    );
  });

  it('credits the source on every row when the chart names one, as Kolada asks', () => {
    const withSource = { ...spec(false), source: { text: 'Kolada (N71007)' } };
    expect(tableToCsv(withSource)).toBe(
      '\ufeffStatus;Uppdrag;exempel;källa\r\nGår ej att mäta;;nej;Kolada (N71007)\r\nHelt uppfyllt;2;nej;Kolada (N71007)\r\n',
    );
  });
});
