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

/**
 * Where a superseded version of an entry's page stays: `/arkiv/2026-12-05/uppdrag/x/`, the
 * page as it was after the last change of that day (src/lib/history/archive.ts).
 */
export function archivedHref(day: string, ref: Ref): string {
  return `/${ARCHIVED_PAGES_DIR}/${day}${hrefFor(ref)}`;
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

/** The folder of the frozen versions of entry pages: not indexed, not in the sitemap. */
export const ARCHIVED_PAGES_DIR = 'arkiv';

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
