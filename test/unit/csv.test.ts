import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '#lib/charts/charts.ts';
import { csvCell, csvNumber, toCsv } from '#lib/core/csv.ts';

/** Reads CSV the way a standard parser configured for Swedish Excel files does. */
const read = (text: string) => parse(text, { delimiter: ';', bom: true, relax_column_count: false }) as string[][];

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
    expect(read(toCsv(['a', 'b', 'c', 'd'], rows))).toEqual([['a', 'b', 'c', 'd'], ...rows]);
  });

  it('refuses a row of the wrong length', () => {
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(/2/);
  });
});

describe('tableToCsv', () => {
  it('keeps a chart table’s columns in order, headers as shown, missing values empty', () => {
    const csv = tableToCsv({
      caption: 'x',
      columns: [
        { key: 'status', label: 'Status', kind: 'text' },
        { key: 'u', label: 'Uppdrag', kind: 'number', empty: 'gäller inte' },
      ],
      rows: [
        { status: 'Går ej att mäta', u: null },
        { status: 'Helt uppfyllt', u: 2 },
      ],
    });
    expect(csv).toBe('\ufeffStatus;Uppdrag\r\nGår ej att mäta;\r\nHelt uppfyllt;2\r\n');
  });
});
