/** The sizes and counts /oppna-data/ gives for each download. */
import { describe, expect, it } from 'vitest';
import { fileAmount, fileSize, filesByPath, recordCount } from '#lib/open-data/file-facts.ts';
import type { DataFile } from '#lib/open-data/data-files.ts';

const file = (body: string | Uint8Array, format: DataFile['format'], count?: number): DataFile => ({
  path: `/data/x.${format}`,
  format,
  title: 'X',
  body,
  ...(count === undefined ? {} : { count }),
});

describe('fileSize', () => {
  it('counts bytes, not characters, and gives whole kB from 1 000 bytes', () => {
    expect(fileSize(file('abc', 'csv'))).toBe('3 byte');
    expect(fileSize(file('åäö', 'csv'))).toBe('6 byte');
    expect(fileSize(file('a'.repeat(999), 'csv'))).toBe('999 byte');
    expect(fileSize(file('a'.repeat(1000), 'csv'))).toBe('1 kB');
    expect(fileSize(file(new Uint8Array(14_400), 'zip'))).toBe('14 kB');
    expect(fileSize(file(new Uint8Array(1_234_567), 'zip'))).toBe('1\u00a0235 kB');
  });
});

describe('fileAmount', () => {
  it('says rows for CSV and records for JSON, one or many', () => {
    expect(fileAmount(file('a', 'csv', 1))).toBe('1 rad, 1 byte');
    expect(fileAmount(file('a', 'csv', 12))).toBe('12 rader, 1 byte');
    expect(fileAmount(file('a', 'json', 1))).toBe('1 post, 1 byte');
    expect(fileAmount(file('a', 'json', 2))).toBe('2 poster, 1 byte');
  });

  it('counts records alone too', () => {
    expect([recordCount(1), recordCount(3), recordCount(1200)]).toEqual(['1 post', '3 poster', '1\u00a0200 poster']);
  });

  it('gives only the size of a file that counts nothing', () => {
    expect(fileAmount(file('ab', 'zip'))).toBe('2 byte');
  });
});

describe('filesByPath', () => {
  it('finds a file by its path and names a missing one', () => {
    const files = [file('a', 'csv'), file('b', 'json')];
    expect(filesByPath(files)('/data/x.json')).toBe(files[1]);
    expect(() => filesByPath(files)('/data/saknas.csv')).toThrow('/data/saknas.csv');
  });
});
