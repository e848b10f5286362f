/** The JSON Schema of each collection's exported records (src/lib/open-data/export-schema.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS, type CollectionName } from '../../../schemas/index.ts';
import { schemaFileText } from '#lib/content/json-schema.ts';
import { exportRecordSchema } from '#lib/open-data/export-schema.ts';

export const getStaticPaths = (() =>
  COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(schemaFileText(exportRecordSchema(params.collection as CollectionName)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
