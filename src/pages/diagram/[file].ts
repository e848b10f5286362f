/**
 * Every chart's numbers as CSV and its drawing as SVG, as static files: `/diagram/<id>.csv`
 * and `/diagram/<id>.svg`. The SVG is the drawing the page shows, drawn by the same function,
 * standalone: with its styles, title and source.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import chartCss from '../../charts/chart.css?raw';
import { getCatalog } from '../../data/catalog.ts';
import { getConfiguration } from '../../data/configuration.ts';
import { siteAddress } from '#lib/core/routes.ts';
import { STATUS_LABELS } from '#lib/core/labels.ts';
import { messages } from '#lib/i18n/index.ts';
import { allCharts, tableToCsv, withDownloadNotes } from '#lib/charts/charts.ts';
import { chartSvg } from '#lib/charts/chart-svg.ts';

export async function getStaticPaths() {
  const { catalog, config } = await getCatalog();
  return allCharts(catalog, config).flatMap((spec) => [
    { params: { file: `${spec.id}.csv` }, props: { spec, format: 'csv' as const } },
    { params: { file: `${spec.id}.svg` }, props: { spec, format: 'svg' as const } },
  ]);
}

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => {
  const { spec, format } = props;
  if (format === 'csv') {
    return new Response(tableToCsv(spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const svg = chartSvg(withDownloadNotes(spec, siteAddress(site), getConfiguration().name), {
    words: { ...messages('sv').chart, statusLabels: STATUS_LABELS },
    standalone: true,
    css: chartCss,
  });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
