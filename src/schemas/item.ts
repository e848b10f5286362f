/** Uppdrag and nyckeltal: what a plan asks for and how it measures itself. */
import { z } from 'astro/zod';
import { illustrative, numberProblem, partialDate, PERCENT_RANGE, ref, text, title, url, year } from './common.ts';
import { nyckeltalStatus, uppdragStatus } from './vocabulary.ts';

const links = {
  decisions: z.array(ref('decisions')).default([]).meta({ description: 'Beslut som posten bygger på.' }),
  documents: z.array(ref('documents')).default([]).meta({ description: 'Dokument om posten.' }),
};

/**
 * The same item in an earlier year's plan, so its history reads as one line across years.
 * `src/lib/content/integrity.ts` checks that it is an earlier plan of the same body.
 */
const continues = <C extends 'uppdrag' | 'nyckeltal'>(collection: C) =>
  ref(collection)
    .optional()
    .meta({
      description: `Id för samma ${collection} i en tidigare plan från samma organ, när posten fortsätter därifrån.`,
    });

export const ORIGINS = ['regionplan', 'egen'] as const;

/** Frontmatter of an uppdrag; its description is the MDX text. */
export const uppdragSchema = z
  .strictObject({
    title: title.meta({ description: 'Uppdraget som det står i planen.' }),
    plan: ref('plans').meta({ description: 'Planen som ger uppdraget.' }),
    strategy: ref('strategies').meta({ description: 'Strategin (målområdet) som uppdraget hör till.' }),
    origin: z.enum(ORIGINS).meta({ description: 'Från regionplanen eller organets eget uppdrag.' }),
    continues: continues('uppdrag'),
    responsibleUnit: ref('units').meta({ description: 'Enheten som ansvarar för att uppdraget genomförs.' }),
    statuses: z
      .array(
        z.strictObject({
          period: ref('periods').meta({ description: 'Uppföljningstillfället som statusen gäller.' }),
          status: uppdragStatus.meta({ description: 'Hur långt uppdraget hade kommit vid uppföljningen.' }),
          text: text.meta({ description: 'Återrapporteringen som förklarar statusen.' }),
        }),
      )
      .meta({ description: 'Status per uppföljningstillfälle.' }),
    ...links,
    illustrative,
  })
  .meta({
    description:
      'Ett uppdrag som en plan ger: vad organet ska göra under planperioden, vem som ansvarar och hur långt det har kommit vid varje uppföljning. Äldre planer kallar motsvarande mål resultatmål.',
  });

/** The parts of a nyckeltal that `exampleFields` can name as examples. */
export const NYCKELTAL_EXAMPLE_FIELDS = [
  'title',
  'plan',
  'strategy',
  'description',
  'unit',
  'direction',
  'responsibleUnit',
  'targets',
  'results',
  'series',
] as const;

/** Whether a nyckeltal's unit is a percentage, whose values have a plausible range. */
export function isPercent(unit: string): boolean {
  return /^(%|procent)$/i.test(unit.trim());
}

export const TERMS = ['kortsiktig', 'langsiktig'] as const;
export const DIRECTIONS = ['higher', 'lower'] as const;

const number = z
  .number({
    error: (issue) =>
      typeof issue.input === 'string'
        ? `ska vara ett tal, inte text: skriv ${JSON.stringify(issue.input)} utan citattecken och med punkt som decimaltecken`
        : 'ska vara ett tal',
  })
  .superRefine((value, ctx) => {
    const problem = numberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  // −0 is zero: read as such, it can never be shown as "−0".
  .transform((value) => value + 0);

export const resultSchema = z
  .strictObject({
    period: ref('periods').meta({ description: 'Uppföljningstillfället som utfallet gäller.' }),
    value: number.nullable().meta({ description: 'Utfallet, eller null när det inte går att mäta.' }),
    status: nyckeltalStatus.meta({
      description: 'Hur utfallet står sig mot målvärdet; gar-ej-att-mata när det ännu inte går att mäta.',
    }),
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

export const nyckeltalSchema = z
  .strictObject({
    title: title.meta({ description: 'Nyckeltalets namn.' }),
    plan: ref('plans').meta({ description: 'Planen som nyckeltalet följer upp.' }),
    strategy: ref('strategies').meta({ description: 'Strategin (målområdet) som nyckeltalet hör till.' }),
    term: z.enum(TERMS).meta({ description: 'Kortsiktigt (årets plan) eller långsiktigt (regionplanen).' }),
    continues: continues('nyckeltal'),
    description: text.meta({ description: 'Vad nyckeltalet mäter och hur det räknas.' }),
    unit: text.meta({ description: 'Enhet för värdena, som %, kr/inv eller antal.' }),
    range: z
      .strictObject({
        min: number.meta({ description: 'Det minsta värde som nyckeltalet rimligen kan ha.' }),
        max: number.meta({ description: 'Det största värde som nyckeltalet rimligen kan ha.' }),
      })
      .refine((range) => range.min < range.max, { path: ['max'], message: 'ska vara större än min' })
      .optional()
      .meta({
        description:
          'Värdenas rimliga intervall i enheten. Ett värde utanför är ett fel, som 120 för en andel som inte kan gå över 100 % (min 0, max 100). Utan fältet gäller -100 till 1000 för procent och inga gränser för andra enheter.',
      }),
    direction: z.enum(DIRECTIONS).meta({ description: 'Om högre (higher) eller lägre (lower) värde är bättre.' }),
    responsibleUnit: ref('units').optional().meta({ description: 'Enheten som ansvarar för nyckeltalet.' }),
    targets: z
      .array(
        z.strictObject({
          year: year.meta({ description: 'Året som målvärdet gäller.' }),
          value: number.meta({ description: 'Målvärdet, i nyckeltalets enhet.' }),
          note: text.optional().meta({ description: 'Förklaring till målvärdet.' }),
        }),
      )
      .meta({ description: 'Målvärde per år.' }),
    results: z.array(resultSchema).meta({ description: 'Utfall och status per uppföljningstillfälle.' }),
    series: z
      .array(
        z.strictObject({
          area: z
            .string()
            .regex(/^\d{4}$/, 'ska vara Koladas fyrsiffriga id, som 2380 eller 0000')
            .meta({ description: 'Områdets id i Kolada, som 2380 för Östersunds kommun; 0000 är hela riket.' }),
          name: text.meta({ description: 'Områdets namn.' }),
          gender: z.enum(['K', 'M']).optional().meta({
            description:
              'Koladas uppdelning på kön: K för kvinnor, M för män. Utan fältet gäller serien alla (totalt).',
          }),
          county: z
            .string()
            .regex(/^\d{4}$/, 'ska vara länets id i Kolada, fyra siffror, som 0001')
            .optional()
            .meta({
              description:
                'För en kommun: regionen (länet) som kommunen ligger i, Koladas fält region. Jämförelsen inom länet använder det.',
            }),
          values: z
            .array(
              z.strictObject({
                year: year.meta({ description: 'Året som värdet gäller.' }),
                value: number.nullable().meta({ description: 'Värdet för året, eller null när källan saknar värde.' }),
              }),
            )
            .meta({ description: 'Värden per år.' }),
        }),
      )
      .default([])
      .meta({ description: 'Årsvärden från statistik, som Kolada, per område.' }),
    source: z
      .strictObject({
        name: text.meta({ description: 'Varifrån värdena kommer, som Kolada eller Tertialrapport per april 2024.' }),
        url: url.optional().meta({ description: 'Webbadress till källan.' }),
        kolada: z
          .string()
          .regex(/^[NU]\d{5}$/, 'ska vara ett Kolada-id som N70060')
          .optional()
          .meta({ description: 'Nyckeltalets id i Kolada, som N70060.' }),
        retrieved: partialDate.optional().meta({ description: 'När värdena hämtades, ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM.' }),
        originalTitle: text
          .optional()
          .meta({ description: 'Nyckeltalets namn i källan, som Koladas namn, när sidan använder ett enklare namn.' }),
        definition: text.optional().meta({ description: 'Källans definition av nyckeltalet, ordagrant.' }),
        gives: text.optional().meta({
          description:
            'Vad källan faktiskt anger, när den inte anger värdena själva, som "Antalet nyckeltal per status".',
        }),
      })
      .meta({ description: 'Källan till värdena.' }),
    ...links,
    illustrative,
    exampleFields: z.array(z.enum(NYCKELTAL_EXAMPLE_FIELDS)).optional().meta({
      description:
        'Fälten som är exempel, när bara en del av nyckeltalet är det: då räknas bara de fälten, och deras rader i tabellerna, som exempel. Utan fältet gäller illustrative hela nyckeltalet.',
    }),
  })
  .refine((nyckeltal) => !nyckeltal.exampleFields || nyckeltal.illustrative, {
    path: ['exampleFields'],
    message: 'kräver fältet illustrative, som säger vad som är exempel',
  })
  .superRefine((nyckeltal, ctx) => {
    // The range the nyckeltal declares for its unit, else the plausible one for a percentage.
    const range = nyckeltal.range ?? (isPercent(nyckeltal.unit) ? PERCENT_RANGE : undefined);
    // A range whose bounds stand the wrong way round is reported on its own, not once per value.
    if (!range || range.min >= range.max) return;
    const values: { path: (string | number)[]; value: number | null }[] = [
      ...nyckeltal.results.map((r, i) => ({ path: ['results', i, 'value'], value: r.value })),
      ...nyckeltal.targets.map((t, i) => ({ path: ['targets', i, 'value'], value: t.value })),
      ...nyckeltal.series.flatMap((s, i) =>
        s.values.map((v, j) => ({ path: ['series', i, 'values', j, 'value'], value: v.value })),
      ),
    ];
    for (const { path, value } of values) {
      if (value !== null && (value < range.min || value > range.max))
        ctx.addIssue({
          code: 'custom',
          path,
          message: nyckeltal.range
            ? `${value} ${nyckeltal.unit} ligger utanför nyckeltalets range (${range.min} till ${range.max}): kontrollera värdet, eller range`
            : `${value} % ligger utanför det rimliga för en andel i procent (${range.min} till ${range.max}): kontrollera värdet och enheten`,
        });
    }
  })
  .meta({
    description:
      'Ett nyckeltal som en plan mäter sig med: målvärde per år, utfall och status per uppföljning och, för långsiktiga nyckeltal, årsvärden från statistik som Kolada. Äldre planer kallar motsvarande mått mätetal.',
  });
