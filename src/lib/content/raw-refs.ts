/**
 * References in an entry that failed its schema. Its data never parsed, so the ids are
 * found by walking the raw data beside the collection's JSON Schema, where each reference
 * field is marked with its target collection: a dangling id is then reported in the same
 * run as the entry's other mistakes, not only after they are fixed.
 */
import { COLLECTIONS, type CollectionName, REF_COLLECTION, type Ref } from '../../schemas/index.ts';
import type { JsonSchema } from './json-schema.ts';

export function refsInRaw(schema: JsonSchema, data: unknown, path: (string | number)[] = []): { path: (string | number)[]; ref: Ref }[] {
  const collection = schema[REF_COLLECTION] as CollectionName | undefined;
  if (collection && COLLECTIONS.includes(collection)) {
    return typeof data === 'string' ? [{ path, ref: { collection, id: data } }] : [];
  }
  const branches = [...((schema.anyOf as JsonSchema[]) ?? []), ...((schema.oneOf as JsonSchema[]) ?? [])];
  if (branches.length > 0) {
    // The first branch that finds references decides, so one id is never reported twice.
    for (const branch of branches) {
      const found = refsInRaw(branch, data, path);
      if (found.length > 0) return found;
    }
    return [];
  }
  if (Array.isArray(data) && schema.items && typeof schema.items === 'object') {
    return data.flatMap((item, index) => refsInRaw(schema.items as JsonSchema, item, [...path, index]));
  }
  if (data && typeof data === 'object' && !Array.isArray(data) && schema.properties) {
    const properties = schema.properties as Record<string, JsonSchema>;
    return Object.entries(data).flatMap(([key, value]) => (properties[key] ? refsInRaw(properties[key], value, [...path, key]) : []));
  }
  return [];
}
