/**
 * Which pages the browser checks visit: every kind of page, and from each collection the
 * entry with the most content and the one with the least (the built page's size decides),
 * so the sample grows with the content without a list to keep up to date.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { collectionHref, hrefFor } from '#lib/core/routes.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { fileFor, filesIn } from './built-site.ts';

export interface SamplePage {
  path: string;
  /** What kind of page it is, for reports: `uppdrag`, `lista`, `sök med ord`… */
  kind: string;
}

/** The search query the samples use: common enough to give many hits. */
export const SAMPLE_QUERY = 'ekonomi';

/** The largest and the smallest entry page of each collection. */
function entrySamples(dist: string, catalog: Catalog): SamplePage[] {
  return COLLECTIONS.flatMap((collection) => {
    const sized = entries(catalog, collection)
      .map((entry) => hrefFor({ collection, id: entry.id }))
      .map((path) => ({ path, size: statSync(join(dist, fileFor(dist, path)!)).size }))
      .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path));
    const picked = sized.length > 1 ? [sized[0], sized.at(-1)!] : sized;
    return picked.map(({ path }) => ({ path, kind: collection }));
  });
}

/**
 * Every kind of page once, and two entries of every collection (`catalog`: the content `dist` was built from).
 * A build without uppdrag and nyckeltal (`--utan-exempel`) has no filtered plan view: `filteredViewOptional` allows that.
 */
export function samplePages(dist: string, catalog: Catalog, { filteredViewOptional = false } = {}): SamplePage[] {
  const filtered = filesIn(dist).find((file) => /^\/planer\/[^/]+\/urval\/.+\/index\.html$/.test(file));
  if (!filtered && !filteredViewOptional)
    throw new Error('Bygget har ingen filtrerad planvy under /planer/<id>/urval/');
  return [
    { path: '/', kind: 'start' },
    ...COLLECTIONS.map((collection) => ({ path: collectionHref(collection), kind: `lista ${collection}` })),
    ...entrySamples(dist, catalog),
    ...(filtered ? [{ path: filtered.slice(0, -'index.html'.length), kind: 'plan, urval' }] : []),
    { path: '/sok/', kind: 'sök' },
    { path: `/sok/?q=${SAMPLE_QUERY}`, kind: 'sök med ord' },
    { path: '/oppna-data/', kind: 'öppna data' },
    { path: '/om/', kind: 'om' },
    { path: '/tillganglighet/', kind: 'tillgänglighet' },
    { path: '/senaste-andringar/', kind: 'senaste ändringar' },
    { path: '/404.html', kind: '404' },
  ];
}

/**
 * The entry pages the slow checks (Lighthouse) visit: the plan, with the most charts, tables and
 * lists, and the nyckeltal, with its own chart, table and comparison. The others share
 * EntryPage's frame and simpler lists, and axe checks every kind in three modes on every build;
 * each Lighthouse page costs about fifteen seconds of a two-core CI machine.
 */
const LIGHTHOUSE_ENTRIES = new Set<string>(['plans', 'nyckeltal']);
/** The special pages Lighthouse leaves to axe: text pages in the same frame as the start page. */
const LIGHTHOUSE_SKIPS = new Set<string>(['/404.html', '/tillganglighet/', '/om/', '/senaste-andringar/', '/sok/']);

/** One page of each kind, for the slow checks (Lighthouse): start, a list, the main entry pages, and the special pages. */
export function pageTypes(dist: string, catalog: Catalog): SamplePage[] {
  const seen = new Set<string>();
  return samplePages(dist, catalog).filter(({ kind, path }) => {
    // One list stands for all lists; the 404 page is not for search engines (noindex, status 404);
    // the empty search page is the searched one without results.
    if (LIGHTHOUSE_SKIPS.has(path)) return false;
    if ((COLLECTIONS as readonly string[]).includes(kind) && !LIGHTHOUSE_ENTRIES.has(kind)) return false;
    const type = kind.startsWith('lista') ? 'lista' : kind;
    if (seen.has(type)) return false;
    seen.add(type);
    return true;
  });
}
