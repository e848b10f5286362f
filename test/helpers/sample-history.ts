/**
 * Histories of the sample site (sample-site.ts) as the history reader gives them
 * (`byEntry`: each entry's changes, newest first, with its file after each), for tests of
 * pages as they were: every sample file published on one day, then the changes a test names.
 */
import { entryJson, entryMdx } from '#lib/content/content-writer.ts';
import type { Change } from '#lib/history/git-history.ts';
import { collections, type CollectionName } from '../../src/schemas/index.ts';
import { SAMPLE_FILES, SAMPLE_TEXTS } from './sample-site.ts';

/** The day every sample file is first published. */
export const FIRST_PUBLISHED = '2026-12-01T10:00:00+01:00';

/** A sample entry's file, with `data` laid over its fields (and its MDX text replaced when given). */
export function sampleFile(key: string, data: Record<string, unknown> = {}, text?: string): string {
  const [collection, id] = key.split('/') as [CollectionName, string];
  const files: Record<string, Record<string, object>> = SAMPLE_FILES;
  const texts: Record<string, string> = SAMPLE_TEXTS;
  const merged = { ...files[collection][id], ...data };
  return collections[collection].format === 'mdx'
    ? entryMdx(collection, merged, text ?? texts[key] ?? 'Text.')
    : entryJson(collection, merged);
}

/** One change, as the history lists it. */
export function change(sha: string, date: string, text: string | undefined, kind: Change['kind'] = 'modified'): Change {
  return { sha, date, kind, notes: [], ...(text === undefined ? {} : { text }) };
}

/**
 * The history of the sample site published on `FIRST_PUBLISHED`, with `later` changes per
 * `collection/id` (any order): an entry not in the sample is created by its first change.
 */
export function sampleHistory(later: Record<string, Change[]> = {}): Map<string, Change[]> {
  const byEntry = new Map<string, Change[]>();
  for (const [collection, entries] of Object.entries(SAMPLE_FILES)) {
    for (const id of Object.keys(entries)) {
      const key = `${collection}/${id}`;
      byEntry.set(key, [change(`first-${key}`, FIRST_PUBLISHED, sampleFile(key), 'added')]);
    }
  }
  for (const [key, changes] of Object.entries(later)) {
    const all = [...changes, ...(byEntry.get(key) ?? [])];
    byEntry.set(
      key,
      all.sort((a, b) => Date.parse(b.date) - Date.parse(a.date)),
    );
  }
  return byEntry;
}
