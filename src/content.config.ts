/**
 * Astro's content collections over `content/`, one folder per collection. The schemas and
 * folders come from `src/schemas/`; an entry's id is its file name, wherever in the folder
 * it lies, so staff may group files in subfolders (duplicates are caught by the check).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR } from './config/env.ts';
import { type CollectionName, collections as specs } from './schemas/index.ts';
import { INFO_PAGES_DIR, infoPageSchema } from './schemas/page.ts';

function collection<C extends CollectionName>(name: C) {
  const { format, schema } = specs[name];
  return defineCollection({
    loader: glob({
      pattern: `**/*.${format}`,
      base: `${CONTENT_DIR}/${name}`,
      generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1, -(format.length + 1)),
    }),
    schema: schema as (typeof specs)[C]['schema'],
  });
}

export const collections = {
  organisations: collection('organisations'),
  bodies: collection('bodies'),
  units: collection('units'),
  plans: collection('plans'),
  strategies: collection('strategies'),
  periods: collection('periods'),
  uppdrag: collection('uppdrag'),
  nyckeltal: collection('nyckeltal'),
  activities: collection('activities'),
  reports: collection('reports'),
  decisions: collection('decisions'),
  documents: collection('documents'),
  // Information pages in other languages: rendered as pages, not part of the content model.
  sidor: defineCollection({
    loader: glob({
      pattern: '**/*.mdx',
      base: `${CONTENT_DIR}/${INFO_PAGES_DIR}`,
      generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1, -'.mdx'.length),
    }),
    schema: infoPageSchema,
  }),
};
