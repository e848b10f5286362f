/** The JSON Schema of each collection's exported records (src/lib/open-data/export-schema.ts). */
import type { APIRoute, GetStaticPaths, InferGetStaticParamsType } from 'astro';
import { COLLECTIONS } from '../../../schemas/index.ts';
import { schemaFileText } from '#lib/content/json-schema.ts';
import { exportRecordSchema } from '#lib/open-data/export-schema.ts';

export const getStaticPaths = (() =>
  COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<Record<string, never>, InferGetStaticParamsType<typeof getStaticPaths>> = ({ params }) =>
  new Response(schemaFileText(exportRecordSchema(params.collection)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
