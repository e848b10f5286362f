/**
 * Every download under `/data/`: what it is, where it lives and its bytes. One list serves
 * the routes that write the files, the open-data page that documents them and the DCAT
 * catalogue that points the data portal at them, so the three cannot disagree.
 *
 *   /data/insyn.json, /data/insyn.zip            everything
 *   /data/<collection>.json                      one collection's records
 *   /data/<table>.csv                            one table (see exports.ts)
 *   /data/plans/<plan>.json, .zip                everything about one plan
 *   /data/plans/<plan>/<collection>.json, <table>.csv
 */
import { strToU8, zipSync } from 'fflate';
import type { CollectionName } from '../../schemas/index.ts';
import { COLLECTIONS } from '../../schemas/index.ts';
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { toCsv } from '#lib/core/csv.ts';
import {
  allCsvTables,
  type CsvTable,
  csvRows,
  type ExportRecord,
  exportRecords,
  fieldsOf,
  PLAN_COLLECTIONS,
  planScope,
} from './exports.ts';
import { exportSchemaPath } from './export-schema.ts';
import { DATA_TEXT as T, type Publisher } from './open-data-text.ts';
import { COLLECTION_LABELS } from '#lib/core/labels.ts';

export type DataFormat = 'csv' | 'json' | 'zip';

export const MEDIA_TYPES: Record<DataFormat, string> = {
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
};

export interface DataFile {
  /** Site path, as `/data/uppdrag.csv`. */
  path: string;
  format: DataFormat;
  title: string;
  /** The plan whose data it holds; absent for files with all plans. */
  plan?: string;
  /** The collection of a collection's JSON file or of a CSV table. */
  collection?: CollectionName;
  table?: CsvTable;
  /** Records (JSON of one collection) or rows (CSV). */
  count?: number;
  body: string | Uint8Array;
}

/** The open-data page: where every file and field is described. */
export const DOCUMENTATION_PATH = '/oppna-data/';
export const dataPath = (name: string, plan?: string) => (plan ? `/data/plans/${plan}/${name}` : `/data/${name}`);
export const planBundlePath = (plan: string, format: 'json' | 'zip') => `/data/plans/${plan}.${format}`;
export const WHOLE_JSON_PATH = '/data/insyn.json';
export const WHOLE_ZIP_PATH = '/data/insyn.zip';

/** Zip entries carry no real time, so that the same content gives the same bytes on any machine and day. */
const ZIP_TIME = new Date(1980, 0, 1);

const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

type Scope = Partial<Record<CollectionName, ReadonlySet<string>>>;

function header(site: URL, publisher: Publisher, plan?: string) {
  return {
    title: T.datasetTitle,
    publisher: publisher.name,
    license: publisher.licence.uri,
    documentation: new URL(DOCUMENTATION_PATH, site).href,
    attribution: T.koladaCredit,
    ...(plan ? { plan } : {}),
  };
}

function collectionFiles(
  catalog: Catalog,
  site: URL,
  publisher: Publisher,
  collections: readonly CollectionName[],
  scope?: Scope,
  plan?: string,
) {
  const files: DataFile[] = [];
  const records = new Map<CollectionName, ExportRecord[]>();
  for (const collection of collections) {
    const list = exportRecords(catalog, collection, site, scope?.[collection]);
    records.set(collection, list);
    files.push({
      path: dataPath(`${collection}.json`, plan),
      format: 'json',
      title: T.fileTitles.collectionJson(COLLECTION_LABELS[collection].many),
      plan,
      collection,
      count: list.length,
      body: jsonText({
        ...header(site, publisher, plan),
        collection,
        schema: new URL(exportSchemaPath(collection), site).href,
        count: list.length,
        records: list,
      }),
    });
  }
  for (const table of allCsvTables()) {
    const tableRecords = records.get(table.collection);
    if (!tableRecords) continue;
    const rows = csvRows(table, tableRecords);
    const list = table.list ? fieldsOf(table.collection).find((f) => f.path === table.list) : undefined;
    files.push({
      path: dataPath(`${table.name}.csv`, plan),
      format: 'csv',
      title:
        list && table.list
          ? T.fileTitles.listCsv(COLLECTION_LABELS[table.collection].many, list.description ?? table.list)
          : T.fileTitles.mainCsv(COLLECTION_LABELS[table.collection].many),
      plan,
      collection: table.collection,
      table,
      count: rows.length,
      body: toCsv(
        table.columns.map((c) => c.name),
        rows,
      ),
    });
  }
  const bundle = jsonText({
    ...header(site, publisher, plan),
    collections: Object.fromEntries(
      [...records].map(([collection, list]) => [
        collection,
        { schema: new URL(exportSchemaPath(collection), site).href, count: list.length, records: list },
      ]),
    ),
  });
  return { files, bundle };
}

function zip(
  files: readonly DataFile[],
  bundleName: string,
  bundle: string,
  site: URL,
  publisher: Publisher,
): Uint8Array {
  const contents: Record<string, [Uint8Array, { mtime: Date }]> = {
    'LASMIG.txt': [
      strToU8(T.zipReadme(new URL(DOCUMENTATION_PATH, site).href, publisher.name, publisher.licence, T.koladaCredit)),
      { mtime: ZIP_TIME },
    ],
    [bundleName]: [strToU8(bundle), { mtime: ZIP_TIME }],
  };
  for (const file of files.filter((f) => f.format === 'csv')) {
    contents[file.path.slice(file.path.lastIndexOf('/') + 1)] = [
      typeof file.body === 'string' ? strToU8(file.body) : file.body,
      { mtime: ZIP_TIME },
    ];
  }
  // Level 6 (zlib's default): as small as level 9 within 0.5 % at 100× the content, and faster.
  return zipSync(contents, { level: 6, mtime: ZIP_TIME });
}

/** All downloads for the whole site and for each plan. `site` makes the addresses in them absolute. */
export function buildDataFiles(catalog: Catalog, site: URL, publisher: Publisher): DataFile[] {
  const whole = collectionFiles(catalog, site, publisher, COLLECTIONS);
  const files: DataFile[] = [
    { path: WHOLE_JSON_PATH, format: 'json', title: T.fileTitles.wholeJson, body: whole.bundle },
    {
      path: WHOLE_ZIP_PATH,
      format: 'zip',
      title: T.fileTitles.wholeZip,
      body: zip(whole.files, 'insyn.json', whole.bundle, site, publisher),
    },
    ...whole.files,
  ];
  for (const plan of entries(catalog, 'plans')) {
    const scoped = collectionFiles(catalog, site, publisher, PLAN_COLLECTIONS, planScope(catalog, plan.id), plan.id);
    files.push(
      {
        path: planBundlePath(plan.id, 'json'),
        format: 'json',
        title: T.fileTitles.planJson(plan.data.title),
        plan: plan.id,
        body: scoped.bundle,
      },
      {
        path: planBundlePath(plan.id, 'zip'),
        format: 'zip',
        title: T.fileTitles.planZip(plan.data.title),
        plan: plan.id,
        body: zip(scoped.files, `${plan.id}.json`, scoped.bundle, site, publisher),
      },
      ...scoped.files,
    );
  }
  return files;
}
