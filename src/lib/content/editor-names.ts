/**
 * The names the editor's configuration (cms-config.ts) and its script (src/admin/) share:
 * Insyn's own widgets and one file format per collection.
 */
import type { CollectionName } from '../../schemas/index.ts';

/** Insyn's own widgets: Swedish numbers and dates that exist (src/admin/widgets.ts), and relations newest first. */
export const EDITOR_WIDGETS = { number: 'insyn-tal', date: 'insyn-datum', newestFirst: 'insyn-senaste-forst' } as const;

/** A collection's file format in the editor: the commands' writer (src/admin/file-format.ts). */
export function editorFormatName(collection: CollectionName): string {
  return `insyn-${collection}`;
}
