/** The URL of every entry: one place decides the site's permalinks. */
import type { CollectionName, Ref } from '../../schemas/index.ts';
import { EMBED_PATH } from './security.ts';

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

/** The folder of the English interface: every page's English version is at `/en` + its Swedish path. */
export const ENGLISH_PREFIX = '/en';

/**
 * Pages that exist in Swedish only, by the start of their path: the embed pages are the only
 * pages other sites may frame, by the host's headers for their folder (`EMBED_PATH`), which an
 * /en/ copy would not get; and a superseded version of a page (`ARCHIVED_PAGES_DIR`) is the
 * record of the Swedish page as it was.
 */
export const SWEDISH_ONLY_PATHS: readonly string[] = [EMBED_PATH, `/${ARCHIVED_PAGES_DIR}/`];

/**
 * Paths that are the same file in every language (data, feeds, chart downloads, the search
 * index, the palette): written once, at their Swedish address.
 */
const LANGUAGE_NEUTRAL =
  /^\/(?:data|diagram|schema|pagefind|admin)\/|\.(?:xml|xsl|json|csv|svg|css|txt|xlsx|png|jpg|pdf|zip)$/;

/** Strips the English prefix: the Swedish path of any page, itself for a Swedish one. */
export function swedishPath(path: string): string {
  if (path === ENGLISH_PREFIX || path === `${ENGLISH_PREFIX}/`) return '/';
  return path.startsWith(`${ENGLISH_PREFIX}/`) ? path.slice(ENGLISH_PREFIX.length) : path;
}

/** Whether `path` (a Swedish path) has an English page. */
export function hasEnglishPage(path: string): boolean {
  const plain = path.split(/[?#]/)[0];
  return (
    plain.startsWith('/') && !LANGUAGE_NEUTRAL.test(plain) && !SWEDISH_ONLY_PATHS.some((only) => plain.startsWith(only))
  );
}

/**
 * The address of the page at Swedish `path` in `lang`: `/en/planer/x/` for English, the path
 * itself for Swedish. Data, feeds, downloads, Swedish-only pages and links out stay as they are.
 */
export function href(lang: 'sv' | 'en', path: string): string {
  if (path.startsWith('//')) return path;
  // A path already under /en/ (as the English catalogue writes its links) is taken by its Swedish one.
  const swedish = swedishPath(path);
  if (lang === 'sv' || !hasEnglishPage(swedish)) return swedish;
  return `${ENGLISH_PREFIX}${swedish}`;
}
