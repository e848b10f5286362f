/**
 * The fields of a collection, read from its generated JSON Schema: one flat list with
 * paths like `statuses[].status`. The CSV tables are laid out from it and the open-data
 * page documents every field from it, so both follow the schema without a second list.
 */
import { REF_COLLECTION } from '../../schemas/common.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { JsonSchema } from './json-schema.ts';

export type FieldKind =
  | 'text'
  | 'number'
  | 'integer'
  | 'date'
  | 'partial-date'
  | 'url'
  | 'enum'
  | 'ref'
  | 'object'
  /** An array of plain values: ids or texts. */
  | 'list'
  /** An array of objects: a table of its own in CSV. */
  | 'records';

export interface SchemaField {
  /** `title`, `source.kolada`, `statuses[].status`. */
  path: string;
  kind: FieldKind;
  /** For a list, what each value is. */
  item?: SchemaField;
  /** Whether staff must write it (fields with a default may be left out). */
  required: boolean;
  /** Whether every parsed entry, and so every export, has it (required, or filled by a default). */
  alwaysPresent: boolean;
  nullable: boolean;
  description?: string;
  /** The collection a reference (or a list of them) points into. */
  collection?: CollectionName;
  /** The allowed values of an enum. */
  values?: string[];
  /** A pattern the text must match, other than the generic "not blank". */
  pattern?: string;
}

/** The schema without its `null` alternative, and whether there was one. */
function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const rest = schema.type.filter((t) => t !== 'null');
    return { schema: { ...schema, type: rest.length === 1 ? rest[0] : rest }, nullable: true };
  }
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  const nullBranch = anyOf?.findIndex((branch) => branch.type === 'null') ?? -1;
  if (anyOf && nullBranch >= 0 && anyOf.length === 2) {
    const { anyOf: _, ...rest } = schema;
    return { schema: { ...rest, ...anyOf[1 - nullBranch] }, nullable: true };
  }
  return { schema, nullable: false };
}

function kindOf(schema: JsonSchema): FieldKind {
  if (schema[REF_COLLECTION]) return 'ref';
  if (Array.isArray(schema.enum)) return 'enum';
  if (schema.type === 'object') return 'object';
  if (schema.type === 'array') return (schema.items as JsonSchema).type === 'object' ? 'records' : 'list';
  if (schema.type === 'integer') return 'integer';
  if (schema.type === 'number') return 'number';
  if (schema.format === 'date') return 'date';
  if (schema.format === 'uri') return 'url';
  if ((schema.anyOf as JsonSchema[] | undefined)?.some((branch) => branch.format === 'date')) return 'partial-date';
  if (schema.type === 'string') return 'text';
  throw new Error(`Okänd typ i JSON Schema: ${JSON.stringify(schema)}`);
}

function describeField(raw: JsonSchema, path: string, required: boolean): SchemaField {
  const { schema, nullable } = withoutNull(raw);
  const kind = kindOf(schema);
  const hasDefault = 'default' in schema;
  const field: SchemaField = { path, kind, required: required && !hasDefault, alwaysPresent: required || hasDefault, nullable };
  const description = raw.description ?? schema.description;
  if (typeof description === 'string') field.description = description;
  if (kind === 'ref') field.collection = schema[REF_COLLECTION] as CollectionName;
  if (kind === 'enum') field.values = schema.enum as string[];
  if (kind === 'text' && typeof schema.pattern === 'string' && schema.pattern !== '\\S') field.pattern = schema.pattern;
  if (kind === 'list') {
    field.item = describeField(schema.items as JsonSchema, `${path}[]`, true);
    field.collection = field.item.collection;
  }
  return field;
}

/**
 * Every field of an object schema and of the objects inside it, in schema order. A field
 * inside an optional group is not always present, even when the group requires it; a
 * field of a list's items is about each item.
 */
export function schemaFields(schema: JsonSchema, prefix = '', parentPresent = true): SchemaField[] {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties)
    .filter(([key]) => key !== '$schema')
    .flatMap(([key, property]) => {
      const field = describeField(property, `${prefix}${key}`, required.has(key));
      field.alwaysPresent &&= parentPresent;
      const inner = withoutNull(property).schema;
      if (field.kind === 'object') return [field, ...schemaFields(inner, `${field.path}.`, field.alwaysPresent)];
      if (field.kind === 'records') return [field, ...schemaFields(inner.items as JsonSchema, `${field.path}[].`)];
      return [field];
    });
}
