/** Documents with their full text as the MDX text: tjänsteskrivelser, reports, plans. */
import { z } from 'astro/zod';
import { dnr, illustrative, isoDate, primarySources, ref, text, title } from './common.ts';

/** `2023-11`: a month, as a source that gives a result to the end of a month. */
const partialMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'skriv ÅÅÅÅ-MM');

export const DOCUMENT_KINDS = ['tjansteskrivelse', 'rapport', 'plan', 'protokoll'] as const;

export const documentSchema = z
  .strictObject({
    title: title.meta({ description: 'Dokumentets rubrik.' }),
    kind: z
      .enum(DOCUMENT_KINDS)
      .meta({ description: 'Slags dokument: tjänsteskrivelse, rapport, plan eller protokoll.' }),
    dnr: dnr.meta({ description: 'Diarienumret för ärendet som dokumentet hör till.' }),
    date: isoDate.meta({ description: 'Dokumentets datum.' }),
    organisation: ref('organisations').meta({ description: 'Organisationen som har gett ut dokumentet.' }),
    unit: ref('units').meta({ description: 'Enheten som har skrivit dokumentet.' }),
    author: text.optional().meta({ description: 'Handläggaren som har skrivit dokumentet.' }),
    signedBy: z.array(text).default([]).meta({ description: 'Namn och titel på dem som undertecknat.' }),
    decisions: z
      .array(ref('decisions'))
      .default([])
      .meta({ description: 'Beslut som dokumentet är underlag för eller hänvisar till.' }),
    plans: z.array(ref('plans')).default([]).meta({ description: 'Planer som dokumentet handlar om.' }),
    reports: z.array(ref('reports')).default([]).meta({ description: 'Rapporter som dokumentet handlar om.' }),
    sourceNote: text.optional().meta({ description: 'Om källtexten, som att originalet slutar mitt i en mening.' }),
    economy: z
      .strictObject({
        until: partialMonth.meta({ description: 'Månaden som resultatet gäller till och med, ÅÅÅÅ-MM.' }),
        result: z.number().meta({ description: 'Regionens ackumulerade resultat, miljoner kronor.' }),
        againstBudget: z
          .number()
          .meta({ description: 'Resultatet jämfört med budget, miljoner kronor (negativt = sämre).' }),
      })
      .optional()
      .meta({ description: 'Regionens ekonomiska resultat som dokumentet anger det, ordagrant i siffror.' }),
    ...primarySources,
    illustrative,
  })
  .meta({
    description:
      'Ett dokument i ett ärende, som en tjänsteskrivelse eller en rapport, med uppgifter om vem som skrev det och vilka beslut och planer det gäller. Dokumentets fullständiga text publiceras på dokumentets sida.',
  });
