/** The region, its political bodies and the units of its administration. */
import { z } from 'astro/zod';
import { illustrative, ref, text, url } from './common.ts';

export const organisationSchema = z.strictObject({
  name: text.meta({ description: 'Organisationens namn.' }),
  koladaId: z
    .string()
    .regex(/^\d{4}$/, 'ska vara Koladas fyrsiffriga id, som 0023')
    .optional()
    .meta({ description: 'Id i Kolada (0023 = Region Jämtland Härjedalen).' }),
  website: url.meta({ description: 'Organisationens webbplats.' }),
  illustrative,
});

export const BODY_KINDS = ['fullmaktige', 'styrelse', 'namnd'] as const;

export const bodySchema = z.strictObject({
  name: text.meta({ description: 'Organets namn, som Regionstyrelsen.' }),
  shortName: text.meta({ description: 'Förkortning som används i diarienummer och beslut, som RS.' }),
  kind: z.enum(BODY_KINDS).meta({ description: 'Fullmäktige, styrelse eller nämnd.' }),
  organisation: ref('organisations'),
  description: text.meta({ description: 'Vad organet ansvarar för, i klarspråk.' }),
  illustrative,
});

export const unitSchema = z.strictObject({
  name: text.meta({ description: 'Enhetens namn, som HR-avdelningen.' }),
  organisation: ref('organisations'),
  parent: ref('units').optional().meta({ description: 'Enheten som den här enheten ingår i.' }),
  illustrative,
});
