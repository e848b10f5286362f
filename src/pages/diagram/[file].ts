/**
 * Every chart's numbers as CSV and its drawing as SVG, as static files: `/diagram/<id>.csv`
 * and `/diagram/<id>.svg`. The SVG is the same component the page shows, standalone.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { experimental_AstroContainer } from 'astro/container';
import ChartSvg from '../../charts/ChartSvg.astro';
import { getCatalog } from '../../data/catalog.ts';
import { getConfiguration } from '../../data/configuration.ts';
import { siteAddress } from '#lib/core/routes.ts';
import { allCharts, tableToCsv, withDownloadNotes } from '#lib/charts/charts.ts';

export async function getStaticPaths() {
  const { catalog, config } = await getCatalog();
  return allCharts(catalog, config).flatMap((spec) => [
    { params: { file: `${spec.id}.csv` }, props: { spec, format: 'csv' as const } },
    { params: { file: `${spec.id}.svg` }, props: { spec, format: 'svg' as const } },
  ]);
}

let container: Promise<experimental_AstroContainer> | undefined;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) => {
  const { spec, format } = props;
  if (format === 'csv') {
    return new Response(tableToCsv(spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  container ??= experimental_AstroContainer.create();
  const svg = await (
    await container
  ).renderToString(ChartSvg, {
    props: { spec: withDownloadNotes(spec, siteAddress(site), getConfiguration().name), standalone: true },
  });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
