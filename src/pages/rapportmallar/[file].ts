/**
 * The report sheets offered for download (src/lib/import/sheet-downloads.ts), written as
 * `npm run rapportmall` writes them, from the content's files as the command reads them.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { resolve } from 'node:path';
import { reportSheet } from '#lib/import/report-sheet.ts';
import { SHEETS_PATH, sheetDownloads } from '#lib/import/sheet-downloads.ts';
import { writeReportWorkbook } from '#lib/import/xlsx.ts';
import { CONTENT_DIR } from '../../config/env.ts';
import { getCatalog } from '../../data/catalog.ts';
import { readContentFiles } from '../../data/content-files.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const getStaticPaths = (async () => {
  const { catalog } = await getCatalog();
  const downloads = sheetDownloads(catalog);
  if (downloads.length === 0) return [];
  const { files } = readContentFiles(resolve(CONTENT_DIR), process.cwd());
  return Promise.all(
    downloads.map(async (download) => {
      const { sheet, problems } = reportSheet(files, download.plan, download.period);
      // The check has passed, so the plan and its period exist: a problem here is a fault of ours.
      if (!sheet) throw new Error(problems.join('\n'));
      return {
        params: { file: download.href.slice(SHEETS_PATH.length) },
        props: { body: await writeReportWorkbook(sheet) },
      };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(new Uint8Array(props.body), { headers: { 'Content-Type': XLSX } });
