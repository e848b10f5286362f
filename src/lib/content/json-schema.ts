/**
 * JSON Schemas for the content files, generated from the zod schemas so that the rules and
 * the Swedish field descriptions are written once. Staff's editors validate and complete
 * against them (`"$schema"` in each JSON file); the open-data page documents fields from them.
 *
 * They describe what staff write (zod's input side): references are plain ids, and fields
 * with defaults may be left out. Checks that need the other files (does the id exist?) or
 * compare two fields (endYear ≥ startYear) cannot be expressed and stay with `npm run check`.
 */
import { posix, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { isoDate, partialDate, text, url } from '../../schemas/common.ts';
import { COLLECTIONS, type CollectionName, collections } from '../../schemas/index.ts';
import { resultSchema } from '../../schemas/item.ts';
import { COLLECTION_LABELS } from '#lib/core/labels.ts';
import { recordOrEmpty } from './records.ts';
import { recordOf } from '#lib/core/guards.ts';

/** A JSON Schema as a plain object. */
export type JsonSchema = { [key: string]: unknown };

/** Where the committed schema files live, and where the site publishes them. */
export const SCHEMA_DIR = 'public/schema';
export const schemaPath = (collection: CollectionName) => `/schema/${collection}.json`;

const MONTH = '^\\d{4}-(0[1-9]|1[0-2])$';

/** Whether `schema` is `base`, or was made from it by `.meta()`/`.describe()` (zod keeps the parent). */
function derivesFrom(schema: z.core.$ZodType, base: z.core.$ZodType): boolean {
  for (let current: z.core.$ZodType | undefined = schema; current; current = current._zod.parent) {
    if (current === base) return true;
  }
  return false;
}

/**
 * Says in JSON Schema what zod checks in code: real calendar dates, text that is not only
 * blanks, web addresses with https and no name before `@`, and a result's value that is null exactly when the
 * status is "går ej att mäta".
 */
function override({ zodSchema: schema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }) {
  if (derivesFrom(schema, text)) jsonSchema.pattern = '\\S';
  if (derivesFrom(schema, isoDate)) jsonSchema.format = 'date';
  if (derivesFrom(schema, url)) {
    jsonSchema.format = 'uri';
    jsonSchema.pattern = '^https://[^/?#@]+([/?#]|$)';
  }
  if (derivesFrom(schema, partialDate)) {
    delete jsonSchema.pattern;
    jsonSchema.anyOf = [{ format: 'date' }, { pattern: MONTH }];
  }
  if (schema === resultSchema) {
    jsonSchema.if = { properties: { status: { const: 'gar-ej-att-mata' } } };
    jsonSchema.then = { properties: { value: { type: 'null' } } };
    jsonSchema.else = { properties: { value: { type: 'number' } } };
  }
}

/** The JSON Schema of one collection's files. */
export function contentJsonSchema(collection: CollectionName): JsonSchema {
  const spec = collections[collection];
  const generated = z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'throw', override });
  const { $schema, description, type, properties, ...rest } = generated;
  const editorKey =
    spec.format === 'json'
      ? { $schema: { type: 'string', description: 'Sökväg till den här filens JSON Schema, för redigeringsprogram. Hör inte till postens data.' } }
      : {};
  return {
    $schema,
    title: COLLECTION_LABELS[collection].many,
    description,
    type,
    properties: { ...editorKey, ...properties },
    ...rest,
  };
}

/** Every collection's JSON Schema, keyed by collection name. */
export function contentJsonSchemas(): Record<CollectionName, JsonSchema> {
  return recordOf(COLLECTIONS, contentJsonSchema);
}

/** The text of a committed schema file: stable key order, two-space indent, final newline. */
export function schemaFileText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/**
 * The `$schema` value for a JSON content file: the path from the file's folder to its
 * collection's schema under `public/schema/`, so that it works in any editor without a server.
 * `file` is from the project root (the folder holding `content/` and `public/`), or any path
 * when `projectDir` names that folder (for a content folder given with `--content`).
 */
export function editorSchemaRef(file: string, collection: CollectionName, projectDir?: string): string {
  const fromProject = (projectDir === undefined ? file : relative(projectDir, file)).split(sep).join('/');
  return posix.relative(posix.dirname(fromProject), `${SCHEMA_DIR}/${collection}.json`);
}

/**
 * The file's text with `"$schema": ref` as its first key, changing nothing else: staff's
 * formatting and key order stay as they wrote them. Returns the text unchanged when the key
 * is already right, and `undefined` when the file is not a JSON object.
 */
export function withEditorSchemaKey(source: string, ref: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const current = recordOrEmpty(data).$schema;
  if (current === ref) return source;
  if (current !== undefined && typeof current !== 'string') return undefined;
  const value = JSON.stringify(ref);
  if (typeof current === 'string') {
    return source.replace(/("\$schema"\s*:\s*)"(?:[^"\\]|\\.)*"/, (_, key: string) => `${key}${value}`);
  }
  const open = source.indexOf('{');
  const indent = /\{\s*?\n([ \t]+)\S/.exec(source.slice(open))?.[1];
  const isEmpty = Object.keys(data).length === 0;
  const entry = `"$schema": ${value}${isEmpty ? '' : ','}`;
  return indent === undefined
    ? `${source.slice(0, open + 1)}${entry}${isEmpty ? '' : ' '}${source.slice(open + 1)}`
    : `${source.slice(0, open + 1)}\n${indent}${entry}${source.slice(open + 1)}`;
}
