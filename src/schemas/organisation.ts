/** The organisation (region or kommun), its political bodies and the units of its administration. */
import { z } from 'astro/zod';
import { illustrative, ref, text, url } from './common.ts';

export const organisationSchema = z
  .strictObject({
    name: text.meta({ description: 'Organisationens namn.' }),
    koladaId: z
      .string()
      .regex(/^\d{4}$/, 'ska vara Koladas fyrsiffriga id, som 2380')
      .optional()
      .meta({ description: 'Id i Kolada, som 2380 för Östersunds kommun.' }),
    website: url.meta({ description: 'Organisationens webbplats.' }),
    illustrative,
  })
  .meta({ description: 'En organisation som ger ut planerna: en region eller en kommun.' });

export const BODY_KINDS = ['fullmaktige', 'styrelse', 'namnd'] as const;

export const bodySchema = z
  .strictObject({
    name: text.meta({ description: 'Organets namn, som Regionstyrelsen.' }),
    shortName: text.meta({ description: 'Förkortning som används i diarienummer och beslut, som RS.' }),
    kind: z.enum(BODY_KINDS).meta({ description: 'Fullmäktige, styrelse eller nämnd.' }),
    organisation: ref('organisations').meta({ description: 'Organisationen som organet hör till.' }),
    description: text.meta({ description: 'Vad organet ansvarar för, i klarspråk.' }),
    illustrative,
  })
  .meta({ description: 'Ett politiskt organ som fattar beslut: fullmäktige, styrelse eller nämnd.' });

export const unitSchema = z
  .strictObject({
    name: text.meta({ description: 'Enhetens namn, som HR-avdelningen.' }),
    organisation: ref('organisations').meta({ description: 'Organisationen som enheten hör till.' }),
    parent: ref('units').optional().meta({ description: 'Enheten som den här enheten ingår i.' }),
    illustrative,
  })
  .meta({ description: 'En enhet i förvaltningen, som ansvarar för uppdrag, nyckeltal eller dokument.' });
