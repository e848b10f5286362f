/** Uppdrag and nyckeltal: what a plan asks for and how it measures itself. */
import { z } from 'astro/zod';
import { illustrative, partialDate, ref, text, url, year } from './common.ts';
import { nyckeltalStatus, uppdragStatus } from './vocabulary.ts';

const links = {
  decisions: z.array(ref('decisions')).default([]).meta({ description: 'Beslut som posten bygger på.' }),
  documents: z.array(ref('documents')).default([]).meta({ description: 'Dokument om posten.' }),
};

/**
 * The same item in an earlier year's plan, so its history reads as one line across years.
 * `src/lib/integrity.ts` checks that it is an earlier plan of the same body.
 */
const continues = <C extends 'uppdrag' | 'nyckeltal'>(collection: C) =>
  ref(collection)
    .optional()
    .meta({ description: `Id för samma ${collection} i en tidigare plan från samma organ, när posten fortsätter därifrån.` });

export const ORIGINS = ['regionplan', 'egen'] as const;

/** Frontmatter of an uppdrag; its description is the MDX body. */
export const uppdragSchema = z.strictObject({
  title: text,
  plan: ref('plans'),
  strategy: ref('strategies'),
  origin: z.enum(ORIGINS).meta({ description: 'Från regionplanen eller organets eget uppdrag.' }),
  continues: continues('uppdrag'),
  responsibleUnit: ref('units'),
  statuses: z
    .array(
      z.strictObject({
        period: ref('periods'),
        status: uppdragStatus,
        text: text.meta({ description: 'Återrapporteringen som förklarar statusen.' }),
      }),
    )
    .meta({ description: 'Status per uppföljningstillfälle.' }),
  ...links,
  illustrative,
});

export const TERMS = ['kortsiktig', 'langsiktig'] as const;
export const DIRECTIONS = ['higher', 'lower'] as const;

const number = z.number({
  error: (issue) =>
    typeof issue.input === 'string'
      ? `ska vara ett tal, inte text: skriv ${JSON.stringify(issue.input)} utan citattecken och med punkt som decimaltecken`
      : 'ska vara ett tal',
});

export const resultSchema = z
  .strictObject({
    period: ref('periods'),
    value: number.nullable().meta({ description: 'Utfallet, eller null när det inte går att mäta.' }),
    status: nyckeltalStatus,
    comment: text.meta({ description: 'Analys eller kommentar till utfallet.' }),
  })
  .superRefine((result, ctx) => {
    if (result.status === 'gar-ej-att-mata' && result.value !== null) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'ska vara null när status är gar-ej-att-mata' });
    }
    if (result.status !== 'gar-ej-att-mata' && result.value === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'saknas: ange utfallet, eller sätt status till gar-ej-att-mata',
      });
    }
  });

export const nyckeltalSchema = z.strictObject({
  title: text,
  plan: ref('plans'),
  strategy: ref('strategies'),
  term: z.enum(TERMS).meta({ description: 'Kortsiktigt (årets plan) eller långsiktigt (regionplanen).' }),
  description: text,
  unit: text.meta({ description: 'Enhet för värdena, som %, kr/inv eller antal.' }),
  direction: z.enum(DIRECTIONS).meta({ description: 'Om högre (higher) eller lägre (lower) värde är bättre.' }),
  responsibleUnit: ref('units').optional(),
  continues: continues('nyckeltal'),
  targets: z
    .array(z.strictObject({ year, value: number, note: text.optional() }))
    .meta({ description: 'Målvärde per år.' }),
  results: z.array(resultSchema).meta({ description: 'Utfall och status per uppföljningstillfälle.' }),
  series: z
    .array(
      z.strictObject({
        area: z.string().regex(/^\d{4}$/, 'ska vara Koladas fyrsiffriga id, som 0023 eller 0000'),
        name: text,
        values: z.array(z.strictObject({ year, value: number.nullable() })),
      }),
    )
    .default([])
    .meta({ description: 'Årsvärden från statistik, som Kolada, per område.' }),
  source: z.strictObject({
    name: text.meta({ description: 'Varifrån värdena kommer, som Kolada eller Tertialrapport per april 2024.' }),
    url: url.optional(),
    kolada: z
      .string()
      .regex(/^[NU]\d{5}$/, 'ska vara ett Kolada-id som N70060')
      .optional(),
    retrieved: partialDate.optional().meta({ description: 'När värdena hämtades, ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM.' }),
  }),
  ...links,
  illustrative,
});
