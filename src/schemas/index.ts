/**
 * The content model in one place: each collection's folder under `content/`, its file
 * format and its schema. `src/content.config.ts` and `npm run check` both read this table.
 */
import type { z } from 'astro/zod';
import { activitiesSchema } from './activities.ts';
import type { CollectionName } from './common.ts';
import { decisionSchema } from './decision.ts';
import { documentSchema } from './document.ts';
import { nyckeltalSchema, uppdragSchema } from './item.ts';
import { bodySchema, organisationSchema, unitSchema } from './organisation.ts';
import { periodSchema, planSchema, strategySchema } from './plan.ts';
import { reportSchema } from './report.ts';

export interface CollectionSpec {
  /** `json` entries are data; `mdx` entries have frontmatter and a body of running text. */
  format: 'json' | 'mdx';
  schema: z.ZodType;
  /** What the MDX body holds, so an empty one can be reported in those words. */
  body?: string;
}

export const collections = {
  organisations: { format: 'json', schema: organisationSchema },
  bodies: { format: 'json', schema: bodySchema },
  units: { format: 'json', schema: unitSchema },
  plans: { format: 'json', schema: planSchema },
  strategies: { format: 'json', schema: strategySchema },
  periods: { format: 'json', schema: periodSchema },
  uppdrag: { format: 'mdx', schema: uppdragSchema, body: 'uppdragets beskrivning' },
  nyckeltal: { format: 'json', schema: nyckeltalSchema },
  activities: { format: 'json', schema: activitiesSchema },
  reports: { format: 'json', schema: reportSchema },
  decisions: { format: 'json', schema: decisionSchema },
  documents: { format: 'mdx', schema: documentSchema, body: 'dokumentets fullständiga text' },
} as const satisfies Record<CollectionName, CollectionSpec>;

export * from './common.ts';
export * from './vocabulary.ts';
