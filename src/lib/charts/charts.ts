/**
 * Every chart on the site as data: its id, headline, one-sentence summary, the values it
 * draws and the table with the same numbers. Pages, the SVG/CSV downloads and the tests all
 * read these specs, so a chart, its table and its CSV cannot disagree. This module gathers the
 * four that make them, one concept each, for the pages and components that import all of it.
 */
export * from './chart-spec.ts';
export * from './status-charts.ts';
export * from './nyckeltal-charts.ts';
export * from './chart-files.ts';
