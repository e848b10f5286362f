/**
 * The JSON Schema of the records in the open data (`/data/<collection>.json` and the bundles):
 * the content's schema, which describes what staff write with references as ids, plus the
 * fields the export adds (id first, the exported text, example and url), so that a reader can
 * validate the downloads as they are and read what `example` means.
 */
import { type CollectionName, textNameOf } from '../../schemas/index.ts';
import { ID_PATTERN } from '../../schemas/common.ts';
import { contentJsonSchema, type JsonSchema, schemaPath } from '#lib/content/json-schema.ts';
import { isRecord } from '#lib/core/guards.ts';
import { EXPORTED_TEXTS } from './exports.ts';
import { COLLECTION_LABELS } from '#lib/core/labels.ts';
import { DATA_TEXT as T } from './open-data-text.ts';

/** Where the site publishes the schema of a collection's exported records. */
export const exportSchemaPath = (collection: CollectionName) => `/schema/data/${collection}.json`;

/** The JSON Schema of one exported record of the collection. */
export function exportRecordSchema(collection: CollectionName): JsonSchema {
  const content = contentJsonSchema(collection);
  const { $schema, title, description: _description, type: _type, properties, required, ...rest } = content;
  // The editor's "$schema" key is not part of the data and never exported.
  const { $schema: _editorKey, ...fields } = isRecord(properties) ? properties : {};
  const textField = EXPORTED_TEXTS[collection];
  const textWhat = textNameOf(collection) ?? T.docs.text;
  return {
    $schema,
    title: T.exportSchemaTitle(String(title)),
    description: T.exportSchemaDescription(collection, COLLECTION_LABELS[collection].many, schemaPath(collection)),
    type: 'object',
    properties: {
      id: { type: 'string', pattern: ID_PATTERN.source, description: T.addedColumns.id },
      ...fields,
      ...(textField ? { [textField]: { type: ['string', 'null'], description: T.addedColumns.text(textWhat) } } : {}),
      example: { type: 'boolean', description: T.exampleField },
      url: { type: 'string', format: 'uri', description: T.addedColumns.url },
    },
    required: [
      'id',
      ...(Array.isArray(required) ? required.filter((name) => typeof name === 'string') : []),
      ...(textField ? [textField] : []),
      'example',
      'url',
    ],
    ...rest,
  };
}
