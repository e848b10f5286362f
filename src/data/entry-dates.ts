/**
 * When each entry was published and last changed (from git, see src/lib/history/git-dates.ts),
 * read once per build for the feeds and the data catalogue.
 */
import { CONTENT_DIR } from '../content-dir.ts';
import { entryDates } from '#lib/history/git-dates.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { getCatalog } from './catalog.ts';

let loaded: ReturnType<typeof load> | undefined;

async function load() {
  const { catalog } = await getCatalog();
  const dates = entryDates(catalog, process.cwd(), CONTENT_DIR);
  return (collection: string, id: string) => dates.get(`${collection}/${id}`);
}

export function getEntryDates() {
  loaded ??= load();
  return loaded;
}

/**
 * When the newest content last changed: the date of a feed with nothing in it yet. Never the
 * time of the build, so that two builds of the same commit give the same files.
 */
export async function newestChange(): Promise<Date> {
  const { catalog } = await getCatalog();
  const datesOf = await getEntryDates();
  return new Date(
    Math.max(
      0,
      ...COLLECTIONS.flatMap((c) => [...catalog[c].keys()].map((id) => datesOf(c, id)?.changed.getTime() ?? 0)),
    ),
  );
}
