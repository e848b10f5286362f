/** Zip entries stamped with one fixed time, so the same content gives the same bytes. */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withFixedZipTimes } from '#lib/core/zip-times.ts';

const zipAt = (mtime: Date) =>
  zipSync({ 'a.xml': strToU8('<a/>'), 'mapp/b.xml': strToU8('<b>text</b>') }, { mtime, level: 6 });

describe('withFixedZipTimes', () => {
  it('gives the same bytes for the same files written at different times, still a readable zip', () => {
    const early = zipAt(new Date(2024, 0, 1, 8, 0, 2));
    const late = zipAt(new Date(2026, 11, 7, 17, 45, 58));
    expect(early).not.toEqual(late);
    const fixed = withFixedZipTimes(early);
    expect(fixed).toEqual(withFixedZipTimes(late));
    const files = unzipSync(fixed);
    expect(new TextDecoder().decode(files['mapp/b.xml'])).toBe('<b>text</b>');
    expect(Object.keys(files).sort()).toEqual(['a.xml', 'mapp/b.xml']);
  });

  it('leaves bytes that are not a zip as they are', () => {
    const text = strToU8('inte en zip');
    expect(withFixedZipTimes(text)).toBe(text);
  });
});
