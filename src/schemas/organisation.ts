/** The organisation (region or kommun), its political bodies and the units of its administration. */
import { z } from 'astro/zod';
import { illustrative, ref, text, url } from './common.ts';

/** The parts of an organisation, a body and a unit that `exampleFields` can name as examples. */
export const ORGANISATION_EXAMPLE_FIELDS = ['name', 'koladaId', 'website'] as const;
export const BODY_EXAMPLE_FIELDS = ['name', 'shortName', 'kind', 'organisation', 'description'] as const;
export const UNIT_EXAMPLE_FIELDS = ['name', 'organisation', 'parent'] as const;

/**
 * `exampleFields` of an entry: the fields that are examples when only some are (as a website
 * address that the sources do not give). Requires `illustrative`, which says what is invented.
 */
function exampleFieldsOf<const F extends readonly [string, ...string[]]>(fields: F, what: string) {
  return z
    .array(z.enum(fields))
    .optional()
    .meta({
      description: `Fälten som är exempel, när bara delar av ${what} är påhittade (som en uppgift som inte finns i källorna): då märks bara de fälten som exempel. Utan fältet gäller illustrative hela posten.`,
    });
}

const EXAMPLE_FIELDS_NEED_ILLUSTRATIVE = {
  path: ['exampleFields'],
  message: 'kräver fältet illustrative, som säger vad som är exempel',
};
const needsIllustrative = (entry: { exampleFields?: unknown; illustrative?: string }) =>
  !entry.exampleFields || entry.illustrative !== undefined;

export const organisationSchema = z
  .strictObject({
    name: text.meta({ description: 'Organisationens namn.' }),
    koladaId: z
      .string()
      .regex(/^\d{4}$/, 'ska vara Koladas fyrsiffriga id, som 2380')
      .optional()
      .meta({ description: 'Id i Kolada, som 2380 för Östersunds kommun.' }),
    website: url.optional().meta({ description: 'Organisationens webbplats. Utelämna när källorna inte anger den.' }),
    illustrative,
    exampleFields: exampleFieldsOf(ORGANISATION_EXAMPLE_FIELDS, 'organisationen'),
  })
  .refine(needsIllustrative, EXAMPLE_FIELDS_NEED_ILLUSTRATIVE)
  .meta({ description: 'En organisation som ger ut planerna: en region eller en kommun.' });

export const BODY_KINDS = ['fullmaktige', 'styrelse', 'namnd'] as const;

export const bodySchema = z
  .strictObject({
    name: text.meta({ description: 'Organets namn, som Regionstyrelsen.' }),
    shortName: text.optional().meta({
      description:
        'Förkortning som används i diarienummer och beslut, som RS. Utelämna när källorna inte anger någon: beslut anges då med organets namn.',
    }),
    kind: z.enum(BODY_KINDS).meta({ description: 'Fullmäktige, styrelse eller nämnd.' }),
    organisation: ref('organisations').meta({ description: 'Organisationen som organet hör till.' }),
    description: text.meta({ description: 'Vad organet ansvarar för, i klarspråk.' }),
    illustrative,
    exampleFields: exampleFieldsOf(BODY_EXAMPLE_FIELDS, 'organet'),
  })
  .refine(needsIllustrative, EXAMPLE_FIELDS_NEED_ILLUSTRATIVE)
  .meta({ description: 'Ett politiskt organ som fattar beslut: fullmäktige, styrelse eller nämnd.' });

export const unitSchema = z
  .strictObject({
    name: text.meta({ description: 'Enhetens namn, som HR-avdelningen.' }),
    organisation: ref('organisations').meta({ description: 'Organisationen som enheten hör till.' }),
    parent: ref('units').optional().meta({ description: 'Enheten som den här enheten ingår i.' }),
    illustrative,
    exampleFields: exampleFieldsOf(UNIT_EXAMPLE_FIELDS, 'enheten'),
  })
  .refine(needsIllustrative, EXAMPLE_FIELDS_NEED_ILLUSTRATIVE)
  .meta({ description: 'En enhet i förvaltningen, som ansvarar för uppdrag, nyckeltal eller dokument.' });
