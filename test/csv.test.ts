/** CSV for Swedish Excel: BOM, semicolons, decimal comma, RFC 4180 quoting, ISO dates. */
import { describe, expect, it } from 'vitest';
import { csvField, csvNumber, tableToCsv, toCsv } from '../src/lib/csv.ts';

describe('toCsv', () => {
  const csv = toCsv(['År', 'Värde'], [['2024-04-30', 5562.674], ['2023', null]]);

  it('starts with a byte order mark and ends every line with CRLF', () => {
    expect(csv.startsWith('\ufeffÅr;Värde\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('writes numbers with a decimal comma and no grouping, dates as ISO, missing values empty', () => {
    expect(csv).toContain('2024-04-30;5562,674\r\n');
    expect(csv).toContain('2023;\r\n');
    expect(csvNumber(-471)).toBe('-471');
    expect(csvNumber(1000000)).toBe('1000000');
  });

  it('quotes fields with separators, quotes or line breaks, doubling quotes', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('Säg "hej"')).toBe('"Säg ""hej"""');
    expect(csvField('rad\nny')).toBe('"rad\nny"');
    expect(csvField('Delvis uppfyllt')).toBe('Delvis uppfyllt');
  });
});

describe('tableToCsv', () => {
  it('keeps the table’s columns in order, headers as shown', () => {
    const csv = tableToCsv({
      caption: 'x',
      columns: [
        { key: 'status', label: 'Status', kind: 'text' },
        { key: 'u', label: 'Uppdrag', kind: 'number', empty: 'gäller inte' },
      ],
      rows: [{ status: 'Går ej att mäta', u: null }, { status: 'Helt uppfyllt', u: 2 }],
    });
    expect(csv).toBe('\ufeffStatus;Uppdrag\r\nGår ej att mäta;\r\nHelt uppfyllt;2\r\n');
  });
});
