/**
 * The archived versions of entry pages (src/lib/history/archive.ts), from the history the
 * build reads once (src/data/history.ts) and today's catalogue: worked out once per build,
 * for the archive's own pages and for the live pages that list their earlier versions.
 * Without the history (a shallow clone, no git) there are none.
 */
import { type ArchivedPage, archivedPages, type VersionLink, versionsByEntry } from '#lib/history/archive.ts';
import { ARCHIVED_PAGES_DIR } from '#lib/core/routes.ts';
import type { Ref } from '../schemas/index.ts';
import { getCatalog } from './catalog.ts';
import { getContentHistory } from './history.ts';

export type { ArchivedPage, VersionLink };

let loaded: Promise<{ pages: ArchivedPage[]; versions: Map<string, VersionLink[]> }> | undefined;

async function load() {
  const [{ catalog }, history] = await Promise.all([getCatalog(), getContentHistory()]);
  const pages = history.available ? archivedPages(catalog, history.history.byEntry) : [];
  return { pages, versions: versionsByEntry(pages) };
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
