/**
 * The archived versions of pages (src/lib/history/archive.ts), from the history the build
 * reads once (src/data/history.ts): the catalogue of each day it changed is rebuilt once
 * (src/lib/history/day-catalogs.ts) and shared by every frozen page of that day, for the
 * archive's own pages and for the live pages that list their earlier versions.
 * Without the history (a shallow clone, no git) there are none.
 */
import {
  type Archive,
  type ArchivedPage,
  archivedPages,
  type PageData,
  type VersionLink,
  versionsByEntry,
} from '#lib/history/archive.ts';
import { dayCatalogs } from '#lib/history/day-catalogs.ts';
import { buildBacklinks, perCatalog } from '#lib/core/catalog.ts';
import { ARCHIVED_PAGES_DIR } from '#lib/core/routes.ts';
import { breadcrumbsFor } from '#lib/views/breadcrumbs.ts';
import { periodPage } from '#lib/views/period-page.ts';
import { planPage } from '#lib/views/plan-page.ts';
import { reportPage } from '#lib/views/report-page.ts';
import { strategyPage } from '#lib/views/strategy-page.ts';
import { unitPage } from '#lib/views/unit-page.ts';
import { planPageCharts, reportPageCharts } from '#lib/charts/page-charts.ts';
import type { Ref } from '../schemas/index.ts';
import { getCatalog, type PageCatalog } from './catalog.ts';
import { getContentHistory } from './history.ts';

export type { ArchivedPage, VersionLink };

/** Each day's links in the other direction, built once per catalogue as the live one's are. */
const backlinksOf = perCatalog(buildBacklinks);

/**
 * What a drawn page shows, from the same view functions its template calls
 * (src/pages/<kind>/[id].astro), with the entry itself and its breadcrumbs: a template that
 * starts showing something new should add it here, or its versions would miss the change.
 * Maps and sets are written out; functions are what the data is said with, not data.
 */
const pageData: PageData = (catalog, entry) => {
  const links = backlinksOf(catalog)({ collection: entry.collection, id: entry.id });
  const shown = (() => {
    switch (entry.collection) {
      case 'plans': {
        const page = planPage(catalog, entry, links, 'sv');
        return [page, planPageCharts(catalog, entry, page.activities, 'sv')];
      }
      case 'reports': {
        const page = reportPage(catalog, entry, links, 'sv');
        return [page, reportPageCharts(catalog, entry, page.activities, 'sv')];
      }
      case 'periods':
        return periodPage(catalog, entry, links, 'sv');
      case 'units':
        return unitPage(catalog, entry, links, 'sv');
      case 'strategies':
        return strategyPage(catalog, entry, 'sv');
      default:
        return undefined;
    }
  })();
  return JSON.stringify([entry.data, entry.text, breadcrumbsFor(catalog, entry), shown], (_, value: unknown) =>
    value instanceof Map || value instanceof Set ? [...value] : value,
  );
};

let loaded: Promise<Archive & { versions: Map<string, VersionLink[]> }> | undefined;

async function load() {
  const [{ catalog }, history] = await Promise.all([getCatalog(), getContentHistory()]);
  if (!history.available) return { pages: [], current: new Map<string, string>(), versions: new Map() };
  const { byEntry } = history.history;
  const archive = archivedPages(catalog, dayCatalogs(byEntry), byEntry, pageData);
  return { ...archive, versions: versionsByEntry(archive.pages) };
}

function getArchive() {
  loaded ??= load();
  return loaded;
}

/** `getStaticPaths` of src/pages/arkiv/[...path].astro: one page per archived version. */
export async function archivePaths() {
  const { pages } = await getArchive();
  const prefix = `/${ARCHIVED_PAGES_DIR}/`;
  return pages.map((page) => ({ params: { path: page.href.slice(prefix.length, -1) }, props: { page } }));
}

/** An entry's archived versions, newest first; none without history. */
export async function versionsOf(ref: Ref): Promise<VersionLink[]> {
  return (await getArchive()).versions.get(`${ref.collection}/${ref.id}`) ?? [];
}

/**
 * The day the live version of a plan's, report's, period's, unit's or strategy's page dates
 * from: the first day it was drawn as it is, under which it will be kept once superseded.
 * Undefined for other pages (their entry's own last change dates them) and without history.
 */
export async function currentVersionDay(ref: Ref): Promise<string | undefined> {
  return (await getArchive()).current.get(`${ref.collection}/${ref.id}`);
}

/** The catalogue a frozen page is drawn from: its day's, with the config of today (the site's, not the content's). */
export async function archivedCatalog(page: ArchivedPage): Promise<PageCatalog> {
  const { config } = await getCatalog();
  return { catalog: page.catalog, backlinks: backlinksOf(page.catalog), config };
}
