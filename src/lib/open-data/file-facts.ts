/**
 * What /oppna-data/ says about each download: its size and how many rows or records it holds,
 * in Swedish (`12 rader, 3 kB`), and the files looked up by their address.
 */
import { formatCount, formatNumber } from '#lib/core/format.ts';
import type { DataFile } from './data-files.ts';

const ROWS = { one: 'rad', many: 'rader' };
const RECORDS = { one: 'post', many: 'poster' };

/** The file's size: bytes under 1 000, otherwise whole kB (1 000 bytes each): `512 byte`, `14 kB`. */
export function fileSize(file: Pick<DataFile, 'body'>): string {
  const bytes = typeof file.body === 'string' ? new TextEncoder().encode(file.body).length : file.body.length;
  return bytes < 1000 ? `${bytes} byte` : `${formatNumber(bytes / 1000, 0)} kB`;
}

/** `1 post`, `12 poster`. */
export const recordCount = (count: number): string => formatCount(count, RECORDS);

/** Rows of a CSV file or records of a JSON file, then its size; only the size for a file that counts neither. */
export function fileAmount(file: Pick<DataFile, 'body' | 'count' | 'format'>): string {
  if (file.count === undefined) return fileSize(file);
  const counted = file.format === 'csv' ? formatCount(file.count, ROWS) : recordCount(file.count);
  return `${counted}, ${fileSize(file)}`;
}

/** The files by their path; asking for a path that is not among them is a fault in the page, and says so. */
export function filesByPath(files: readonly DataFile[]): (path: string) => DataFile {
  const byPath = new Map(files.map((file) => [file.path, file]));
  return (path) => {
    const file = byPath.get(path);
    if (!file) throw new Error(`${path}: no such file among the downloads`);
    return file;
  };
}
