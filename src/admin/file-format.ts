/**
 * Decap's file formats replaced by the commands' own writer, one format per collection (the
 * writer needs the collection's schema for the key order). Decap gives a format only the
 * data, so the file as it was is taken from the entry just before it is saved (`preSave`)
 * and let go after (`postSave`): with it, an unchanged entry is written back byte for byte,
 * and in an MDX file only what changed is rewritten.
 */
import type { CMS } from 'decap-cms-core';
import { COLLECTIONS, collections } from '../schemas/index.ts';
import { editorData, editorFileText } from '#lib/content/editor-format.ts';
import { recordOrEmpty } from '#lib/content/records.ts';
import { editorFormatName } from '#lib/content/editor-names.ts';

let original: string | undefined;

/** The file the entry about to be saved was read from (nothing for a new entry). */
export function rememberOriginal(raw: string | undefined): void {
  original = raw || undefined;
}

export function registerFileFormats(cms: CMS): void {
  for (const collection of COLLECTIONS) {
    cms.registerCustomFormat(editorFormatName(collection), collections[collection].format, {
      fromFile: (content: string) => editorData(collection, content),
      toFile: (data: object) => editorFileText(collection, recordOrEmpty(data), original),
    });
  }
}
