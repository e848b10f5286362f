/**
 * The downloads under /data/ (src/lib/open-data/data-files.ts), built once per build: the routes that
 * write them and the open-data page that lists them use the same list. Text is kept as
 * UTF-8 bytes, the form it is written in, since the list stays in memory while every page
 * is built and JavaScript would hold most of these texts at two bytes a character.
 */
import { buildDataFiles, type DataFile } from '#lib/open-data/data-files.ts';
import { getCatalog } from './catalog.ts';

let loaded: Promise<DataFile[]> | undefined;

export function getDataFiles(site: URL): Promise<DataFile[]> {
  loaded ??= getCatalog().then(({ catalog, config }) =>
    buildDataFiles(catalog, site, config).map((file) => ({
      ...file,
      body: typeof file.body === 'string' ? Buffer.from(file.body) : file.body,
    })),
  );
  return loaded;
}
