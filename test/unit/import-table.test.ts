/** Exports read as tables: CSV as spreadsheets write it, and the planning system's JSON table. */
import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from '#lib/import/csv.ts';
import { readTable } from '#lib/import/table.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseCsv', () => {
  it('follows RFC 4180: quoted separators, doubled quotes and line breaks inside quotes', () => {
    const records = parseCsv('a;b;c\r\n1;"x; y";"sa ""hej""\r\nny rad"\r\n2;;\r\n', ';');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x; y', 'sa "hej"\r\nny rad'] },
      { line: 4, cells: ['2', '', ''] },
    ]);
  });

  it('detects ; or , from the header line, ignoring separators inside quotes', () => {
    expect(detectSeparator('Id;Status;"Kommentar, lång"\n')).toBe(';');
    expect(detectSeparator('Id,Status,"Kommentar; lång"\n')).toBe(',');
    expect(detectSeparator('Id\n')).toBe(',');
  });

  it('names the line where an unclosed quote starts', () => {
    expect(() => parseCsv('a;b\n1;"öppen\n2;3\n', ';')).toThrow(expect.objectContaining({ line: 2 }));
  });
});

describe('readTable', () => {
  it('reads UTF-8 CSV with a BOM and ; as a table with trimmed column names', () => {
    const { table } = readTable(bytes('\uFEFF Id ;Status\r\nfrisktal;Grå\r\n\r\n'));
    expect(table).toEqual({
      format: 'csv',
      header: ['Id', 'Status'],
      rows: [{ where: 'rad 2', cells: { Id: 'frisktal', Status: 'Grå' } }],
    });
  });

  it('reads comma-separated CSV without a BOM, and ignores empty trailing cells past the header', () => {
    const { table } = readTable(bytes('Id,Status\nfrisktal,Grå,,\n'));
    expect(table?.rows[0].cells).toEqual({ Id: 'frisktal', Status: 'Grå' });
  });

  it('reports each row with too many or too few fields by its line', () => {
    const { problems } = readTable(bytes('Id;Status;Kommentar\na;b\nc;d;e\nf;g;h;i\n'));
    expect(problems).toEqual([
      expect.stringMatching(/^rad 2: har 2 fält men rubrikraden har 3/),
      expect.stringMatching(/^rad 4: har 4 fält men rubrikraden har 3/),
    ]);
  });

  it("reads the planning system's flat JSON table, keeping numbers and nulls as they are", () => {
    const { table } = readTable(bytes('{"header":["Namn","Utfall"],"values":[["A",12.5],["B",null]]}'));
    expect(table).toEqual({
      format: 'json',
      header: ['Namn', 'Utfall'],
      rows: [
        { where: 'values[0]', cells: { Namn: 'A', Utfall: 12.5 } },
        { where: 'values[1]', cells: { Namn: 'B', Utfall: null } },
      ],
    });
  });

  it('says what shape a JSON table must have, and which rows do not have it', () => {
    expect(readTable(bytes('{"rows":[]}')).problems[0]).toMatch(/\{"header": \["Kolumn", …\], "values"/);
    expect(readTable(bytes('{"header":["A","B"],"values":[["x"],["y",{"z":1}]]}')).problems).toEqual([
      expect.stringMatching(/^values\[0\]: har 1 värden men header har 2 kolumner/),
      expect.stringMatching(/^values\[1\]: ett värde är en lista eller ett objekt/),
    ]);
  });

  it('refuses a file that is not UTF-8 (an Excel "CSV" in Windows-1252) instead of garbling å, ä, ö', () => {
    const latin1 = Uint8Array.from([...bytes('Id;Status\nfrisktal;Gr'), 0xe5, 0x0a]);
    expect(readTable(latin1).problems[0]).toMatch(/inte sparad som UTF-8.*CSV UTF-8/);
  });

  it('refuses an empty file and repeated column names', () => {
    expect(readTable(bytes('\n\n')).problems[0]).toMatch(/är tom/);
    expect(readTable(bytes('Id;Status;Id\n1;2;3\n')).problems[0]).toMatch(/flera kolumner som heter "Id"/);
  });
});
