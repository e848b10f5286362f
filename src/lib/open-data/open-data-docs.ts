/**
 * What the open-data page says about each file and field, shaped from the schemas and the
 * list of downloads, so that the page documents exactly what is published.
 */
import { COLLECTIONS, type CollectionName, textNameOf } from '../../schemas/index.ts';
import { type DataFile, dataPath, planBundlePath } from './data-files.ts';
import { filesByPath } from './file-facts.ts';
import { type CsvTable, EXPORTED_TEXTS, fieldsOf } from './exports.ts';
import { contentJsonSchema, schemaPath } from '#lib/content/json-schema.ts';
import { labels } from '#lib/i18n/words.ts';
import { labelsFor } from '#lib/content/value-labels.ts';
import { type Lang, messages } from '#lib/i18n/index.ts';
import { exportSchemaPath } from './export-schema.ts';
import type { SchemaField } from '#lib/content/schema-fields.ts';

export interface ValueDoc {
  value: string;
  label?: string;
}

export interface FieldDoc {
  /** The field's path in JSON, as `statuses[].status`. */
  path: string;
  /** Where it is in CSV: `uppdrag-statuses.csv`, column `status`; absent for groups of fields. */
  csv?: { table: string; column: string };
  type: string;
  always: boolean;
  description: string;
  /** The description is the schema's own, in Swedish (not the page's words for what the export adds). */
  fromSchema: boolean;
  values?: ValueDoc[];
}

export interface TableDoc {
  name: string;
  path: string;
  title: string;
  /** What one row is. */
  row: string;
  columns: string[];
  /** Columns that are not fields of the content, with what they hold. */
  addedColumns: { name: string; description: string }[];
}

export interface CollectionDoc {
  collection: CollectionName;
  title: string;
  description: string;
  /** The schema of the content files, which the fields below come from. */
  schema: string;
  /** The schema of the records in the JSON downloads: the content's fields and those the export adds. */
  recordSchema: string;
  json: string;
  count: number;
  fields: FieldDoc[];
  tables: TableDoc[];
}

/** The type of a field in words: `id i Planer`, `lista med id i Beslut`, `tal, eller null`. */
export function fieldType(field: SchemaField, lang: Lang = 'sv'): string {
  const t = messages(lang).dataFiles.docs;
  const base =
    field.kind === 'ref'
      ? t.ref(labels(lang).COLLECTION_LABELS[field.collection!].many, field.collection!)
      : field.kind === 'list'
        ? t.list(fieldType(field.item!, lang))
        : t.types[field.kind];
  return field.nullable ? t.nullable(base) : base;
}

function valuesOf(field: SchemaField, siblings: SchemaField[]): ValueDoc[] | undefined {
  if (field.values) {
    const labels = labelsFor(field.values);
    return field.values.map((value) => ({ value, label: labels?.[value] }));
  }
  // A field named after a status, as counts.pagaende: say which status.
  const parent = field.path.slice(0, field.path.lastIndexOf('.') + 1);
  if (!parent) return undefined;
  const keys = siblings
    .filter((f) => f.path.startsWith(parent) && !f.path.slice(parent.length).includes('.'))
    .map((f) => f.path.slice(parent.length));
  const key = field.path.slice(parent.length);
  const labels = keys.length > 1 ? labelsFor(keys) : undefined;
  return labels ? [{ value: key, label: labels[key] }] : undefined;
}

/** What an MDX text holds, in the schema table's words. */
function textWords(collection: CollectionName, lang: Lang): string {
  return textNameOf(collection) ?? messages(lang).dataFiles.docs.text;
}

function csvPlace(field: SchemaField, tables: CsvTable[]) {
  for (const table of tables) {
    const column = table.columns.find((c) => c.source.kind === 'field' && c.source.field.path === field.path);
    if (column) return { table: `${table.name}.csv`, column: column.name };
  }
  return undefined;
}

function tableDoc(table: CsvTable, file: DataFile | undefined, lang: Lang): TableDoc {
  const { docs: t, addedColumns: added } = messages(lang).dataFiles;
  const row = !table.list
    ? t.rowPerEntry(labels(lang).COLLECTION_LABELS[table.collection].many)
    : table.nested
      ? t.rowPerNested(table.list, table.nested)
      : t.rowPerValue(table.list);
  const addedColumns = table.columns.flatMap((column) => {
    const { source } = column;
    // The exported text is documented among the fields, as it is a field of the JSON records too.
    if (source.kind === 'field' || source.kind === 'text') return [];
    const description =
      source.kind === 'record-key'
        ? added.recordKey(source.collection, labels(lang).COLLECTION_LABELS[source.collection].many)
        : added[source.kind];
    return [{ name: column.name, description }];
  });
  return {
    name: `${table.name}.csv`,
    path: file?.path ?? dataPath(`${table.name}.csv`),
    title: file?.title ?? table.name,
    row,
    columns: table.columns.map((c) => c.name),
    addedColumns,
  };
}

/** Every collection's fields, files and CSV tables, as the page documents them. */
export function collectionDocs(files: readonly DataFile[], lang: Lang = 'sv'): CollectionDoc[] {
  const text = messages(lang).dataFiles;
  const siteFiles = files.filter((f) => !f.plan);
  return COLLECTIONS.map((collection) => {
    const fields = fieldsOf(collection);
    const csvFiles = siteFiles.flatMap((file) =>
      file.format === 'csv' && file.collection === collection && file.table ? [{ file, table: file.table }] : [],
    );
    const tables = csvFiles.map(({ table }) => table);
    const json = siteFiles.find((f) => f.format === 'json' && f.collection === collection);
    if (!json) throw new Error(`${collection}: no JSON file among the downloads`);
    const textField = EXPORTED_TEXTS[collection];
    const docs: FieldDoc[] = fields.map((field) => ({
      path: field.path,
      csv: csvPlace(field, tables),
      type:
        field.kind === 'records'
          ? text.docs.ownFile(text.docs.types.records, `${collection}-${field.path.replaceAll('.', '-')}.csv`)
          : fieldType(field, lang),
      always: field.alwaysPresent,
      description: field.description ?? '',
      fromSchema: true,
      values: valuesOf(field, fields),
    }));
    if (textField) {
      docs.push({
        path: textField,
        csv: { table: `${collection}.csv`, column: textField },
        type: 'text',
        always: true,
        description: text.addedColumns.text(textWords(collection, lang)),
        fromSchema: false,
      });
    }
    // The JSON records' example field; the CSV files' example column is documented with the added columns.
    docs.push({
      path: 'example',
      type: text.docs.boolean,
      always: true,
      description: text.exampleField,
      fromSchema: false,
    });
    return {
      collection,
      title: labels(lang).COLLECTION_LABELS[collection].many,
      description: textOr(contentJsonSchema(collection).description),
      schema: schemaPath(collection),
      recordSchema: exportSchemaPath(collection),
      json: json.path,
      count: json.count ?? 0,
      fields: docs,
      tables: csvFiles.map(({ file, table }) => tableDoc(table, file, lang)),
    };
  });
}

export interface PlanFilesDoc {
  plan: string;
  json: DataFile;
  zip: DataFile;
  files: DataFile[];
}

/** Each plan's downloads, bundle first. */
export function planFilesDocs(files: readonly DataFile[]): PlanFilesDoc[] {
  const plans = [...new Set(files.flatMap((f) => (f.plan ? [f.plan] : [])))];
  const fileAt = filesByPath(files);
  return plans.map((plan) => ({
    plan,
    json: fileAt(planBundlePath(plan, 'json')),
    zip: fileAt(planBundlePath(plan, 'zip')),
    files: files.filter((f) => f.plan === plan && f.collection),
  }));
}

/** A schema's description when it is a text, else nothing. */
function textOr(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
