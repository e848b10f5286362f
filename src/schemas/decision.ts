/** Decisions, identified by body + meeting date + paragraph, as `RS 2023-11-08 § 194`. */
import { z } from 'astro/zod';
import { dnr, illustrative, isoDate, partialDate, ref, text } from './common.ts';

export const decisionSchema = z
  .strictObject({
    body: ref('bodies').meta({ description: 'Organet som fattade beslutet, som regionstyrelsen.' }),
    date: partialDate.meta({ description: 'Sammanträdets datum; ÅÅÅÅ-MM när källan bara anger månaden.' }),
    endDate: isoDate.optional().meta({ description: 'Sista dagen när sammanträdet pågick flera dagar.' }),
    paragraph: z.number().int().positive().meta({ description: 'Paragrafen i protokollet (§).' }),
    dnr: dnr.nullable().meta({ description: 'Ärendets diarienummer, eller null när källan inte anger det.' }),
    title: text.meta({ description: 'Ärendets rubrik som i protokollet.' }),
    summary: text.meta({ description: 'Vad som beslutades, i klarspråk.' }),
    illustrative,
  })
  .meta({
    description:
      'Ett beslut i fullmäktige, styrelse eller nämnd. Ett beslut känns igen på organ, sammanträdesdatum och paragraf, som RS 2023-11-08 § 194; ärendet som det hör till på sitt diarienummer.',
  });
