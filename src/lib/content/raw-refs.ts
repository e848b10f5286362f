/**
 * References in an entry that failed its schema. Its data never parsed, so the ids are
 * found by walking the raw data beside the collection's JSON Schema, where each reference
 * field is marked with its target collection: a dangling id is then reported in the same
 * run as the entry's other mistakes, not only after they are fixed.
 */
import type { Ref } from '../../schemas/index.ts';
import type { JsonSchema } from './json-schema.ts';
import { isRecord } from '#lib/core/guards.ts';
import { alternativesOf, itemsOf, propertiesOf, refCollectionOf } from './schema-nodes.ts';

export function refsInRaw(schema: JsonSchema, data: unknown, path: (string | number)[] = []): { path: (string | number)[]; ref: Ref }[] {
  const collection = refCollectionOf(schema);
  if (collection) {
    return typeof data === 'string' ? [{ path, ref: { collection, id: data } }] : [];
  }
  const oneOf = Array.isArray(schema.oneOf) ? schema.oneOf.filter(isRecord) : [];
  const branches = [...(alternativesOf(schema) ?? []), ...oneOf];
  if (branches.length > 0) {
    // The first branch that finds references decides, so one id is never reported twice.
    for (const branch of branches) {
      const found = refsInRaw(branch, data, path);
      if (found.length > 0) return found;
    }
    return [];
  }
  if (Array.isArray(data) && isRecord(schema.items)) {
    const items = itemsOf(schema);
    return data.flatMap((item, index) => refsInRaw(items, item, [...path, index]));
  }
  if (isRecord(data) && isRecord(schema.properties)) {
    const properties = new Map(propertiesOf(schema));
    return Object.entries(data).flatMap(([key, value]) => {
      const property = properties.get(key);
      return property ? refsInRaw(property, value, [...path, key]) : [];
    });
  }
  return [];
}
