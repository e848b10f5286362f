/**
 * The names the editor's lists show instead of ids (src/lib/views/editor-lists.ts), read
 * once from the site's open data (`/data/plans.json` and the like, built from the same
 * content) before the editor starts, so that Decap's file formats, which must answer at
 * once, can name an entry's plan as they read it.
 */
import { EMPTY_LIST_NAMES, LIST_NAME_FILES, type ListNames, listNames } from '#lib/views/editor-lists.ts';

let names: ListNames = EMPTY_LIST_NAMES;

/** Loads the names; a file that cannot be loaded leaves its names out, and the editor starts anyway. */
export async function loadListNames(): Promise<void> {
  const files = await Promise.all(
    LIST_NAME_FILES.map((name) =>
      fetch(new URL(`../data/${name}.json`, document.baseURI))
        .then((response): Promise<unknown> => (response.ok ? response.json() : Promise.resolve(undefined)))
        .catch(() => undefined)
        .then((file) => [name, file] as const),
    ),
  );
  names = listNames(Object.fromEntries(files));
}

/** The names as loaded (none before `loadListNames` has finished). */
export function currentListNames(): ListNames {
  return names;
}
