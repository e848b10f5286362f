/**
 * Building blocks shared by every content schema. They import only zod, so the same
 * schemas serve Astro's content collections, `npm run check` and the unit tests.
 */
import { z } from 'astro/zod';

/** Collection names: a reference names one of these. */
export const COLLECTIONS = [
  'organisations',
  'bodies',
  'units',
  'plans',
  'strategies',
  'periods',
  'uppdrag',
  'nyckeltal',
  'activities',
  'reports',
  'decisions',
  'documents',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** A reference after parsing: the same shape as Astro's `reference()` gives. */
export interface Ref<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Metadata key naming the collection a reference points into. It stays on the field when
 * `.meta({ description })` is added, and reaches the JSON Schemas as an annotation.
 */
export const REF_COLLECTION = 'x-collection';

/**
 * A reference to an entry of another collection, written in content as the entry's id
 * (its file name without extension). Whether it resolves is checked across all content
 * in `src/lib/content/integrity.ts`, because a single entry cannot know the others.
 */
export const ref = <C extends CollectionName>(collection: C) =>
  z
    .string()
    .regex(ID_PATTERN, `ska vara ett id ur ${collection} (små bokstäver, siffror och bindestreck)`)
    .transform((id): Ref<C> => ({ collection, id }))
    .meta({ description: `Id för en post i samlingen ${collection}.`, [REF_COLLECTION]: collection });

/**
 * A letter, digit or sign a reader sees: not a space, a zero-width character, a control
 * character, nor a character that is drawn as nothing (the Hangul fillers, a variation
 * selector, the blank braille pattern) though it counts as a letter or a sign.
 */
const VISIBLE = /[^\s\p{Cf}\p{Z}\p{Cc}\p{Default_Ignorable_Code_Point}\u2800]/u;

export const text = z
  .string()
  .trim()
  .min(1, 'får inte vara tom')
  .refine(
    (value) => value === '' || VISIBLE.test(value),
    'har inga synliga tecken: skriv texten, eller ta bort fältet',
  );

/** A title: a text on one line, as it stands in headings, lists and the browser's tab. */
export const title = text.refine(
  (value) => !/[\r\n\u2028\u2029]/.test(value),
  'ska stå på en rad, utan radbrytningar: skriv rubriken på en rad',
);

/**
 * A number as a person or a system can mean it: at most 15 significant digits (more are
 * rounding noise from a spreadsheet, as 1.2345678901234568e+29) and smaller than a
 * thousand billion billion, so 1.7e308 or 400 nines is refused rather than shown.
 */
export function numberProblem(value: number): string | undefined {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15)
    return 'är för stort för att vara ett rimligt värde: kontrollera talet';
  if (Number(value.toPrecision(15)) !== value)
    return 'har fler än 15 värdesiffror: avrunda talet till det antal decimaler som källan anger';
  return undefined;
}

/** Percentages a result can plausibly have: a fall of at most everything, a rise of at most tenfold. */
export const PERCENT_RANGE = { min: -100, max: 1000 } as const;

/** The first and last year a date in the content can plausibly have: the plans' history, and a little ahead. */
export const DATE_YEARS = { min: 1990, max: new Date().getUTCFullYear() + 2 } as const;

function plausibleYear(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= DATE_YEARS.min && year <= DATE_YEARS.max;
}

const yearMessage = `ligger utanför ${DATE_YEARS.min}–${DATE_YEARS.max}: kontrollera årtalet`;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date written `YYYY-MM-DD` that exists (no 2024-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ska vara ett datum skrivet ÅÅÅÅ-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number);
    return isRealDate(y, m, d);
  }, 'är inget riktigt datum')
  .refine(plausibleYear, yearMessage);

/**
 * A date known to the day, or only to the month (`2024-02`) when the source says no more,
 * as for "fullmäktige i februari 2024, § 19". Never padded with an invented day.
 */
export const partialDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'ska vara ett datum skrivet ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM när dagen inte är känd')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number);
    return isRealDate(y, m, d ?? 1);
  }, 'är inget riktigt datum')
  .refine(plausibleYear, yearMessage);

export const year = z.number().int().min(1990).max(2100);

/** Diarienummer: body / running number / year, as in `RS/595/2023`. */
export const dnr = z.string().regex(/^[A-ZÅÄÖ]{1,6}\/\d{1,5}\/\d{4}$/, 'ska vara ett diarienummer som RS/595/2023');

/**
 * Marks an entry whose details are not in the source documents. The text says what is
 * illustrative and what is sourced, and is shown beside the "Exempel" label on the page.
 */
export const illustrative = text.optional().meta({
  description:
    'Finns när posten helt eller delvis är ett exempel: texten säger vad som är exempel. I öppna data har varje post och rad fältet example, true för exempel.',
});

/**
 * An address visitors are sent to from a page (a website, a source, a protocol, an original
 * file): https only, as the message says, and without a name or password before `@`, which
 * would make `https://kommunen.se@example.org/` look like the organisation's address.
 */
export const httpsUrl = z
  .url({ protocol: /^https$/, error: 'ska vara en webbadress som börjar med https://', abort: true })
  .regex(/^https:\/\/[^/?#@]+(?:[/?#]|$)/, {
    error: (issue) =>
      /^https:\/\/[^/?#]*@/i.test(String(issue.input))
        ? 'ska vara en webbadress utan namn eller lösenord före @: skriv bara https:// och adressen, som https://www.kommunen.se/'
        : 'ska vara en webbadress som börjar med https://',
  });

/**
 * Where a reader finds the original of a decision or a document: the protocol, the case in
 * the register (diariet) and the original file. Each is optional and validated as `httpsUrl`:
 * filled only when a source gives the address, never guessed. Shared by decisions and
 * documents, so both name and check them alike.
 */
export const primarySources = {
  protocolUrl: httpsUrl.optional().meta({
    description:
      'Adressen till protokollet från sammanträdet (https://). Utelämna när den inte är känd; hitta aldrig på en.',
  }),
  caseUrl: httpsUrl.optional().meta({
    description: 'Adressen till ärendet i diariet (https://). Utelämna när den inte är känd.',
  }),
  originalUrl: httpsUrl.optional().meta({
    description: 'Adressen till originalfilen, som PDF (https://). Utelämna när den inte är känd.',
  }),
};

/** Kept as its own name for the fields that say "webbadress": the same rule as `httpsUrl`. */
export const url = httpsUrl;

/**
 * A name for a thing in a shared vocabulary (a licence, a place in the EU's authority tables):
 * an identifier, not a link to send visitors to, so it stays exactly as the vocabulary writes
 * it, `http://` included (http://creativecommons.org/publicdomain/zero/1.0/ is CC0's name).
 */
export const iri = z.url({
  protocol: /^https?$/,
  error: 'ska vara en adress som börjar med http:// eller https://, som i vokabulären den kommer från',
});
