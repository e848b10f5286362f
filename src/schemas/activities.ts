/** Aktiviteter: how many of a plan's activities stood in each status at each period. */
import { z } from 'astro/zod';
import { illustrative, ref } from './common.ts';
import type { ActivityStatus } from './vocabulary.ts';

const count = z
  .number()
  .int()
  .nonnegative()
  .meta({ description: 'Antal aktiviteter med den status som fältet heter.' });
const countsByStatus = z
  .strictObject({
    planerad: count,
    pagaende: count,
    forsenad: count,
    genomford: count,
  } satisfies Record<ActivityStatus, typeof count>)
  .meta({ description: 'Antal aktiviteter per status.' });

export const activitiesSchema = z
  .strictObject({
    plan: ref('plans').meta({ description: 'Planen som aktiviteterna genomför.' }),
    units: z.array(ref('units')).meta({ description: 'Enheterna vars aktiviteter räknas.' }),
    counts: z
      .array(
        z.strictObject({
          period: ref('periods').meta({ description: 'Uppföljningstillfället som antalen gäller.' }),
          report: ref('reports').meta({ description: 'Rapporten som redovisar antalen: källan.' }),
          counts: countsByStatus,
        }),
      )
      .meta({ description: 'Antal aktiviteter per status och uppföljningstillfälle, med rapporten som källa.' }),
    illustrative,
  })
  .meta({
    description:
      'Hur många av en plans aktiviteter som var planerade, pågående enligt plan, försenade och genomförda vid varje uppföljning. Verksamheten bryter ner uppdrag och nyckeltal i aktiviteter; här redovisas bara antalen.',
  });
