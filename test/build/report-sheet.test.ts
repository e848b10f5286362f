/**
 * The report sheet's round trip: `npm run rapportmall` writes a plan's workbook, staff fill
 * it in Excel, and `npm run import` and `npm run inbox` read it back into the same files as
 * the same values in a CSV export would give.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { STATUS_LABELS } from '#lib/core/labels.ts';
import { REPORT_SHEET_MAPPING, SHEET_COLUMNS } from '#lib/import/report-sheet.ts';
import { runScript } from '../helpers/cli.ts';
import { sampleContentDir } from '../helpers/sample-on-disk.ts';
import { SAMPLE_FILES, SAMPLE_PLAN } from '../helpers/sample-site.ts';

/** A cell's text as the sheet shows it; these cells hold ids, labels and numbers only. */
const cellText = (value: ExcelJS.CellValue): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

const PERIOD = 'helar-2024';
const PREVIOUS = 'per-augusti-2024';

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

const planItems = (collection: 'uppdrag' | 'nyckeltal') =>
  Object.entries(SAMPLE_FILES[collection])
    .filter(([, data]) => data.plan === SAMPLE_PLAN)
    .map(([id]) => id);

/** What staff report for the period: per id, status word, value as typed, comment. */
const FILLED: Record<string, [string, string, string]> = {
  heltid: ['Helt uppfyllt', '', 'Heltid är norm i alla förvaltningar.'],
  vantetider: ['Delvis uppfyllt', '', 'Kortare köer, men inte överallt; fler läkare behövs.'],
  samverkan: ['Ej uppfyllt', '', 'Avtalet med kommunerna är inte klart.'],
  helpdesk: ['Delvis uppfyllt', '82,5', 'Färre samtal besvarade i tid under hösten.'],
  frisktal: ['Går ej att mäta', '', 'Mätningen är inte klar.'],
  sjukfranvaro: ['Helt uppfyllt', '5,8', 'Lägre än målet för året.'],
};

async function generate(content: string, out: string) {
  const run = runScript('rapportmall.ts', [
    '--plan',
    SAMPLE_PLAN,
    '--period',
    PERIOD,
    '--out',
    out,
    '--content',
    content,
  ]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  return workbook;
}

/** Fills the sheet as Excel saves it: typed decimals as numbers, text cells as text, an empty row, a title edited. */
async function fill(workbook: ExcelJS.Workbook, out: string) {
  const ws = workbook.getWorksheet('Rapport')!;
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const col = (name: string) => header.indexOf(name);
  for (let n = 2; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    const [status, value, comment] = FILLED[cellText(row.getCell(col(SHEET_COLUMNS.id)).value)];
    row.getCell(col(SHEET_COLUMNS.status)).value = status;
    row.getCell(col(SHEET_COLUMNS.comment)).value = comment;
    // Swedish Excel stores 5,8 typed in a number cell as the number; a cell formatted
    // as text keeps "82,5" as text. Both must be read as the same number.
    if (value === '5,8') row.getCell(col(SHEET_COLUMNS.value)).value = 5.8;
    else if (value) row.getCell(col(SHEET_COLUMNS.value)).value = value;
  }
  ws.getRow(2).getCell(col(SHEET_COLUMNS.title)).value = 'En titel som någon skrev om';
  ws.spliceRows(4, 0, []);
  await workbook.xlsx.writeFile(out);
}

/** The same values as a CSV export, row for row in the sheet's order (`rows`: id and type word). */
function csvOfFilled(rows: [string, string][]): string {
  const quote = (text: string) => (/[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const { id, type, title, status, value, comment } = SHEET_COLUMNS;
  const lines = [[id, type, title, status, value, comment].join(';')];
  for (const [item, typeWord] of rows) {
    const [s, v, c] = FILLED[item];
    lines.push([item, typeWord, 'titel', s, v, c].map(quote).join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('npm run rapportmall and the filled sheet', () => {
  it('lists every uppdrag and nyckeltal of the plan with the previous result, locked, with a dropdown and number cells', async () => {
    const dir = sampleContentDir();
    const workbook = await generate(join(dir, 'content'), join(dir, 'mall.xlsx'));
    const ws = workbook.getWorksheet('Rapport')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Id',
      'Typ',
      'Titel',
      'Ansvarig',
      'Måttenhet',
      'Status per augusti 2024',
      'Utfall per augusti 2024',
      'Status',
      'Utfall',
      'Kommentar',
    ]);
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    const ids = rows.map((row) => cellText(row.getCell(1).value));
    expect(ids.slice(0, 3).sort()).toEqual(planItems('uppdrag').sort());
    expect(ids.slice(3).sort()).toEqual(planItems('nyckeltal').sort());

    const rowOf = (id: string) => rows[ids.indexOf(id)];
    const previous = SAMPLE_FILES.nyckeltal.sjukfranvaro.results.find((r) => r.period === PREVIOUS)!;
    expect(rowOf('sjukfranvaro').getCell(6).value).toBe(STATUS_LABELS[previous.status]);
    expect(rowOf('sjukfranvaro').getCell(7).value).toBe(previous.value);
    const heltid = SAMPLE_FILES.uppdrag.heltid.statuses.find((s) => s.period === PREVIOUS)!;
    expect(rowOf('heltid').getCell(6).value).toBe(STATUS_LABELS[heltid.status]);

    // exceljs reads the protection back but does not type it.
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    for (const row of rows) {
      for (const locked of [1, 2, 3, 6, 7]) expect(row.getCell(locked).protection?.locked).not.toBe(false);
      expect(row.getCell(8).protection?.locked).toBe(false);
      expect(row.getCell(10).protection?.locked).toBe(false);
      expect(row.getCell(8).dataValidation.type).toBe('list');
    }
    const uppdragChoices = rowOf('heltid').getCell(8).dataValidation.formulae?.[0];
    const nyckeltalChoices = rowOf('frisktal').getCell(8).dataValidation.formulae?.[0];
    expect(uppdragChoices).toBe('"Helt uppfyllt,Delvis uppfyllt,Ej uppfyllt"');
    expect(nyckeltalChoices).toContain('Går ej att mäta');
    // Decimal places in the file's own notation; Excel in Swedish shows them with a comma.
    expect(rowOf('helpdesk').getCell(9).numFmt).toMatch(/^#,##0\.0/);
    expect(rowOf('helpdesk').getCell(9).dataValidation.type).toBe('decimal');
    expect(rowOf('sjukfranvaro').getCell(7).numFmt).toBe('#,##0.0');
    expect(rowOf('heltid').getCell(9).protection?.locked).not.toBe(false);
  });

  it('imports the filled sheet as the same values in a CSV would, and the inbox takes it without a mapping', async () => {
    const dir = sampleContentDir();
    const sheet = join(dir, 'mall.xlsx');
    const generated = await generate(join(dir, 'content'), sheet);
    const ws = generated.getWorksheet('Rapport')!;
    const order = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2)).map((row): [string, string] => [
      cellText(row.getCell(1).value),
      cellText(row.getCell(2).value),
    ]);
    await fill(generated, sheet);
    const viaXlsx = mkdtempSync(join(tmpdir(), 'insyn-xlsx-'));
    const viaCsv = mkdtempSync(join(tmpdir(), 'insyn-csv-'));
    cpSync(join(dir, 'content'), join(viaXlsx, 'content'), { recursive: true });
    cpSync(join(dir, 'content'), join(viaCsv, 'content'), { recursive: true });
    const csv = join(dir, 'export.csv');
    const mapping = join(dir, 'mapping.json');
    writeFileSync(csv, csvOfFilled(order));
    writeFileSync(mapping, JSON.stringify(REPORT_SHEET_MAPPING));
    const before = snapshot(join(dir, 'content'));

    const importXlsx = (...flags: string[]) =>
      runScript('import.ts', [sheet, '--period', PERIOD, '--content', join(viaXlsx, 'content'), ...flags]);
    const importCsv = (...flags: string[]) =>
      runScript('import.ts', [
        csv,
        '--mapping',
        mapping,
        '--period',
        PERIOD,
        '--content',
        join(viaCsv, 'content'),
        ...flags,
      ]);
    const dryXlsx = importXlsx();
    const dryCsv = importCsv();
    expect(dryXlsx.stderr).toBe('');
    expect(dryXlsx.status).toBe(0);
    expect(dryXlsx.stdout).toContain('Sammanfattning: 6 nya, 0 ändrade, 0 oförändrade.');
    const withoutRows = (text: string) =>
      text.replace(/\(rad \d+\)/g, '(rad)').replace(/^.*lästes som talet.*\n/gm, '');
    expect(withoutRows(dryXlsx.stdout).replaceAll(viaXlsx, '')).toBe(withoutRows(dryCsv.stdout).replaceAll(viaCsv, ''));
    expect(dryXlsx.stdout).toContain('("82,5" lästes som talet 82.5)');

    expect(importXlsx('--write').status).toBe(0);
    expect(importCsv('--write').status).toBe(0);
    const afterXlsx = snapshot(join(viaXlsx, 'content'));
    const afterCsv = snapshot(join(viaCsv, 'content'));
    expect(afterXlsx).toEqual(afterCsv);
    const changed = [...afterXlsx.keys()].filter((file) => afterXlsx.get(file) !== before.get(file));
    expect(changed.sort()).toEqual(
      [
        ...planItems('uppdrag').map((id) => `uppdrag/${id}.mdx`),
        ...planItems('nyckeltal').map((id) => `nyckeltal/${id}.json`),
      ].sort(),
    );
    const results = (id: string) => JSON.parse(afterXlsx.get(`nyckeltal/${id}.json`)!).results;
    expect(results('helpdesk').at(-1)).toEqual({
      period: PERIOD,
      value: 82.5,
      status: 'delvis-uppfyllt',
      comment: FILLED.helpdesk[2],
    });
    expect(results('sjukfranvaro').at(-1).value).toBe(5.8);
    expect(results('frisktal').at(-1)).toMatchObject({ value: null, status: 'gar-ej-att-mata' });
    // The edited title cell changes nothing: rows are found by id.
    expect(afterXlsx.get('uppdrag/vantetider.mdx')).toContain(`title: ${SAMPLE_FILES.uppdrag.vantetider.title}`);
    expect(afterXlsx.get('uppdrag/vantetider.mdx')).toContain(FILLED.vantetider[2]);
    expect(runScript('check.ts', ['--content', join(viaXlsx, 'content')]).status).toBe(0);

    // The same sheet uploaded to the inbox as <period>.xlsx, without a mapping.
    const inboxSite = mkdtempSync(join(tmpdir(), 'insyn-inbox-'));
    cpSync(join(dir, 'content'), join(inboxSite, 'content'), { recursive: true });
    mkdirSync(join(inboxSite, 'inkorg'));
    cpSync(sheet, join(inboxSite, 'inkorg', `${PERIOD}.xlsx`));
    const inbox = runScript('inbox.ts', [
      '--inbox',
      join(inboxSite, 'inkorg'),
      '--content',
      join(inboxSite, 'content'),
    ]);
    expect(inbox.stderr).toBe('');
    expect(inbox.status).toBe(0);
    expect(inbox.stdout).toContain(`Exporten \`${PERIOD}.xlsx\` lästes som Insyns rapportmall`);
    expect(readdirSync(join(inboxSite, 'inkorg'))).toEqual([]);
    expect(snapshot(join(inboxSite, 'content'))).toEqual(afterXlsx);
  });

  it('skips rows nobody filled in, and refuses text where a number belongs, writing nothing', async () => {
    const dir = sampleContentDir();
    const sheet = join(dir, 'mall.xlsx');
    const workbook = await generate(join(dir, 'content'), sheet);
    const ws = workbook.getWorksheet('Rapport')!;
    const helpdesk = Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1)).find(
      (row) => row.getCell(1).value === 'helpdesk',
    )!;
    helpdesk.getCell(8).value = 'Delvis uppfyllt';
    helpdesk.getCell(9).value = '1.234';
    helpdesk.getCell(10).value = 'Kommentar.';
    await workbook.xlsx.writeFile(sheet);
    const before = snapshot(join(dir, 'content'));
    const run = runScript('import.ts', [sheet, '--period', PERIOD, '--content', join(dir, 'content'), '--write']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/rad \d+, kolumn "Utfall": "1\.234" kan betyda både 1,234 och 1234/);
    expect(run.stderr).toContain('Inget skrevs.');
    expect(snapshot(join(dir, 'content'))).toEqual(before);

    helpdesk.getCell(9).value = 86;
    await workbook.xlsx.writeFile(sheet);
    const partial = runScript('import.ts', [sheet, '--period', PERIOD, '--content', join(dir, 'content')]);
    expect(partial.status).toBe(0);
    expect(partial.stdout).toContain('Sammanfattning: 1 nya, 0 ändrade, 0 oförändrade, 5 rader hoppades över.');
    expect(partial.stdout).toContain('inte ifylld (status, utfall och kommentar är tomma)');
  });
});
