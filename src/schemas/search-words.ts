/**
 * The search words staff keep in `content/sok/sokord.json`: the words readers use for what
 * the documents call something else (synonyms), and entries pinned to a query (best bets).
 * Imports only zod, like the collections' schemas, so `npm run check` and the tests use it
 * directly. The search index applies it when the site is built (`src/lib/search/search-words.ts`).
 */
import { z } from 'astro/zod';

/** A word or phrase as staff write it: letters (and spaces between words), at least two of them. */
const phrase = z
  .string()
  .trim()
  .min(2, 'ska vara minst två bokstäver')
  .regex(
    /^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*$/u,
    'får bara innehålla bokstäver och siffror, med ett mellanslag eller bindestreck mellan orden',
  );

export const synonymSchema = z
  .strictObject({
    words: z
      .array(phrase)
      .min(1, 'ska ha minst ett ord som läsarna söker på')
      .meta({ description: 'Orden som läsarna söker på, som ”vårdcentral” och ”hälsocentral”.' }),
    means: z.array(phrase).min(1, 'ska ha minst ett ord som dokumenten använder').meta({
      description:
        'Orden som dokumenten använder för samma sak, som ”primärvård”. En post som innehåller något av dem hittas också med orden i words.',
    }),
  })
  .meta({ description: 'Ord som läsarna använder för något som dokumenten kallar något annat.' });

export const bestBetSchema = z
  .strictObject({
    query: phrase.meta({ description: 'Sökningen, som ”budget”. Stora och små bokstäver räknas lika.' }),
    pages: z
      .array(
        z
          .string()
          .trim()
          .regex(/^\/[a-z0-9/-]+\/$/, 'ska vara en sidas adress på webbplatsen, som /planer/rs-plan-och-budget-2025/'),
      )
      .min(1, 'ska ha minst en sida')
      .meta({ description: 'Sidorna som ska stå först när någon söker precis så, i den ordningen.' }),
  })
  .meta({ description: 'Sidor som ska stå först för en viss sökning.' });

export const searchWordsSchema = z
  .strictObject({
    $schema: z.string().optional(),
    synonyms: z.array(synonymSchema).default([]),
    bestBets: z.array(bestBetSchema).default([]),
  })
  .meta({ description: 'Sökordslistan: synonymer och sidor som står först för en viss sökning.' });

export type Synonym = z.infer<typeof synonymSchema>;
export type BestBet = z.infer<typeof bestBetSchema>;
export type SearchWords = z.infer<typeof searchWordsSchema>;

/** Where the list lives, from the content folder. */
export const SEARCH_WORDS_FILE = 'sok/sokord.json';
