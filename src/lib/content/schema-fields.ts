/**
 * The fields of a collection, read from its generated JSON Schema: one flat list with
 * paths like `statuses[].status`. The CSV tables are laid out from it and the open-data
 * page documents every field from it, so both follow the schema without a second list.
 */
import type { CollectionName } from '../../schemas/index.ts';
import type { JsonSchema } from './json-schema.ts';
import {
  alternativesOf,
  enumOf,
  itemsOf,
  propertiesOf,
  refCollectionOf,
  requiredOf,
  withoutNull,
} from './schema-nodes.ts';

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

function kindOf(schema: JsonSchema): FieldKind {
  if (refCollectionOf(schema)) return 'ref';
  if (enumOf(schema)) return 'enum';
  if (schema.type === 'object') return 'object';
  if (schema.type === 'array') return itemsOf(schema).type === 'object' ? 'records' : 'list';
  if (schema.type === 'integer') return 'integer';
  if (schema.type === 'number') return 'number';
  if (schema.format === 'date') return 'date';
  if (schema.format === 'uri') return 'url';
  if (alternativesOf(schema)?.some((branch) => branch.format === 'date')) return 'partial-date';
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
  if (kind === 'ref') field.collection = refCollectionOf(schema);
  if (kind === 'enum') field.values = enumOf(schema);
  if (kind === 'text' && typeof schema.pattern === 'string' && schema.pattern !== '\\S') field.pattern = schema.pattern;
  if (kind === 'list') {
    field.item = describeField(itemsOf(schema), `${path}[]`, true);
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
  const required = requiredOf(schema);
  return propertiesOf(schema).flatMap(([key, property]) => {
      const field = describeField(property, `${prefix}${key}`, required.has(key));
      field.alwaysPresent &&= parentPresent;
      const inner = withoutNull(property).schema;
      if (field.kind === 'object') return [field, ...schemaFields(inner, `${field.path}.`, field.alwaysPresent)];
      if (field.kind === 'records') return [field, ...schemaFields(itemsOf(inner), `${field.path}[].`)];
      return [field];
    });
}
