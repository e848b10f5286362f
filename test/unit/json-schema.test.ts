/**
 * The JSON Schemas staff's editors use: committed files equal a fresh generation, every
 * bundled JSON file names its schema, the schemas accept all bundled content and reject the
 * invalid fixtures whose mistake a JSON Schema can see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/data/content-files.ts';
import { EXPORTED_TEXTS, exportRecords } from '#lib/open-data/exports.ts';
import {
  contentJsonSchemas,
  editorSchemaRef,
  SCHEMA_DIR,
  schemaFileText,
  withEditorSchemaKey,
} from '#lib/content/json-schema.ts';
import { REF_COLLECTION } from '../../src/schemas/common.ts';
import { COLLECTIONS, type CollectionName, collections } from '../../src/schemas/index.ts';
import { contentWithFixture, FIXTURES, FROZEN_CONTENT, ROOT } from '../helpers/content.ts';
import { LIVE_CONTENT } from '../helpers/live-content.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const schemas = contentJsonSchemas();
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
ajv.addKeyword(REF_COLLECTION);
const validators = Object.fromEntries(COLLECTIONS.map((c) => [c, ajv.compile(schemas[c])])) as Record<
  CollectionName,
  ReturnType<typeof ajv.compile>
>;

/** Where an ajv error points, in the content check's notation: `results[0].value`. */
function errorField(error: { instancePath: string; params: Record<string, unknown> }): string {
  const parts = error.instancePath.split('/').slice(1);
  if (typeof error.params.missingProperty === 'string') parts.push(error.params.missingProperty);
  return parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('');
}

describe('committed JSON Schemas', () => {
  it.each(COLLECTIONS)('public/schema/%s.json equals a fresh generation (else run npm run schemas)', (collection) => {
    const committed = readFileSync(join(ROOT, SCHEMA_DIR, `${collection}.json`), 'utf8');
    expect(committed).toBe(schemaFileText(schemas[collection]));
  });

  it('describes every field of every collection in Swedish', () => {
    const undescribed: string[] = [];
    const walk = (schema: Record<string, unknown>, path: string) => {
      const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [key, property] of Object.entries(properties)) {
        if (typeof property.description !== 'string') undescribed.push(`${path}${key}`);
        const items = property.items as Record<string, unknown> | undefined;
        walk(items ?? property, `${path}${key}${items ? '[]' : ''}.`);
      }
    };
    for (const collection of COLLECTIONS) {
      expect(schemas[collection].description, collection).toEqual(expect.any(String));
      walk(schemas[collection], `${collection}: `);
    }
    expect(undescribed).toEqual([]);
  });

  it('names the target collection of every reference field', () => {
    expect((schemas.uppdrag.properties as Record<string, Record<string, unknown>>).strategy[REF_COLLECTION]).toBe(
      'strategies',
    );
    const statuses = (
      schemas.uppdrag.properties as Record<string, { items: { properties: Record<string, Record<string, unknown>> } }>
    ).statuses;
    expect(statuses.items.properties.period[REF_COLLECTION]).toBe('periods');
  });
});

describe('$schema in the bundled JSON content', () => {
  const { files } = readContentFiles(LIVE_CONTENT, ROOT);
  const jsonFiles = files.filter((f) => collections[f.collection].format === 'json');

  it('is in every JSON file and points at its collection schema from the file folder', () => {
    expect(jsonFiles.length).toBeGreaterThan(50);
    for (const file of jsonFiles) {
      const ref = (file.data as { $schema?: string }).$schema;
      expect(ref, `${file.file}: kör npm run schemas`).toBe(editorSchemaRef(file.file, file.collection));
      expect(join(ROOT, dirname(file.file), ref!)).toBe(join(ROOT, SCHEMA_DIR, `${file.collection}.json`));
    }
  });
});

describe('the JSON Schemas accept the bundled content', () => {
  const { files, problems } = readContentFiles(LIVE_CONTENT, ROOT);

  it('reads every bundled file', () => {
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThan(90);
  });

  it.each(files.map((f) => [f.file, f] as const))('%s', (_, file) => {
    const validate = validators[file.collection];
    expect(validate(file.data), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('the JSON Schemas describe the exported records too', () => {
  const catalog = sampleCatalog();
  it.each(COLLECTIONS)(
    '%s: every record, less id, url, example and the exported text, follows its JSON Schema',
    (collection) => {
      const added = ['id', 'url', 'example', ...(EXPORTED_TEXTS[collection] ? [EXPORTED_TEXTS[collection]] : [])];
      const records = exportRecords(catalog, collection, new URL('https://insyn.example/'));
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        const data = Object.fromEntries(Object.entries(record).filter(([key]) => !added.includes(key)));
        expect(validators[collection](data), `${record.id}: ${JSON.stringify(validators[collection].errors)}`).toBe(
          true,
        );
      }
    },
  );
});

describe('the JSON Schemas reject the invalid fixtures', () => {
  /** Mistakes that a schema of one file can see. */
  const visible = [
    'empty-required-text',
    'missing-field',
    'number-as-text',
    'unknown-field',
    'unreal-date',
    'url-http',
    'url-user-info',
    'wrong-nyckeltal-status',
    'wrong-uppdrag-status',
  ];
  /** Mistakes outside what a JSON Schema of one entry can know; `npm run check` reports them. */
  const outOfScope: Record<string, string> = {
    'bad-file-name': 'the file name, not the content, is wrong',
    'continues-loop': 'a chain of continued items spans several files',
    'continues-other-body': "the continued item's plan and body are in other files",
    'continues-other-unit': "the continued nyckeltal's unit is in another file",
    'continues-twice': 'two items continuing one item are two files',
    'dangling-reference': 'whether an id exists needs the other files',
    'duplicate-decision': 'a decision repeated in another file needs the other files',
    'duplicate-id': 'an id repeated in another folder needs the other files',
    'empty-mdx-text': 'the MDX text is not part of the frontmatter a schema sees',
    'malformed-frontmatter': 'YAML that cannot be parsed never reaches a schema',
    'malformed-json': 'JSON that cannot be parsed never reaches a schema',
    'period-not-in-plan': 'which periods a plan follows up is in the plan file',
    'duplicated-yaml-key': 'YAML with a field written twice never reaches a schema',
    'list-separator-signed-by': "' | ' is refused because the CSV writer joins lists with it, a rule of the exports",
    'not-utf8-json': 'bytes that are not UTF-8 never reach a schema',
    'not-utf8-mdx': 'bytes that are not UTF-8 never reach a schema',
    'outside-collection': 'a file outside every collection is no entry of any schema',
    'control-character-json': 'control characters are refused by the check, not described by the schema',
    'control-character-mdx': 'a control character in the raw file never reaches a schema',
    'date-far-future': "the plausible years move with today's date, which a committed schema cannot",
    'duplicate-json-key': 'JSON with a key written twice is refused before a schema sees it',
    'frontmatter-closing-line': 'a frontmatter that does not end never reaches a schema',
    'frontmatter-unclosed-quote': 'YAML that cannot be parsed never reaches a schema',
    'number-too-large': 'the bound on numbers is checked in code, not described by the schema',
    'number-too-many-digits': 'significant digits are checked in code, not described by the schema',
    'percent-out-of-range': "the percentage range depends on the unit, another field's value",
    'value-outside-declared-range': "a value's bounds are in another field, range",
    'title-invisible': 'which characters are visible is checked in code, not described by the schema',
    'title-line-break': 'a title on one line is checked in code, not described by the schema',
    'search-words-empty-means': 'the search-word list is no collection; its own zod schema checks it',
    'search-words-unknown-page': 'whether a pinned page exists needs the other files',
  };
  /** The MDX text is not part of the frontmatter a schema sees; the safe-MDX rules check it. */
  for (const name of readdirSync(FIXTURES).filter((n) => n.startsWith('mdx-'))) {
    outOfScope[name] = 'the MDX text is checked by the safe-MDX rules, not by a schema';
  }

  it('classifies every fixture', () => {
    expect([...visible, ...Object.keys(outOfScope)].sort()).toEqual(readdirSync(FIXTURES).sort());
  });

  it.each(visible)('rejects %s at the field the content check names', (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expect.json'), 'utf8')) as {
      file: string;
      field: string;
    };
    const dir = contentWithFixture(name);
    const file = readContentFiles(join(dir, 'content'), dir).files.find((f) => f.file === expected.file)!;
    expect(file).toBeDefined();
    const validate = validators[file.collection];
    expect(validate(file.data)).toBe(false);
    expect(validate.errors!.map(errorField)).toContain(expected.field);
  });
});

describe('editorSchemaRef and withEditorSchemaKey', () => {
  it('points from the file folder to public/schema, at any depth', () => {
    expect(editorSchemaRef('content/decisions/x.json', 'decisions')).toBe('../../public/schema/decisions.json');
    expect(editorSchemaRef('content/nyckeltal/plan/x.json', 'nyckeltal')).toBe('../../../public/schema/nyckeltal.json');
  });

  it('adds the key first, keeping the indentation and the rest of the text', () => {
    const source = '{\n    "year": 2024,\n    "kind": "april"\n}\n';
    expect(withEditorSchemaKey(source, 'a.json')).toBe(
      '{\n    "$schema": "a.json",\n    "year": 2024,\n    "kind": "april"\n}\n',
    );
    expect(withEditorSchemaKey('{"year":2024}', 'a.json')).toBe('{"$schema": "a.json", "year":2024}');
    expect(withEditorSchemaKey('{}', 'a.json')).toBe('{"$schema": "a.json"}');
  });

  it('corrects a wrong path, leaves a right one, and refuses what is not an object', () => {
    expect(withEditorSchemaKey('{ "$schema": "old.json", "a": 1 }', 'new.json')).toBe(
      '{ "$schema": "new.json", "a": 1 }',
    );
    expect(withEditorSchemaKey('{ "$schema": "a.json" }', 'a.json')).toBe('{ "$schema": "a.json" }');
    expect(withEditorSchemaKey('[1]', 'a.json')).toBeUndefined();
    expect(withEditorSchemaKey('{ "a": ', 'a.json')).toBeUndefined();
    expect(withEditorSchemaKey('{ "$schema": 5 }', 'a.json')).toBeUndefined();
  });

  it('gives text that parses to the same data plus the key', () => {
    const source = readFileSync(join(FROZEN_CONTENT, 'periods/per-april-2024.json'), 'utf8');
    const { $schema: _, ...data } = JSON.parse(source);
    expect(JSON.parse(withEditorSchemaKey(JSON.stringify(data, null, 2), 'x.json')!)).toEqual({
      $schema: 'x.json',
      ...data,
    });
  });
});
