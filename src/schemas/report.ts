/** Follow-up reports: tertialrapport, delårsrapport, årsredovisning and special follow-ups. */
import { z } from 'astro/zod';
import { dnr, illustrative, isoDate, ref, text } from './common.ts';

export const REPORT_KINDS = ['tertialrapport', 'delarsrapport', 'arsredovisning', 'uppfoljning'] as const;

export const reportSchema = z.strictObject({
  title: text,
  kind: z.enum(REPORT_KINDS),
  plan: ref('plans'),
  period: ref('periods').meta({ description: 'Perioden som rapporten redovisar läget per.' }),
  date: isoDate.nullable().meta({ description: 'Rapportens datum, eller null när källorna inte anger det.' }),
  dnr,
  summary: text,
  decisions: z.array(ref('decisions')).default([]),
  documents: z.array(ref('documents')).default([]),
  illustrative,
});
