/**
 * The texts an import writes: JSON entries rewritten in the stable format, MDX entries
 * with only their list of statuses replaced, so git shows exactly what the import changed.
 */
import { entryJson, setFrontmatterList } from '#lib/content/content-writer.ts';
import type { PendingFile } from '#lib/content/content-update.ts';
import type { CollectionName } from '../../schemas/index.ts';

export interface EntryUpdate {
  file: string;
  collection: CollectionName;
  /** The whole entry's new data (JSON), with the changed list. */
  data: Record<string, unknown>;
  /** For MDX: the frontmatter list that changes, and its new items. */
  list?: { key: string; items: readonly unknown[] };
}

/**
 * `readText` gives a file's current text; `schemaHref` the `$schema` path for JSON files
 * that do not name their JSON Schema yet, so every file a command writes does.
 */
export function renderUpdates(
  updates: readonly EntryUpdate[],
  readText: (file: string) => string,
  schemaHref: (file: string, collection: CollectionName) => string,
): PendingFile[] {
  return updates.map((update) => {
    const id = update.file.slice(update.file.lastIndexOf('/') + 1).replace(/\.(json|mdx)$/, '');
    if (update.file.endsWith('.mdx')) {
      if (!update.list) throw new Error(`${update.file}: en MDX-fil uppdateras bara lista för lista`);
      const text = setFrontmatterList(readText(update.file), update.collection, update.list.key, update.list.items);
      return { collection: update.collection, id, file: update.file, text };
    }
    const data =
      '$schema' in update.data ? update.data : { $schema: schemaHref(update.file, update.collection), ...update.data };
    return { collection: update.collection, id, file: update.file, text: entryJson(update.collection, data) };
  });
}
