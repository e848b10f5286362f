/**
 * The browser editor at /admin/: Decap CMS (`decap-cms-app`) with Insyn's own widgets, file
 * formats, new decisions' ids and previews, bundled into one self-hosted script by
 * src/integrations/admin-bundle.ts. The configuration is the generated config.yml beside it.
 */
import CMS from 'decap-cms-app';
import { Map } from 'immutable';
import { EDITOR_ONLY_KEYS } from '#lib/content/editor-format.ts';
import { EDITOR_WIDGETS, LIST_KEYS } from '#lib/content/editor-names.ts';
import { recordOrEmpty } from '#lib/content/records.ts';
import { newDecisionId } from './decision-id.ts';
import { registerFileFormats, rememberOriginal, withListData } from './file-format.ts';
import { loadListNames } from './list-names.ts';
import { registerChosenEntries } from './chosen-entries.ts';
import { registerListSummaries } from './list-summary.ts';
import { registerSwedishPhrases } from './locale.ts';
import { registerPreviews } from './preview.ts';
import { registerNewestFirstRelation } from './newest-first.ts';
import { DateControl, SwedishNumberControl } from './widgets.ts';

const LIST_KEY_NAMES = new Set<string>(Object.values(LIST_KEYS));

CMS.registerWidget(EDITOR_WIDGETS.number, SwedishNumberControl);
CMS.registerWidget(EDITOR_WIDGETS.date, DateControl);
registerFileFormats(CMS);
registerSwedishPhrases(CMS);
registerPreviews(CMS);
// Before the named relation, which builds on the relation widget as it is registered then.
registerChosenEntries(CMS);
registerNewestFirstRelation(CMS);
registerListSummaries(CMS);

CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }) => {
    const raw: unknown = entry.get('raw');
    const data: unknown = entry.get('data');
    rememberOriginal(typeof raw === 'string' ? raw : undefined);
    if (!Map.isMap(data)) return data;
    const collection = String(entry.get('collection'));
    // The list shows the entry as saved: its plan, unit and latest status named anew.
    const fields = Map<string, unknown>(data).merge(
      Map(withListData(collection, recordOrEmpty(data.toJS()))).filter((_, key) => LIST_KEY_NAMES.has(key)),
    );
    if (collection !== 'decisions' || entry.get('newRecord') !== true) return fields;
    return fields.set(EDITOR_ONLY_KEYS[0], await newDecisionId(fields));
  },
});
CMS.registerEventListener({ name: 'postSave', handler: () => rememberOriginal(undefined) });

// The lists' names are read before Decap reads any entry (src/admin/list-names.ts).
void loadListNames().then(() => CMS.init());
