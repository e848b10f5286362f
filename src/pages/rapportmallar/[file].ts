/** The report sheets offered for download, as src/data/report-sheets.ts writes them. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { reportSheetFiles } from '../../data/report-sheets.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const getStaticPaths = (async () =>
  (await reportSheetFiles()).map(({ file, body }) => ({ params: { file }, props: { body } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(new Uint8Array(props.body), { headers: { 'Content-Type': XLSX } });
