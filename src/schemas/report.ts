/** Follow-up reports: tertialrapport, delårsrapport, årsredovisning and special follow-ups. */
import { z } from 'astro/zod';
import { dnr, illustrative, isoDate, ref, text, title } from './common.ts';

export const REPORT_KINDS = ['tertialrapport', 'delarsrapport', 'arsredovisning', 'uppfoljning'] as const;

export const reportSchema = z
  .strictObject({
    title: title.meta({ description: 'Rapportens namn.' }),
    kind: z
      .enum(REPORT_KINDS)
      .meta({ description: 'Tertialrapport, delårsrapport, årsredovisning eller annan uppföljning.' }),
    plan: ref('plans').meta({ description: 'Planen som rapporten följer upp.' }),
    period: ref('periods').meta({ description: 'Perioden som rapporten redovisar läget per.' }),
    date: isoDate.nullable().meta({ description: 'Rapportens datum, eller null när källorna inte anger det.' }),
    dnr: dnr.meta({ description: 'Diarienumret för ärendet som rapporten hör till.' }),
    summary: text.meta({ description: 'Vad rapporten visar, i klarspråk.' }),
    decisions: z
      .array(ref('decisions'))
      .default([])
      .meta({ description: 'Beslut om rapporten eller som rapporten hänvisar till.' }),
    documents: z.array(ref('documents')).default([]).meta({ description: 'Dokument som hör till rapporten.' }),
    illustrative,
  })
  .meta({
    description:
      'En uppföljning av en plan: tertialrapport (per april), delårsrapport (per augusti), årsredovisning (helår) eller en särskild uppföljning.',
  });
