/**
 * Status vocabularies: the keys stored in content. The words users read live in
 * `src/lib/core/labels.ts`, so the vocabulary is defined once here and worded once there.
 */
import { z } from 'astro/zod';

export const UPPDRAG_STATUSES = ['helt-uppfyllt', 'delvis-uppfyllt', 'ej-uppfyllt'] as const;
export const NYCKELTAL_STATUSES = [...UPPDRAG_STATUSES, 'gar-ej-att-mata'] as const;
export const ACTIVITY_STATUSES = ['planerad', 'pagaende', 'forsenad', 'genomford'] as const;

export type UppdragStatus = (typeof UPPDRAG_STATUSES)[number];
export type NyckeltalStatus = (typeof NYCKELTAL_STATUSES)[number];
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

const statusEnum = <T extends readonly [string, ...string[]]>(values: T, kind: string) =>
  z.enum(values, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} är ingen status för ${kind}. Tillåtna värden: ${values.join(', ')}`,
  });

export const uppdragStatus = statusEnum(UPPDRAG_STATUSES, 'uppdrag');
export const nyckeltalStatus = statusEnum(NYCKELTAL_STATUSES, 'nyckeltal');
export const activityStatus = statusEnum(ACTIVITY_STATUSES, 'aktiviteter');
