/** Reading an Excel workbook as the import's table: what Excel stores in cells becomes what a CSV would say. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readAnyTable } from '#lib/import/table.ts';

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readAnyTable with a workbook', () => {
  it('reads the sheet "Rapport" from its first non-empty row, with Excel row numbers, and cell values as text or numbers', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Anvisningar').addRow(['Läs mig']);
      const ws = workbook.addWorksheet('Rapport');
      ws.addRow([]);
      ws.addRow(['Id', ' Status ', 'Utfall', 'Kommentar']);
      ws.addRow([
        'a',
        { richText: [{ text: 'Delvis ' }, { text: 'uppfyllt' }] },
        { formula: 'A1*2', result: 82.5 },
        null,
      ]);
      ws.addRow([]);
      ws.addRow(['b', 'Ej uppfyllt', '1 234,5', { text: 'länk', hyperlink: 'https://example.org/' }]);
    });
    const { table, problems } = await readAnyTable(bytes);
    expect(problems).toEqual([]);
    expect(table?.format).toBe('xlsx');
    expect(table?.header).toEqual(['Id', 'Status', 'Utfall', 'Kommentar']);
    expect(table?.rows).toEqual([
      { where: 'rad 3', cells: { Id: 'a', Status: 'Delvis uppfyllt', Utfall: 82.5, Kommentar: null } },
      { where: 'rad 4', cells: { Id: null, Status: null, Utfall: null, Kommentar: null } },
      { where: 'rad 5', cells: { Id: 'b', Status: 'Ej uppfyllt', Utfall: '1 234,5', Kommentar: 'länk' } },
    ]);
  });

  it('says in Swedish what is wrong with a broken workbook or doubled columns', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect((await readAnyTable(broken)).problems[0]).toMatch(/^är ingen Excel-arbetsbok som går att läsa/);
    const doubled = await workbookBytes((workbook) => workbook.addWorksheet('Blad1').addRow(['Status', 'Status']));
    expect((await readAnyTable(doubled)).problems).toEqual([
      'har flera kolumner som heter "Status": ge kolumnerna olika namn',
    ]);
  });
});
