/**
 * The content model in one place: each collection's folder under `content/`, its file
 * format and its schema. `src/content.config.ts` and `npm run check` both read this table.
 */
import { z } from 'astro/zod';
import { activitiesSchema } from './activities.ts';
import type { CollectionName } from './common.ts';
import { decisionSchema } from './decision.ts';
import { documentSchema } from './document.ts';
import { nyckeltalSchema, uppdragSchema } from './item.ts';
import { bodySchema, organisationSchema, unitSchema } from './organisation.ts';
import { periodSchema, planSchema, strategySchema } from './plan.ts';
import { reportSchema } from './report.ts';

export interface CollectionSpec {
  /** `json` entries are data; `mdx` entries have frontmatter and a running text under it. */
  format: 'json' | 'mdx';
  schema: z.ZodType;
  /** What the MDX text is, so an empty one can be reported in those words. */
  textName?: string;
}

/**
 * JSON entries may name their JSON Schema in `$schema` (`public/schema/<collection>.json`)
 * so editors validate and complete while staff type; it is not part of the entry's data.
 */
function withEditorSchema<T extends z.ZodType>(schema: T) {
  return z.preprocess((data) => {
    if (typeof data === 'object' && data !== null && '$schema' in data && typeof data.$schema === 'string') {
      const { $schema: _, ...rest } = data;
      return rest;
    }
    return data;
  }, schema);
}

export const collections = {
  organisations: { format: 'json', schema: withEditorSchema(organisationSchema) },
  bodies: { format: 'json', schema: withEditorSchema(bodySchema) },
  units: { format: 'json', schema: withEditorSchema(unitSchema) },
  plans: { format: 'json', schema: withEditorSchema(planSchema) },
  strategies: { format: 'json', schema: withEditorSchema(strategySchema) },
  periods: { format: 'json', schema: withEditorSchema(periodSchema) },
  uppdrag: { format: 'mdx', schema: uppdragSchema, textName: 'uppdragets beskrivning' },
  nyckeltal: { format: 'json', schema: withEditorSchema(nyckeltalSchema) },
  activities: { format: 'json', schema: withEditorSchema(activitiesSchema) },
  reports: { format: 'json', schema: withEditorSchema(reportSchema) },
  decisions: { format: 'json', schema: withEditorSchema(decisionSchema) },
  documents: { format: 'mdx', schema: documentSchema, textName: 'dokumentets fullständiga text' },
} as const satisfies Record<CollectionName, CollectionSpec>;

/** What an MDX collection's text is (`uppdragets beskrivning`); undefined for JSON collections. */
export function textNameOf(collection: CollectionName): string | undefined {
  const spec: CollectionSpec = collections[collection];
  return spec.textName;
}

export * from './common.ts';
export * from './vocabulary.ts';
