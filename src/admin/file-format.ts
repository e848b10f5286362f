/**
 * Decap's file formats replaced by the commands' own writer, one format per collection (the
 * writer needs the collection's schema for the key order). Decap gives a format only the
 * data, so the file as it was is taken from the entry just before it is saved (`preSave`)
 * and let go after (`postSave`): with it, an unchanged entry is written back byte for byte,
 * and in an MDX file only what changed is rewritten. An entry read gets the names its list
 * shows, which are never written.
 */
import type { CMS } from 'decap-cms-core';
import { COLLECTIONS, collections } from '../schemas/index.ts';
import { editorData, editorFileText } from '#lib/content/editor-format.ts';
import { recordOrEmpty } from '#lib/content/records.ts';
import { editorFormatName } from '#lib/content/editor-names.ts';
import { entryListData } from '#lib/views/editor-lists.ts';
import { currentListNames } from './list-names.ts';

let original: string | undefined;

/** The entry's data with the names its collection's list shows (src/lib/views/editor-lists.ts). */
export function withListData(collection: string, data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, ...entryListData(collection, data, currentListNames()) };
}

/** The file the entry about to be saved was read from (nothing for a new entry). */
export function rememberOriginal(raw: string | undefined): void {
  original = raw || undefined;
}

export function registerFileFormats(cms: CMS): void {
  for (const collection of COLLECTIONS) {
    cms.registerCustomFormat(editorFormatName(collection), collections[collection].format, {
      // With the names its list shows and is grouped by (never written: editorFileText leaves them out).
      fromFile: (content: string) => withListData(collection, editorData(collection, content)),
      toFile: (data: object) => editorFileText(collection, recordOrEmpty(data), original),
    });
  }
}
