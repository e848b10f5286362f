/**
 * The browser editor writes files with the commands' writer: an entry saved unchanged is the
 * same file, a change touches only its own lines, and a new entry is what `npm run new` writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/data/content-files.ts';
import { entryJson } from '#lib/content/content-writer.ts';
import { editorData, editorFileText } from '#lib/content/editor-format.ts';
import { FROZEN_CONTENT, ROOT } from '../helpers/content.ts';

const { files } = readContentFiles(FROZEN_CONTENT, ROOT);
const raw = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('the editor’s file format', () => {
  it('gives every entry, saved unchanged, back as the very same file', () => {
    for (const file of files) {
      const text = raw(file.file);
      const data = editorData(file.collection, text);
      expect(editorFileText(file.collection, data, text), file.file).toBe(text);
    }
  });

  it('writes a JSON entry as the commands do, keys in schema order, whatever order Decap holds them in', () => {
    const file = files.find((f) => f.collection === 'nyckeltal')!;
    const data = editorData('nyckeltal', raw(file.file));
    const shuffled = Object.fromEntries(Object.entries({ ...data, title: 'Ny rubrik' }).reverse());
    expect(editorFileText('nyckeltal', shuffled, raw(file.file))).toBe(
      entryJson('nyckeltal', { ...data, title: 'Ny rubrik' }),
    );
  });

  it('changes in an MDX entry only the lines of the field that changed, and leaves out emptied fields', () => {
    const file = files.find((f) => f.collection === 'uppdrag')!;
    const text = raw(file.file);
    const data = editorData('uppdrag', text);
    const changed = editorFileText('uppdrag', { ...data, title: 'En ny rubrik', extra: '' }, text);
    const before = text.split('\n');
    const after = changed.split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((line, i) => line !== before[i])).toEqual(['title: En ny rubrik']);
  });

  it('never writes the editor’s own keys', () => {
    const text = editorFileText('decisions', { body: 'regionstyrelsen', insynId: 'rs-2024-09-10-142' });
    expect(JSON.parse(text)).toEqual({ body: 'regionstyrelsen' });
  });
});
