/**
 * How the browser editor reads and writes a content file: with the commands' own writer
 * (content-writer.ts), so a file saved in the editor is byte for byte what `npm run new` or
 * `npm run import` would write, and an entry saved unchanged is the same file.
 */
import { collections, type CollectionName } from '../../schemas/index.ts';
import { sameData } from '../core/same-data.ts';
import { entryJson, entryMdx, updateMdx } from './content-writer.ts';
import { parseMdx } from './frontmatter.ts';
import { recordOrEmpty } from './records.ts';
import { LIST_KEYS } from './editor-names.ts';

/** Decap keeps an MDX file's text in a field it calls `body`. */
export const TEXT_FIELD = 'body';

/**
 * Keys the editor adds for its own use and never writes: the id a new decision gets
 * (see `decisionId`), which the collection's file name is made from, and the names its
 * lists show (`LIST_KEYS`).
 */
export const EDITOR_ONLY_KEYS = ['insynId', ...Object.values(LIST_KEYS)] as const;
const EDITOR_ONLY = new Set<string>(EDITOR_ONLY_KEYS);

/** The entry's data as the editor holds it: the JSON, or the frontmatter with the text in `body`. */
export function editorData(collection: CollectionName, raw: string): Record<string, unknown> {
  if (collections[collection].format === 'json') return recordOrEmpty(JSON.parse(raw));
  const { data, text, error } = parseMdx(raw);
  if (error) throw new Error(error);
  return { ...recordOrEmpty(data), [TEXT_FIELD]: (text ?? '').trim() };
}

/**
 * What the editor leaves behind in a field emptied by hand: an empty text, or nothing. The
 * file leaves such a field out, as the commands do; `null` is a value and stays.
 */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => v !== undefined && v !== '' && !EDITOR_ONLY.has(key))
      .map(([key, v]) => [key, withoutEmpty(v)]),
  );
}

/**
 * The file's text for the entry's data. With the file as it was (`original`), an unchanged
 * entry gives that text back, and in an MDX file only the fields and text that changed are
 * rewritten.
 */
export function editorFileText(collection: CollectionName, data: Record<string, unknown>, original?: string): string {
  const clean = recordOrEmpty(withoutEmpty(data));
  if (original) {
    try {
      if (sameData(editorData(collection, original), clean)) return original;
    } catch {
      // An original that cannot be read is written anew.
    }
  }
  if (collections[collection].format === 'json') return entryJson(collection, clean);
  const { [TEXT_FIELD]: text, ...frontmatter } = clean;
  const body = typeof text === 'string' ? text : '';
  return original ? updateMdx(original, collection, frontmatter, body) : entryMdx(collection, frontmatter, body);
}
