/**
 * When each entry was published and last changed (from git, see src/lib/git-dates.ts),
 * read once per build for the feeds and the data catalogue.
 */
import { CONTENT_DIR } from '../content-dir.ts';
import { entryDates } from '../lib/git-dates.ts';
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
