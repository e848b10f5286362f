/** Decisions, identified by body + meeting date + paragraph, as `RS 2023-11-08 § 194`. */
import { z } from 'astro/zod';
import { dnr, illustrative, isoDate, partialDate, primarySources, ref, text, title } from './common.ts';

/** The parts of a decision that `exampleFields` can name as examples. */
export const DECISION_EXAMPLE_FIELDS = ['body', 'date', 'paragraph', 'dnr', 'title', 'summary', 'wording'] as const;

export const decisionSchema = z
  .strictObject({
    body: ref('bodies').meta({ description: 'Organet som fattade beslutet, som regionstyrelsen.' }),
    date: partialDate.meta({ description: 'Sammanträdets datum; ÅÅÅÅ-MM när källan bara anger månaden.' }),
    endDate: isoDate.optional().meta({ description: 'Sista dagen när sammanträdet pågick flera dagar.' }),
    paragraph: z.number().int().positive().meta({ description: 'Paragrafen i protokollet (§).' }),
    dnr: dnr.nullable().meta({ description: 'Ärendets diarienummer, eller null när källan inte anger det.' }),
    title: title.meta({ description: 'Ärendets rubrik som i protokollet.' }),
    summary: text.meta({ description: 'Vad som beslutades, i klarspråk.' }),
    wording: text.optional().meta({
      description: 'Beslutets ordalydelse så som källan återger den, ordagrant. Utelämna när källan inte ger den.',
    }),
    wordingSource: text
      .optional()
      .meta({ description: 'Var ordalydelsen kommer från, som ”Tjänsteskrivelse 4 oktober 2021, RS/101/2015”.' }),
    ...primarySources,
    illustrative,
    exampleFields: z.array(z.enum(DECISION_EXAMPLE_FIELDS)).optional().meta({
      description:
        'Fälten som är exempel, när beslutet bara delvis är rekonstruerat (som en rubrik skriven efter ett annat dokument): då märks bara de fälten som exempel. Utan fältet gäller illustrative hela beslutet.',
    }),
  })
  .refine((decision) => !decision.exampleFields || decision.illustrative, {
    path: ['exampleFields'],
    message: 'kräver fältet illustrative, som säger vad som är exempel',
  })
  .meta({
    description:
      'Ett beslut i fullmäktige, styrelse eller nämnd. Ett beslut känns igen på organ, sammanträdesdatum och paragraf, som RS 2023-11-08 § 194; ärendet som det hör till på sitt diarienummer.',
  });
