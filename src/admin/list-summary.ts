/**
 * Decap's list widget heads a folded row with a template of the row's fields, which can only
 * show the ids the files keep (`per-augusti-2024`), and "No period" in English for a new row.
 * Here the list widget is Decap's own with that heading replaced: the fields the
 * configuration names (`summary_fields`, cms-config.ts) in words, as the pickers and pages
 * name them (src/lib/views/editor-lists.ts).
 */
import type { CMS } from 'decap-cms-core';
import { List, Map as ImmutableMap } from 'immutable';
import { SUMMARY_FIELDS_KEY } from '#lib/content/editor-names.ts';
import { listItemSummary, type SummaryPart } from '#lib/views/editor-lists.ts';
import { recordOrEmpty, textOf } from '#lib/content/records.ts';
import { currentListNames } from './list-names.ts';

/** What the heading needs of Decap's list control: its field's configuration, and its own heading. */
type ListControl = new (props: never) => {
  props: { field: ImmutableMap<string, unknown> };
  objectLabel(item: unknown): string;
};

const plain = (value: unknown): unknown =>
  ImmutableMap.isMap(value) || List.isList(value) ? (value as ImmutableMap<string, unknown>).toJS() : value;

/** The parts of a row's heading: each summary field's value and what its configuration says of it. */
function summaryParts(field: ImmutableMap<string, unknown>, item: unknown): SummaryPart[] {
  const fields = (plain(field.get('fields')) ?? []) as Record<string, unknown>[];
  const names = plain(field.get(SUMMARY_FIELDS_KEY));
  const wanted = Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [];
  const data = recordOrEmpty(plain(item));
  return (wanted.length > 0 ? wanted : [textOf(fields[0]?.name) ?? '']).map((name) => {
    const config = recordOrEmpty(fields.find((f) => f.name === name));
    const options = Array.isArray(config.options)
      ? config.options.map(recordOrEmpty).map((o) => ({ value: String(o.value), label: String(o.label ?? o.value) }))
      : undefined;
    return { value: data[name], collection: textOf(config.collection), options };
  });
}

export function registerListSummaries(cms: CMS): void {
  const list = cms.getWidget('list');
  if (!list) return;
  const Base = list.control as unknown as ListControl;
  class NamedList extends Base {
    /** Replaces Decap's `objectLabel` (a method it calls for each folded row's heading). */
    override objectLabel(item: unknown): string {
      const { field } = this.props;
      // A list of single values or of several kinds of row keeps Decap's heading.
      if (!List.isList(field.get('fields'))) return super.objectLabel(item);
      const row = textOf(field.get('label_singular')) ?? 'rad';
      return listItemSummary(summaryParts(field, item), currentListNames(), row);
    }
  }
  // The list's configuration schema is kept, so that Decap checks list fields as before.
  const { schema } = list as { schema?: unknown };
  const register = cms.registerWidget as (name: string, control: unknown, preview: unknown, schema: unknown) => void;
  register('list', NamedList, list.preview, schema);
}
