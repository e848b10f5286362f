/**
 * A frozen page (/arkiv/) names the entries of its day, and an entry deleted since has no page
 * to link to: its links on the frozen page become plain text, an `<a>` without `href`, so the
 * name stays where it stood and no link leads nowhere. Done once over the page's HTML, as
 * `localiseLinks` does, so that no link in a component, a view-model's words or a chart is missed.
 */
import { isCollectionName } from '#lib/core/catalog.ts';
import { COLLECTION_PATHS } from '#lib/core/routes.ts';
import type { CollectionName, Ref } from '../../schemas/index.ts';

const COLLECTION_OF_PATH = new Map(
  Object.entries(COLLECTION_PATHS).map(([collection, path]) => [path, collection] as const),
);

/** `href="/<collection path>/<id>/…"` inside an `<a>`: the entry's page or a page under it (a plan's feed). */
const ENTRY_LINK = /(<a(?:\s[^<>]*?)?)\s+href="\/([a-z]+)\/([a-z0-9-]+)\/[^"]*"/g;

/** `html` with the links to entries that `live` does not know taken out. */
export function unlinkGone(html: string, live: (ref: Ref) => boolean): string {
  return html.replace(ENTRY_LINK, (tag: string, before: string, path: string, id: string) => {
    const collection: string | undefined = COLLECTION_OF_PATH.get(path);
    if (!isCollectionName(collection)) return tag;
    const ref: Ref = { collection: collection satisfies CollectionName, id };
    return live(ref) ? tag : before;
  });
}
