/**
 * The mapping file: which column of an export holds what, and what the export's words
 * mean in the content's terms. Every export names its columns differently (Stratsys
 * tenants configure their own, as `Initiativ_Status` or `Effektmal_Utfall`), so the
 * import reads them through this small file instead of guessing.
 */
import { z } from 'astro/zod';
import { readJson } from '#lib/core/json-text.ts';
import { controlCharacterFields, controlCharacterMessage } from '#lib/core/control-characters.ts';
import { ID_PATTERN, NYCKELTAL_STATUSES, nyckeltalStatus, type NyckeltalStatus } from '../../schemas/index.ts';
import { STATUS_LABELS } from '#lib/core/labels.ts';
import { fieldPath } from '#lib/core/problems.ts';
import { swedishErrors } from '#lib/content/zod-messages.ts';

export const ITEM_COLLECTIONS = ['uppdrag', 'nyckeltal'] as const;
export type ItemCollection = (typeof ITEM_COLLECTIONS)[number];

const column = z.string().trim().min(1, 'får inte vara tom: skriv kolumnens namn som i exportens rubrikrad');
const itemCollection = z.enum(ITEM_COLLECTIONS);

export const mappingSchema = z
  .strictObject({
    $schema: z.string().optional(),
    description: z.string().optional().meta({ description: 'Vilken export filen gäller, för den som läser.' }),
    collection: itemCollection.optional().meta({ description: 'Om alla rader gäller uppdrag eller alla nyckeltal.' }),
    columns: z
      .strictObject({
        id: column.optional(),
        title: column.optional(),
        type: column.optional(),
        period: column.optional(),
        status: column,
        value: column.optional(),
        comment: column,
      })
      .refine((columns) => columns.id || columns.title, {
        message: 'ange id eller title: kolumnen som säger vilket uppdrag eller nyckeltal raden gäller',
      }),
    types: z.record(z.string(), itemCollection.nullable()).optional(),
    statuses: z.record(z.string(), nyckeltalStatus).default({}),
    periods: z
      .record(z.string(), z.string().regex(ID_PATTERN, 'ska vara ett periods-id som per-april-2024'))
      .default({}),
    skipUnfilled: z.boolean().optional().meta({
      description:
        'true: rader där status, utfall och kommentar alla är tomma hoppas över (som i en rapportmall där bara en del är ifylld), i stället för att vara fel.',
    }),
  })
  .superRefine((mapping, ctx) => {
    sameColumnTwice(mapping.columns, ctx);
    for (const table of ['statuses', 'types', 'periods'] as const) wordsTwice(mapping[table] ?? {}, table, ctx);
    for (const [word, status] of Object.entries(mapping.statuses)) {
      const meaning = builtInStatuses()[normalizeWord(word)];
      if (meaning && meaning !== status)
        ctx.addIssue({
          code: 'custom',
          path: ['statuses', word],
          message: `"${word}" betyder alltid ${meaning} och kan inte göras om till ${status}: ta bort raden, eller rätta den`,
        });
    }
    if (mapping.columns.type && !mapping.types) {
      ctx.addIssue({
        code: 'custom',
        path: ['types'],
        message:
          'saknas: när columns.type är satt ska types säga vad varje ord i kolumnen betyder, som {"Indikator": "nyckeltal", "Mål": null}',
      });
    }
  });

export type Mapping = z.output<typeof mappingSchema>;

type Context = z.core.$RefinementCtx<unknown>;

/** One column of the export feeds one field: the same column twice would put comments in statuses. */
function sameColumnTwice(columns: Record<string, string | undefined>, ctx: Context): void {
  const first = new Map<string, string>();
  for (const [field, name] of Object.entries(columns)) {
    if (!name) continue;
    const earlier = first.get(normalizeWord(name));
    if (earlier)
      ctx.addIssue({
        code: 'custom',
        path: ['columns', field],
        message: `är samma kolumn "${name}" som columns.${earlier}: en kolumn i exporten kan bara ge ett fält, så ange rätt kolumn för det ena`,
      });
    else first.set(normalizeWord(name), field);
  }
}

/** Words are compared without case, so two spellings of one word must not mean different things. */
function wordsTwice(table: Record<string, unknown>, name: string, ctx: Context): void {
  const first = new Map<string, string>();
  for (const [word, meaning] of Object.entries(table)) {
    const earlier = first.get(normalizeWord(word));
    if (earlier === undefined) first.set(normalizeWord(word), word);
    else if (table[earlier] !== meaning)
      ctx.addIssue({
        code: 'custom',
        path: [name, word],
        message: `"${word}" och "${earlier}" är samma ord (stora och små bokstäver räknas lika) men betyder olika: behåll det ena`,
      });
  }
}

/** The words every mapping understands: the content's status keys and the site's labels, by normalized word. */
function builtInStatuses(): Record<string, NyckeltalStatus> {
  const builtIn: Record<string, NyckeltalStatus> = {};
  for (const key of NYCKELTAL_STATUSES) {
    builtIn[normalizeWord(key)] = key;
    builtIn[normalizeWord(STATUS_LABELS[key])] = key;
  }
  return builtIn;
}

/** Parses a mapping file's text; problems name the field in the mapping file. */
export function parseMapping(text: string): { mapping?: Mapping; problems: { field: string; message: string }[] } {
  const { data, error } = readJson(text);
  if (error !== undefined) return { problems: [{ field: '', message: error }] };
  // A word with an invisible character could never match the export's word, which is refused for one.
  const control = controlCharacterFields(data);
  if (control.length)
    return { problems: control.map(({ field, code }) => ({ field, message: controlCharacterMessage(code) })) };
  const result = mappingSchema.safeParse(data, { error: swedishErrors });
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => ({
        field: fieldPath(issue.path),
        message: issue.message,
      })),
    };
  }
  return { mapping: result.data, problems: [] };
}

/** Words compare without case, surrounding spaces or doubled spaces: "Helt  uppfyllt " = "helt uppfyllt". */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

function lookup<T>(table: Record<string, T>, word: string): T | undefined {
  const wanted = normalizeWord(word);
  return Object.entries(table).find(([key]) => normalizeWord(key) === wanted)?.[1];
}

/**
 * The status key for an export's word. Besides the mapping's own words, the content keys
 * (`delvis-uppfyllt`) and the site's labels ("Delvis uppfyllt") are always understood.
 */
export function statusFor(mapping: Mapping, word: string): NyckeltalStatus | undefined {
  return lookup(mapping.statuses, word) ?? builtInStatuses()[normalizeWord(word)];
}

/** The period id for an export's period word: the mapping's `periods`, or the word itself when it is an id. */
export function periodFor(mapping: Mapping, word: string): string | undefined {
  const mapped = lookup(mapping.periods, word);
  if (mapped) return mapped;
  const trimmed = word.trim();
  return ID_PATTERN.test(trimmed) ? trimmed : undefined;
}

/** For a `type` column: the collection a word names, `null` for rows to skip, `undefined` for unknown words. */
export function collectionFor(mapping: Mapping, word: string): ItemCollection | null | undefined {
  return mapping.types ? lookup(mapping.types, word) : undefined;
}
