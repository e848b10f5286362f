/**
 * What /oppna-data/ says about each download: its size and how many rows or records it holds
 * (`12 rader, 3 kB`), and the files looked up by their address.
 */
import type { Lang } from '#lib/i18n/index.ts';
import { words } from '#lib/i18n/words.ts';
import type { DataFile } from './data-files.ts';

/** The file's size: bytes under 1 000, otherwise whole kB (1 000 bytes each): `512 byte`, `14 kB`. */
export function fileSize(file: Pick<DataFile, 'body'>, lang: Lang = 'sv'): string {
  const { m, format } = words(lang);
  const bytes = typeof file.body === 'string' ? new TextEncoder().encode(file.body).length : file.body.length;
  return bytes < 1000
    ? m.dataFiles.facts.bytes(String(bytes))
    : m.dataFiles.facts.kilobytes(format.formatNumber(bytes / 1000, 0));
}

/** `1 post`, `12 poster`. */
export const recordCount = (count: number, lang: Lang = 'sv'): string =>
  words(lang).format.formatCount(count, words(lang).m.dataFiles.facts.records);

/** Rows of a CSV file or records of a JSON file, then its size; only the size for a file that counts neither. */
export function fileAmount(file: Pick<DataFile, 'body' | 'count' | 'format'>, lang: Lang = 'sv'): string {
  if (file.count === undefined) return fileSize(file, lang);
  const { m, format } = words(lang);
  const counted =
    file.format === 'csv' ? format.formatCount(file.count, m.dataFiles.facts.rows) : recordCount(file.count, lang);
  return `${counted}, ${fileSize(file, lang)}`;
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
