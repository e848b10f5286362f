/**
 * The entries chosen in the editor's pickers, with their data as the picker loaded it from
 * the repository: a body added a moment ago is among them, though the site's data is not
 * built with it yet. A new decision's id is made from its chosen body (decision-id.ts).
 */
import type { CMS } from 'decap-cms-core';

const chosen = new Map<string, unknown>();

/** The data of an entry chosen in a picker in this session, if any. */
export function chosenEntry(collection: string, id: string): unknown {
  return chosen.get(`${collection}/${id}`);
}

/** A choice as Decap's relation control gets it from its menu. */
interface Option {
  value?: unknown;
  data?: unknown;
}

/** Decap's relation control, of which only `handleChange` (an instance property) is used here. */
type RelationControl = new (props: never) => {
  props: { field: { get: (key: string) => unknown } };
  handleChange: (selected: Option | Option[] | null) => void;
};

/** Decap's relation widget, remembering the data of each entry chosen in it. */
export function registerChosenEntries(cms: CMS): void {
  const relation = cms.getWidget('relation');
  if (!relation) return;
  const Base = relation.control as unknown as RelationControl;
  class RememberingRelation extends Base {
    constructor(props: never) {
      super(props);
      const change = this.handleChange;
      this.handleChange = (selected) => {
        const collection = String(this.props.field.get('collection'));
        for (const option of [selected ?? []].flat())
          if (typeof option.value === 'string') chosen.set(`${collection}/${option.value}`, option.data);
        change(selected);
      };
    }
  }
  const { schema } = relation as { schema?: unknown };
  const register = cms.registerWidget as (name: string, control: unknown, preview: unknown, schema: unknown) => void;
  register('relation', RememberingRelation, relation.preview, schema);
}
