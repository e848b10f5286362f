/** Aktiviteter: how many of a plan's activities stood in each status at each period. */
import { z } from 'astro/zod';
import { illustrative, ref } from './common.ts';
import { ACTIVITY_STATUSES, type ActivityStatus } from './vocabulary.ts';

const count = z.number().int().nonnegative();
const countsByStatus = z.strictObject(
  Object.fromEntries(ACTIVITY_STATUSES.map((status) => [status, count])) as Record<ActivityStatus, typeof count>,
);

export const activitiesSchema = z.strictObject({
  plan: ref('plans'),
  units: z.array(ref('units')).meta({ description: 'Enheterna vars aktiviteter räknas.' }),
  counts: z
    .array(z.strictObject({ period: ref('periods'), report: ref('reports'), counts: countsByStatus }))
    .meta({ description: 'Antal aktiviteter per status och uppföljningstillfälle, med rapporten som källa.' }),
  illustrative,
});
