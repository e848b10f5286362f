/** Plans, the strategies (goal areas) they are organised by, and their reporting periods. */
import { z } from 'astro/zod';
import { dnr, illustrative, isoDate, ref, text, year } from './common.ts';

export const PLAN_KINDS = ['regionplan', 'plan-och-budget', 'verksamhetsplan'] as const;
/** The 2020 model spoke of resultatmål and mätetal, the 2024 model of uppdrag and nyckeltal. */
export const VOCABULARIES = ['uppdrag-nyckeltal', 'resultatmal-matetal'] as const;
export const DECISION_ROLES = ['faststalld', 'reviderad'] as const;

const count = z.number().int().nonnegative();

export const planSchema = z
  .strictObject({
    title: text.meta({ description: 'Planens namn som i beslutet.' }),
    body: ref('bodies').meta({ description: 'Organet som antar planen.' }),
    kind: z.enum(PLAN_KINDS),
    startYear: year,
    endYear: year,
    vocabulary: z.enum(VOCABULARIES).meta({ description: 'Vilka ord planen använder för sina mål och mått.' }),
    dnr: dnr.optional(),
    parent: ref('plans').optional().meta({ description: 'Regionplanen som planen bygger på.' }),
    summary: text.meta({ description: 'Kort beskrivning av planen.' }),
    decisions: z
      .array(z.strictObject({ decision: ref('decisions'), role: z.enum(DECISION_ROLES) }))
      .meta({ description: 'Besluten som fastställde och reviderade planen.' }),
    periods: z.array(ref('periods')).meta({ description: 'Uppföljningstillfällen i planens uppföljningsplan.' }),
    stated: z
      .strictObject({
        source: ref('documents'),
        uppdrag: count.optional(),
        uppdragFromRegionplan: count.optional(),
        uppdragOwn: count.optional(),
        nyckeltal: count.optional(),
        activities: count.optional(),
      })
      .optional()
      .meta({ description: 'Antal som planens beslutsunderlag anger, med källa.' }),
    illustrative,
  })
  .refine((plan) => plan.endYear >= plan.startYear, {
    path: ['endYear'],
    message: 'kan inte vara före startYear',
  });

export const strategySchema = z.strictObject({
  title: text,
  plan: ref('plans').meta({ description: 'Regionplanen som strategin hör till.' }),
  order: z.number().int().positive().meta({ description: 'Ordning i planen, 1 först.' }),
  description: text,
  illustrative,
});

export const PERIOD_KINDS = ['april', 'augusti', 'helar'] as const;

export const periodSchema = z.strictObject({
  year,
  kind: z.enum(PERIOD_KINDS).meta({ description: 'Per april (tertial), per augusti (delår) eller helår.' }),
  endDate: isoDate.meta({ description: 'Sista dagen som perioden omfattar.' }),
});
