/**
 * The JSON Schema of the exported records: every record of the downloads follows it as it is
 * (with id, example, url and the exported text), and it documents the example field that the
 * open-data page describes.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { REF_COLLECTION } from '../../src/schemas/common.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';
import { buildDataFiles, dataPath, WHOLE_JSON_PATH } from '#lib/open-data/data-files.ts';
import { exportRecords } from '#lib/open-data/exports.ts';
import { exportRecordSchema, exportSchemaPath } from '#lib/open-data/export-schema.ts';
import { collectionDocs } from '#lib/open-data/open-data-docs.ts';
import { sv } from '#lib/i18n/sv.ts';

const EXAMPLE_FIELD = sv.dataFiles.exampleField;
import { SAMPLE_CONFIG } from '../helpers/configuration.ts';

const SITE = new URL('https://insyn.example/');
const catalog = sampleCatalog();
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
ajv.addKeyword(REF_COLLECTION);

describe('exportRecordSchema', () => {
  it.each(COLLECTIONS)('%s: every exported record follows it as it is', (collection) => {
    const validate = ajv.compile(exportRecordSchema(collection));
    const records = exportRecords(catalog, collection, SITE);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(validate(record), `${record.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it.each(COLLECTIONS)('%s: documents example as a required true/false field', (collection) => {
    const schema = exportRecordSchema(collection);
    const properties = schema.properties as Record<string, { type?: unknown; description?: string }>;
    expect(properties.example).toEqual({ type: 'boolean', description: EXAMPLE_FIELD });
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'example', 'url']));
    expect(Object.keys(properties)[0]).toBe('id');
    expect(properties).not.toHaveProperty('$schema');
  });

  it('rejects a record without example, or with example as text', () => {
    const [record] = exportRecords(catalog, 'uppdrag', SITE);
    const validate = ajv.compile(exportRecordSchema('uppdrag'));
    const { example: _example, ...without } = record;
    expect(validate(without)).toBe(false);
    expect(validate({ ...record, example: String(record.example) })).toBe(false);
    expect(validate(record)).toBe(true);
  });
});

describe('the downloads and their documentation name the record schema', () => {
  const files = buildDataFiles(catalog, SITE, SAMPLE_CONFIG);

  it.each(COLLECTIONS)('/data/%s.json links to the schema of its records', (collection) => {
    const file = files.find((f) => f.path === dataPath(`${collection}.json`))!;
    expect(JSON.parse(file.body as string).schema).toBe(new URL(exportSchemaPath(collection), SITE).href);
  });

  it('links the schema of each collection in the file with everything', () => {
    const whole = JSON.parse(files.find((f) => f.path === WHOLE_JSON_PATH)!.body as string);
    for (const collection of COLLECTIONS) {
      expect(whole.collections[collection].schema).toBe(new URL(exportSchemaPath(collection), SITE).href);
    }
  });

  it('documents example among every collection’s fields, with the schema’s words', () => {
    for (const doc of collectionDocs(files)) {
      expect(doc.recordSchema).toBe(exportSchemaPath(doc.collection));
      expect(doc.fields.find((f) => f.path === 'example')).toMatchObject({ always: true, description: EXAMPLE_FIELD });
    }
  });
});
