/**
 * Decap's Swedish phrases lack some that staff meet in Insyn's forms (a list's add button
 * said "Add utfall"): they are added here, and every other phrase stays Decap's own.
 */
import type { CMS } from 'decap-cms-core';
import { recordOrEmpty } from '#lib/content/records.ts';

export const MISSING = {
  collection: {
    collectionTop: { viewAsList: 'Visa som lista', viewAsGrid: 'Visa som rutnät' },
    entries: { unpublishedHeader: 'Opublicerade poster' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Fältet %{widgetLabel}' } },
    editorWidgets: {
      list: { add: 'Lägg till %{item}', addType: 'Lägg till %{item}' },
      object: { expand: 'Visa', collapse: 'Dölj' },
      // The text's mode switch tells what it does when the pointer rests on it.
      markdown: {
        strikethrough: 'Genomstruken',
        toggleMode: { rich: 'Byt till formaterad text', markdown: 'Byt till Markdown' },
      },
      datetime: { setToNow: 'Sätt %{fieldLabel} till nu' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Stäng' } },
  ui: { settingsDropdown: { account: 'Kontoval' } },
};

/** Phrases Decap has in English within its Swedish: the text field's mode switch said "Rich Text". */
const REWORDED = {
  editor: { editorWidgets: { markdown: { richText: 'Formaterad' } } },
};

/** Decap's phrases with the missing ones added; a phrase Decap has is kept. */
function merged(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const result = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    if (current === undefined) result[key] = value;
    else if (typeof value === 'object' && typeof current === 'object')
      result[key] = merged(recordOrEmpty(current), recordOrEmpty(value));
  }
  return result;
}

/** The phrases with `extra`'s replacing Decap's own. */
function reworded(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const result = { ...base };
  for (const [key, value] of Object.entries(extra))
    result[key] = typeof value === 'object' ? reworded(recordOrEmpty(result[key]), recordOrEmpty(value)) : value;
  return result;
}

export function registerSwedishPhrases(cms: CMS): void {
  cms.registerLocale('sv', reworded(merged(recordOrEmpty(cms.getLocale('sv')), MISSING), REWORDED));
}
