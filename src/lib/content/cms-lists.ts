/**
 * How the editor lists a collection's entries (cms-config.ts): what names each entry, what
 * the list can be sorted and grouped by. The plan, unit and status are ids in the files, so
 * the list names and groups by what the editor adds to each entry as it reads it
 * (`LIST_KEYS`, src/lib/views/editor-lists.ts).
 */
import type { CollectionName } from '../../schemas/index.ts';
import { LIST_KEYS } from './editor-names.ts';

/** What the list of a collection's entries can be sorted by, besides its title or name. */
const SORTABLE: Partial<Record<CollectionName, string[]>> = {
  uppdrag: ['title'],
  nyckeltal: ['title'],
  decisions: ['date', 'title'],
  reports: ['date', 'title'],
  documents: ['date', 'title'],
  periods: ['endDate'],
};

/** Collections of no plan whose list names each entry by the line the editor makes: a period by name, a decision as cited. */
const NAMED_IN_LIST: readonly CollectionName[] = ['periods', 'decisions'];

/** The sort menu's words for the fields lists are sorted by (the fields' own labels are sentences). */
const SORT_LABELS: Record<string, string> = {
  title: 'Namn',
  name: 'Namn',
  date: 'Datum',
  endDate: 'Sista dagen',
  plan: 'Plan',
};

/** The date a dated collection's list is sorted by at first, newest first: what staff look for is usually recent. */
const NEWEST_FIRST: Partial<Record<CollectionName, string>> = {
  decisions: 'date',
  reports: 'date',
  documents: 'date',
  periods: 'endDate',
};

/**
 * How a list of entries can be grouped: by plan, by the unit that answers for the entry, and
 * by the latest status, each by the name the editor adds to the entry (LIST_KEYS), not an id.
 */
function viewGroups(name: CollectionName, fields: readonly { name: string }[]) {
  const keys = new Set(fields.map((f) => f.name));
  const groups = [
    ...(keys.has('plan') ? [{ label: 'Plan', field: LIST_KEYS.plan }] : []),
    ...(keys.has('responsibleUnit') ? [{ label: 'Enhet', field: LIST_KEYS.unit }] : []),
    ...(name === 'uppdrag' || name === 'nyckeltal' ? [{ label: 'Senaste status', field: LIST_KEYS.status }] : []),
  ];
  return groups.length > 0 ? { view_groups: groups } : {};
}

/** The list settings of a collection whose entries Decap names by `identifier`. */
export function entryListSettings(name: CollectionName, identifier: string, fields: readonly { name: string }[]) {
  const ofPlan = fields.some((f) => f.name === 'plan');
  const newest = NEWEST_FIRST[name];
  return {
    // The plan is an id: an entry of a plan is listed by the line the editor makes for it,
    // with the plan's title and the latest status; so are periods and decisions, by name and as cited.
    summary: ofPlan || NAMED_IN_LIST.includes(name) ? `{{${LIST_KEYS.line}}}` : `{{${identifier}}}`,
    sortable_fields: (SORTABLE[name] ?? [identifier]).map((key) => ({
      field: key,
      ...(SORT_LABELS[key] && { label: SORT_LABELS[key] }),
      ...(key === newest && { default_sort: 'desc' }),
    })),
    ...viewGroups(name, fields),
  };
}
