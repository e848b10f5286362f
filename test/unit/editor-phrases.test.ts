/**
 * The editor speaks Swedish throughout: every phrase Decap has in English is in its Swedish
 * phrases or in those Insyn adds (src/admin/locale.ts), but for features Insyn does not turn on.
 */
import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/src/en/index.js';
import sv from 'decap-cms-locales/src/sv/index.js';
import { MISSING } from '../../src/admin/locale.ts';

/** Features the editor's configuration leaves off: notes and review (editorial workflow), translations, images and files, Forgejo. */
const UNUSED =
  /^(editor\.editorNotesPane|editor\.editorInterface\.toggleNotes|ui\.toast\.(note|onFailTo\w*Note)|editor\.editorControlPane\.i18n|editor\.editorToolbar\.statusInfoTooltip|editor\.editorWidgets\.(image|file)\.|auth\.loginWithForgejo)/;

const keysOf = (value: unknown, prefix = ''): string[] =>
  Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    typeof inner === 'object' && inner !== null ? keysOf(inner, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe('the editor’s phrases', () => {
  it('has a Swedish phrase for every phrase Decap shows in a feature the editor uses', () => {
    const swedish = new Set([...keysOf(sv), ...keysOf(MISSING)]);
    const missing = keysOf(en).filter((key) => !swedish.has(key) && !UNUSED.test(key));
    expect(missing).toEqual([]);
  });
});
