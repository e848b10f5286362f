/** Documents with their full text as the MDX body: tjänsteskrivelser, reports, plans. */
import { z } from 'astro/zod';
import { dnr, illustrative, isoDate, ref, text } from './common.ts';

export const DOCUMENT_KINDS = ['tjansteskrivelse', 'rapport', 'plan', 'protokoll'] as const;

export const documentSchema = z.strictObject({
  title: text,
  kind: z.enum(DOCUMENT_KINDS),
  dnr,
  date: isoDate,
  organisation: ref('organisations'),
  unit: ref('units').meta({ description: 'Enheten som har skrivit dokumentet.' }),
  author: text.optional(),
  signedBy: z.array(text).default([]).meta({ description: 'Namn och titel på dem som undertecknat.' }),
  decisions: z.array(ref('decisions')).default([]).meta({ description: 'Beslut som dokumentet är underlag för eller hänvisar till.' }),
  plans: z.array(ref('plans')).default([]),
  reports: z.array(ref('reports')).default([]),
  sourceNote: text.optional().meta({ description: 'Om källtexten, som att originalet slutar mitt i en mening.' }),
  illustrative,
});
