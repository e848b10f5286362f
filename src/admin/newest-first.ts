/**
 * Decap's relation widget lists its choices in file order: periods from 2020 first. For
 * periods and decisions, whose choices are labelled from their date (cms-config.ts), the
 * newest is what staff usually want: this widget is Decap's relation with its choices
 * sorted newest first, and nothing else changed.
 */
import type { CMS } from 'decap-cms-core';
import { EDITOR_WIDGETS } from '#lib/content/editor-names.ts';

interface Option {
  label: string;
}

/** Choices labelled from an ISO date, newest first. */
export function newestFirst<O extends Option>(options: readonly O[]): O[] {
  return [...options].sort((a, b) => b.label.localeCompare(a.label));
}

/** Decap's relation control, of which only `parseHitOptions` (an instance property) is used here. */
type RelationControl = new (props: Record<string, unknown>) => { parseHitOptions: (hits: unknown[]) => Option[] };

export function registerNewestFirstRelation(cms: CMS): void {
  const relation = cms.getWidget('relation');
  if (!relation) return;
  const Base = relation.control as unknown as RelationControl;
  class NewestFirstRelation extends Base {
    constructor(props: Record<string, unknown>) {
      super(props);
      const parse = this.parseHitOptions;
      this.parseHitOptions = (hits) => newestFirst(parse(hits));
    }
  }
  cms.registerWidget(EDITOR_WIDGETS.newestFirst, NewestFirstRelation as never, relation.preview as never);
}
