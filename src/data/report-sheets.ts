/**
 * The report sheets the site offers for download (`sheetDownloads` in
 * src/lib/import/sheet-downloads.ts), written as `npm run rapportmall` writes them: from the
 * content's files as the command reads them, since a sheet is built from the files, not from
 * the catalogue the pages use.
 */
import { resolve } from 'node:path';
import { reportSheet } from '#lib/import/report-sheet.ts';
import { SHEETS_PATH, sheetDownloads } from '#lib/import/sheet-downloads.ts';
import { writeReportWorkbook } from '#lib/import/xlsx.ts';
import { CONTENT_DIR } from '../config/env.ts';
import { getCatalog } from './catalog.ts';
import { readContentFiles } from './content-files.ts';

/** Each sheet's file name under `SHEETS_PATH` and its workbook. */
export async function reportSheetFiles(): Promise<{ file: string; body: Uint8Array }[]> {
  const { catalog } = await getCatalog();
  const downloads = sheetDownloads(catalog);
  if (downloads.length === 0) return [];
  const { files } = readContentFiles(resolve(CONTENT_DIR), process.cwd());
  return Promise.all(
    downloads.map(async (download) => {
      const { sheet, problems } = reportSheet(files, download.plan, download.period);
      // The check has passed, so the plan and its period exist: a problem here is a fault of ours.
      if (!sheet) throw new Error(problems.join('\n'));
      return { file: download.href.slice(SHEETS_PATH.length), body: await writeReportWorkbook(sheet) };
    }),
  );
}
