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

/**
 * Marks a relation to periods whose choices are the periods of the entry's plan (the
 * `plan` field's value), in src/admin/newest-first.ts.
 */
export const PLAN_PERIODS_KEY = 'plan_periods';
