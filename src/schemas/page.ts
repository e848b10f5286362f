/**
 * Information pages in any language (`content/sidor/<id>.mdx`): what staff publish in South
 * Sami, Finnish, Meänkieli or another language, from a translator's text. Each page has its
 * own `lang`, is listed under "Språk" in the footer and is found by search. Not a collection
 * of the content model: pages are neither exported as open data nor referenced by entries.
 */
import { z } from 'astro/zod';
import { illustrative, isoDate, text } from './common.ts';
import { languageTag } from './configuration.ts';

/** The folder of the information pages, directly in the content folder. */
export const INFO_PAGES_DIR = 'sidor';

export const infoPageSchema = z
  .strictObject({
    title: text.meta({ description: 'Sidans rubrik, på sidans språk.' }),
    lang: languageTag.meta({
      description: 'Sidans språk, som i lang-attributet: sma för sydsamiska, fi för finska, fit för meänkieli.',
    }),
    description: text.meta({ description: 'En mening om vad sidan handlar om, på sidans språk.' }),
    translator: text
      .optional()
      .meta({ description: 'Vem som har översatt texten, som en byrå eller en namngiven översättare.' }),
    translated: isoDate.optional().meta({ description: 'När översättningen levererades, ÅÅÅÅ-MM-DD.' }),
    illustrative,
  })
  .meta({ description: 'En informationssida på ett annat språk än svenska, med översättarens text.' });

export type InfoPageData = z.output<typeof infoPageSchema>;
