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

/**
 * Keys the editor adds to an entry's data for its lists and never writes: the entry's line
 * in the list, and the values the list is grouped by. Decap heads a group with the group's
 * label and the value ("Plan" and "– Plan och budget 2024"), so the values begin with a dash.
 */
export const LIST_KEYS = { line: 'insynRad', plan: 'insynPlan', unit: 'insynEnhet', status: 'insynStatus' } as const;

/**
 * A list's own setting (beside Decap's): the fields of a row that its heading names, in
 * words, when the row is folded (src/admin/list-summary.ts).
 */
export const SUMMARY_FIELDS_KEY = 'summary_fields';
