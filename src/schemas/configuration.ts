/**
 * The organisation that runs the site, in one file: `content/insyn.json`. Everything that
 * names the organisation (its name and kind, its Kolada id and who it is compared with, the
 * site's address, contacts, the accessibility statement's facts, colours, licence and
 * languages) is read from here, so another region or kommun runs Insyn with its own content
 * folder and no change to the code. Checked by `npm run check` and by every build.
 */
import { z } from 'astro/zod';
import { AA_TEXT, contrastRatio, formatRatio, parseHex } from './contrast.ts';
import { iri, isoDate, ref, text, url } from './common.ts';

/** The configuration's file name, directly in the content folder. */
export const CONFIGURATION_FILE = 'insyn.json';

export const ORGANISATION_KINDS = ['region', 'kommun'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

const koladaArea = z.string().regex(/^\d{4}$/, 'ska vara ett område i Kolada: fyra siffror, som 2380 eller 0000');

const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[a-z]{2,}$/i;
/** Swedish style numbers: digits with spaces and at most one hyphen, optionally +46. */
const PHONE = /^(\+46 ?|0)[1-9][0-9 ]*(-[0-9 ]+)?$/;

const contact = z
  .strictObject({
    label: text.meta({ description: 'Vad kontakten gäller, som sidorna visar det.' }),
    email: z
      .string()
      .regex(EMAIL, 'är ingen e-postadress: skriv namn@doman.se')
      .optional()
      .meta({ description: 'En funktionsbrevlåda. Utan den visar sidorna att adressen inte är fastställd.' }),
    phone: z
      .string()
      .regex(PHONE, 'är inget telefonnummer: skriv det som besökaren ska slå det, som 063-14 75 00')
      .optional()
      .meta({ description: 'Telefonnummer, som besökaren slår det.' }),
  })
  .meta({ description: 'Ett sätt att nå organisationen: e-post och/eller telefon.' });

const colour = z
  .string()
  .refine((value) => parseHex(value) !== undefined, 'ska vara en färg skriven #rrggbb, som #0b3d66');

/** Backgrounds that links are shown on: the page and the soft grey of tables and boxes. */
const LINK_BACKGROUNDS = { '#ffffff': 'vit bakgrund', '#f3f3f3': 'ljusgrå bakgrund' };

/**
 * Every colour against what it is read on, by WCAG AA's 4.5:1 for text: white text on the
 * header's background, links and visited links on white and on the soft grey of tables.
 */
function paletteContrast(colours: { brand: string; link: string; linkVisited: string }, ctx: z.RefinementCtx): void {
  const { brand, link, linkVisited } = colours;
  const checks: [keyof typeof colours, string, string, string][] = [
    ['brand', brand, '#ffffff', 'vit text i sidhuvudet'],
    ...Object.entries(LINK_BACKGROUNDS).flatMap(([bg, where]): [keyof typeof colours, string, string, string][] => [
      ['link', link, bg, `länkar på ${where}`],
      ['linkVisited', linkVisited, bg, `besökta länkar på ${where}`],
    ]),
  ];
  for (const [key, value, background, where] of checks) {
    if (!parseHex(value)) continue;
    const ratio = contrastRatio(value, background);
    if (ratio < AA_TEXT)
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `${value} ger kontrasten ${formatRatio(ratio)} för ${where}; WCAG AA kräver minst 4,5:1. Välj en mörkare färg`,
      });
  }
}

/** Language tags as in `lang`: sv, en, sma, se-SE. */
export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'ska vara en språkkod som i lang-attributet, som sv, en eller sma');

export const configurationSchema = z
  .strictObject({
    organisation: ref('organisations').meta({
      description:
        'Id för organisationens post i content/organisations/, som politiska organ och enheter hänvisar till.',
    }),
    name: text.meta({ description: 'Organisationens namn, som Östersunds kommun.' }),
    shortName: text.meta({ description: 'Kort namn, som sidhuvudet kan visa, som Östersund.' }),
    kind: z.enum(ORGANISATION_KINDS).meta({
      description:
        'region eller kommun: styr orden på sidorna (regionstyrelsen eller kommunstyrelsen) och vilka organisationer nyckeltalen jämförs med.',
    }),
    kolada: z
      .strictObject({
        id: koladaArea.meta({ description: 'Organisationens id i Kolada, som 2380.' }),
        county: z
          .strictObject({
            id: koladaArea.meta({
              description: 'Länets (regionens) id i Kolada, fältet region i Koladas områdeslista.',
            }),
            name: text.meta({ description: 'Länets namn, som Västernorrlands län.' }),
          })
          .optional()
          .meta({ description: 'För en kommun: länet som kommunen jämförs inom, utöver alla kommuner.' }),
      })
      .meta({
        description:
          'Kolada: en region jämförs med alla regioner, en kommun med alla kommuner och med kommunerna i sitt län.',
      }),
    site: url.meta({ description: 'Webbplatsens publicerade adress, som https://insyn.example.se/.' }),
    purpose: text.optional().meta({
      description: 'Varför webbplatsen finns, en mening som sidan Om webbplatsen visar efter organisationens namn.',
    }),
    website: url.meta({ description: 'Organisationens egen webbplats.' }),
    spatial: z
      .strictObject({
        iri: iri.meta({ description: 'Områdets adress i ett ortnamnsregister, som NUTS-koden för länet.' }),
        label: text.meta({ description: 'Områdets namn, som Västernorrlands län.' }),
      })
      .optional()
      .meta({
        description:
          'Området som uppgifterna gäller, för katalogen i öppna data (DCAT), som länets NUTS-kod. Utan det anger katalogen inget område.',
      }),
    contacts: z
      .strictObject({ content: contact, accessibility: contact, press: contact })
      .meta({ description: 'Kontakter för frågor om innehållet, tillgänglighet, och press.' }),
    accessibility: z
      .strictObject({
        compliance: z
          .enum(['helt', 'delvis', 'inte'])
          .meta({ description: 'Hur förenlig webbplatsen är med lagen: helt, delvis eller inte förenlig.' }),
        assessed: isoDate
          .optional()
          .meta({ description: 'Dagen då webbplatsen senast bedömdes, ÅÅÅÅ-MM-DD; utan den är den inte bedömd ännu.' }),
        method: text.meta({ description: 'Hur den bedömdes, som "egen bedömning".' }),
      })
      .meta({ description: 'Fakta i tillgänglighetsredogörelsen.' }),
    colours: z
      .strictObject({
        brand: colour.meta({ description: 'Sidhuvudets bakgrund, bakom vit text.' }),
        link: colour.meta({ description: 'Länkarnas färg.' }),
        linkVisited: colour.meta({ description: 'Besökta länkars färg.' }),
      })
      .superRefine(paletteContrast)
      .meta({ description: 'Färger inom den tillgängliga paletten: kontrasten kontrolleras mot WCAG AA.' }),
    licence: z
      .strictObject({
        uri: iri.meta({ description: 'Licensens adress, som http://creativecommons.org/publicdomain/zero/1.0/.' }),
        name: text.meta({ description: 'Licensens namn, i klarspråk.' }),
      })
      .meta({ description: 'Licensen för öppna data.' }),
    languages: z
      .array(languageTag)
      .min(1, 'ska ha minst ett språk, sv')
      .refine((tags) => tags[0] === 'sv', 'ska börja med sv: webbplatsens språk är svenska')
      .meta({ description: 'Webbplatsens gränssnittsspråk, svenska först.' }),
  })
  .superRefine((config, ctx) => {
    if (config.kind === 'kommun' && !config.kolada.county)
      ctx.addIssue({
        code: 'custom',
        path: ['kolada', 'county'],
        message: 'saknas: en kommun jämförs också inom sitt län; ange länets Kolada-id och namn',
      });
  })
  .meta({ description: 'Organisationen som driver webbplatsen, och webbplatsens inställningar.' });

export type Configuration = z.output<typeof configurationSchema>;
