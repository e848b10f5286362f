/** Plans, the strategies (goal areas) they are organised by, and their reporting periods. */
import { z } from 'astro/zod';
import { dnr, illustrative, isoDate, ref, text, title, year } from './common.ts';

export const PLAN_KINDS = ['regionplan', 'plan-och-budget', 'verksamhetsplan'] as const;
/** The 2020 model spoke of resultatmål and mätetal, the 2024 model of uppdrag and nyckeltal. */
export const VOCABULARIES = ['uppdrag-nyckeltal', 'resultatmal-matetal'] as const;
export const DECISION_ROLES = ['faststalld', 'reviderad'] as const;

const count = z.number().int().nonnegative();

/** The parts of a plan that `exampleFields` can name as examples. */
export const PLAN_EXAMPLE_FIELDS = ['summary', 'periods'] as const;

export const planSchema = z
  .strictObject({
    title: title.meta({ description: 'Planens namn som i beslutet.' }),
    body: ref('bodies').meta({ description: 'Organet som antar planen.' }),
    kind: z.enum(PLAN_KINDS).meta({ description: 'Regionplan, plan och budget eller verksamhetsplan.' }),
    startYear: year.meta({ description: 'Första året som planen gäller.' }),
    endYear: year.meta({ description: 'Sista året som planen gäller.' }),
    vocabulary: z.enum(VOCABULARIES).meta({ description: 'Vilka ord planen använder för sina mål och mått.' }),
    dnr: dnr.optional().meta({ description: 'Diarienumret för ärendet där planen antogs.' }),
    parent: ref('plans').optional().meta({ description: 'Regionplanen som planen bygger på.' }),
    summary: text.meta({ description: 'Kort beskrivning av planen.' }),
    decisions: z
      .array(
        z.strictObject({
          decision: ref('decisions').meta({ description: 'Beslutet.' }),
          role: z.enum(DECISION_ROLES).meta({ description: 'Om beslutet fastställde eller reviderade planen.' }),
        }),
      )
      .meta({ description: 'Besluten som fastställde och reviderade planen.' }),
    periods: z.array(ref('periods')).meta({ description: 'Uppföljningstillfällen i planens uppföljningsplan.' }),
    stated: z
      .strictObject({
        source: ref('documents').meta({ description: 'Dokumentet som anger antalen.' }),
        uppdrag: count.optional().meta({ description: 'Antal uppdrag i planen.' }),
        uppdragFromRegionplan: count.optional().meta({ description: 'Antal uppdrag som kommer från regionplanen.' }),
        uppdragOwn: count.optional().meta({ description: 'Antal uppdrag som är organets egna.' }),
        nyckeltal: count.optional().meta({ description: 'Antal nyckeltal i planen.' }),
        activities: count
          .optional()
          .meta({ description: 'Antal aktiviteter som verksamheten har brutit ner planen i.' }),
      })
      .optional()
      .meta({ description: 'Antal som planens beslutsunderlag anger, med källa.' }),
    illustrative,
    exampleFields: z.array(z.enum(PLAN_EXAMPLE_FIELDS)).optional().meta({
      description:
        'Fälten som är exempel, när bara en del av planen är det: då räknas bara de fälten, och deras rader i tabellerna, som exempel. Utan fältet gäller illustrative hela planen.',
    }),
  })
  .refine((plan) => !plan.exampleFields || plan.illustrative, {
    path: ['exampleFields'],
    message: 'kräver fältet illustrative, som säger vad som är exempel',
  })
  .refine((plan) => plan.endYear >= plan.startYear, {
    path: ['endYear'],
    message: 'kan inte vara före startYear',
  })
  .meta({
    description:
      'En plan som ett organ har antagit: regionplan och budget för tre år, eller styrelsens och nämndernas plan för ett år, med besluten bakom den och uppföljningstillfällena.',
  });

export const strategySchema = z
  .strictObject({
    title: title.meta({ description: 'Strategins namn.' }),
    plan: ref('plans').meta({ description: 'Regionplanen som strategin hör till.' }),
    order: z.number().int().positive().meta({ description: 'Ordning i planen, 1 först.' }),
    description: text.meta({ description: 'Vad strategin innebär.' }),
    illustrative,
  })
  .meta({ description: 'En strategi (ett målområde) i regionplanen, som uppdrag och nyckeltal ordnas efter.' });

export const PERIOD_KINDS = ['april', 'augusti', 'helar'] as const;

export const periodSchema = z
  .strictObject({
    year: year.meta({ description: 'Året som uppföljningen gäller.' }),
    kind: z.enum(PERIOD_KINDS).meta({ description: 'Per april (tertial), per augusti (delår) eller helår.' }),
    endDate: isoDate.meta({ description: 'Sista dagen som perioden omfattar.' }),
    illustrative,
  })
  .meta({ description: 'Ett uppföljningstillfälle: läget per april, per augusti eller för helåret.' });
