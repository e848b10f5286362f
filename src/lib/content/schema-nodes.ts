/**
 * Typed reading of a generated JSON Schema, for the code that walks one (the editor's
 * configuration, the fields the open data documents): properties, required keys, list
 * items, references and enumerations, each checked rather than cast.
 */
import { REF_COLLECTION } from '../../schemas/common.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { JsonSchema } from './json-schema.ts';
import { isRecord } from '#lib/core/guards.ts';

const isSchema = (value: unknown): value is JsonSchema => isRecord(value);
const isText = (value: unknown): value is string => typeof value === 'string';

/** The object schema's properties in schema order, without the editors' `$schema` key. */
export function propertiesOf(schema: JsonSchema): [string, JsonSchema][] {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const found: [string, JsonSchema][] = [];
  for (const [key, property] of Object.entries(properties)) {
    if (key !== '$schema' && isSchema(property)) found.push([key, property]);
  }
  return found;
}

/** The keys an object schema requires. */
export function requiredOf(schema: JsonSchema): Set<string> {
  return new Set(Array.isArray(schema.required) ? schema.required.filter(isText) : []);
}

/** The schema of a list's items (an empty schema when it has none). */
export function itemsOf(schema: JsonSchema): JsonSchema {
  return isSchema(schema.items) ? schema.items : {};
}

/** The `anyOf` alternatives, when the schema has them. */
export function alternativesOf(schema: JsonSchema): JsonSchema[] | undefined {
  return Array.isArray(schema.anyOf) ? schema.anyOf.filter(isSchema) : undefined;
}

/** The collection a reference points into (`x-collection`), for a reference. */
export function refCollectionOf(schema: JsonSchema): CollectionName | undefined {
  const target = schema[REF_COLLECTION];
  return COLLECTIONS.find((collection) => collection === target);
}

/** The allowed values of an enumeration. */
export function enumOf(schema: JsonSchema): string[] | undefined {
  return Array.isArray(schema.enum) ? schema.enum.filter(isText) : undefined;
}

/**
 * The schema without its `null` alternative (`type: [..., "null"]`, or `anyOf` with a null
 * branch), and whether there was one. The outer schema's keys (description, default) stay.
 */
export function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const rest = schema.type.filter((t) => t !== 'null');
    return { schema: { ...schema, type: rest.length === 1 ? rest[0] : rest }, nullable: true };
  }
  const alternatives = alternativesOf(schema);
  const others = alternatives?.filter((branch) => branch.type !== 'null') ?? [];
  if (alternatives && others.length === 1 && alternatives.length === 2) {
    const { anyOf: _, ...outer } = schema;
    return { schema: { ...outer, ...others[0] }, nullable: true };
  }
  return { schema, nullable: false };
}
