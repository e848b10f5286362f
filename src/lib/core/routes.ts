/** The URL of every entry: one place decides the site's permalinks. */
import type { CollectionName, Ref } from '../../schemas/index.ts';

export const COLLECTION_PATHS: Record<CollectionName, string> = {
  organisations: 'organisation',
  bodies: 'organ',
  units: 'enheter',
  plans: 'planer',
  strategies: 'strategier',
  periods: 'perioder',
  uppdrag: 'uppdrag',
  nyckeltal: 'nyckeltal',
  activities: 'aktiviteter',
  reports: 'rapporter',
  decisions: 'beslut',
  documents: 'dokument',
};

/** `{ collection: 'plans', id: 'x' }` → `/planer/x/` */
export function hrefFor(ref: Ref): string {
  return `/${COLLECTION_PATHS[ref.collection]}/${ref.id}/`;
}

export function collectionHref(collection: CollectionName): string {
  return `/${COLLECTION_PATHS[collection]}/`;
}

/** A plan page filtered by status and strategy (`alla` = no filter); all-and-all is the plan page. */
export function planFilterHref(planId: string, status: string, strategy: string): string {
  return status === 'alla' && strategy === 'alla'
    ? `/planer/${planId}/`
    : `/planer/${planId}/urval/${status}/${strategy}/`;
}

/** A chart's numbers (CSV) or drawing (SVG) as a file of its own. */
export function chartFileHref(chartId: string, format: 'csv' | 'svg'): string {
  return `/diagram/${chartId}.${format}`;
}

/** A chart's embed page (`/inbadda/<chart>/`): the chart alone, which other sites may frame. */
export function embedHref(chartId: string): string {
  return `/inbadda/${chartId}/`;
}

/** The browser editor's folder (`/admin/`): not a page of the site, kept out of the sitemap and robots. */
export const ADMIN_DIR = 'admin';

/**
 * The site's own address (`site` in `astro.config.mjs`), which feeds, downloads and the
 * sitemap need for absolute links. Astro gives it as optional; Insyn always sets it.
 */
export function siteAddress(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs: `site` is not set, and absolute addresses need it');
  return site;
}

/** An information page in another language (`content/sidor/<id>.mdx`). */
export const infoPageHref = (id: string) => `/sidor/${id}/`;

/** The easy-to-read page (lättläst). */
export const EASY_READ_HREF = '/lattlast/';
