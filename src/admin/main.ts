/**
 * The browser editor at /admin/: Decap CMS (`decap-cms-app`) with Insyn's own widgets, file
 * formats, new decisions' ids and previews, bundled into one self-hosted script by
 * src/integrations/admin-bundle.ts. The configuration is the generated config.yml beside it.
 */
import CMS from 'decap-cms-app';
import { Map } from 'immutable';
import { EDITOR_ONLY_KEYS } from '#lib/content/editor-format.ts';
import { EDITOR_WIDGETS } from '#lib/content/editor-names.ts';
import { newDecisionId } from './decision-id.ts';
import { registerFileFormats, rememberOriginal } from './file-format.ts';
import { registerSwedishPhrases } from './locale.ts';
import { registerPreviews } from './preview.ts';
import { registerNewestFirstRelation } from './newest-first.ts';
import { DateControl, SwedishNumberControl } from './widgets.ts';

CMS.registerWidget(EDITOR_WIDGETS.number, SwedishNumberControl);
CMS.registerWidget(EDITOR_WIDGETS.date, DateControl);
registerFileFormats(CMS);
registerSwedishPhrases(CMS);
registerPreviews(CMS);
registerNewestFirstRelation(CMS);

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const raw: unknown = entry.get('raw');
    const data: unknown = entry.get('data');
    rememberOriginal(typeof raw === 'string' ? raw : undefined);
    if (!Map.isMap(data) || entry.get('collection') !== 'decisions' || entry.get('newRecord') !== true) return data;
    const fields = Map<string, unknown>(data);
    return fields.set(EDITOR_ONLY_KEYS[0], await newDecisionId(fields));
  },
});
CMS.registerEventListener({ name: 'postSave', handler: () => rememberOriginal(undefined) });

CMS.init();
