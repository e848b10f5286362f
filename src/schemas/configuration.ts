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

/** Where the browser editor (/admin/) reads and saves: Decap CMS's backends, and the staff member's own machine. */
export const EDITOR_BACKENDS = ['github', 'gitlab', 'azure', 'lokal'] as const;
export type EditorBackend = (typeof EDITOR_BACKENDS)[number];

/** What each backend is called in messages. */
const BACKEND_NAMES: Record<EditorBackend, string> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  azure: 'Azure DevOps',
  lokal: 'lokal',
};

type EditorField = 'repo' | 'url' | 'appId' | 'tenantId' | 'authUrl';
/** The fields some backend cannot do without. */
type NeededField = 'repo' | 'appId' | 'tenantId';

/**
 * The fields each backend needs and may have. A field the backend does not read would be
 * silently ignored, and staff would believe it applied: it is refused instead.
 */
const EDITOR_FIELDS: Record<EditorBackend, { needs: NeededField[]; may: EditorField[] }> = {
  github: { needs: ['repo'], may: ['url', 'authUrl'] },
  // GitLab's other sign-ins need Netlify or a server of one's own; PKCE needs only the application.
  gitlab: { needs: ['repo', 'appId'], may: ['url'] },
  azure: { needs: ['repo', 'appId', 'tenantId'], may: ['url'] },
  lokal: { needs: [], may: [] },
};

const MISSING: Record<NeededField, string> = {
  repo: 'förrådets sökväg',
  appId: 'applikationens id',
  tenantId: 'katalogens (tenantens) id i Entra ID',
};

/** The form of `repo` for each backend with a repository: Decap splits it at the slashes. */
const REPO_FORMS: Record<Exclude<EditorBackend, 'lokal'>, [RegExp, string]> = {
  github: [/^[\w.-]+\/[\w.-]+$/, 'ska vara ägare/förråd för GitHub, som region/insyn'],
  gitlab: [
    /^[\w.-]+(\/[\w.-]+)+$/,
    'ska vara grupp/projekt för GitLab, som region/insyn (undergrupper går bra: region/webb/insyn)',
  ],
  // Azure DevOps allows spaces in project and repository names; only the slashes divide.
  azure: [
    /^[^/\s]+\/[^/\s](?:[^/]*[^/\s])?\/[^/\s](?:[^/]*[^/\s])?$/,
    'ska vara organisation/projekt/förråd för Azure DevOps, som region/Insyn/insyn',
  ],
};

function readsField(backend: EditorBackend, field: EditorField): boolean {
  const { needs, may }: { needs: EditorField[]; may: EditorField[] } = EDITOR_FIELDS[backend];
  return needs.includes(field) || may.includes(field);
}

/** `github, gitlab och azure`. */
const swedishList = (words: string[]) =>
  words.length > 1 ? `${words.slice(0, -1).join(', ')} och ${words.at(-1)}` : (words[0] ?? '');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function editorCombination(
  editor: Partial<Record<EditorField, string>> & { backend: EditorBackend },
  ctx: z.RefinementCtx,
) {
  const { backend } = editor;
  const name = BACKEND_NAMES[backend];
  for (const field of EDITOR_FIELDS[backend].needs)
    if (editor[field] === undefined)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `saknas: backend ${backend} (${name}) behöver ${MISSING[field]}; se docs/driftsattning.md`,
      });
  for (const field of ['repo', 'url', 'appId', 'tenantId', 'authUrl'] as const) {
    if (editor[field] === undefined || readsField(backend, field)) continue;
    const users = EDITOR_BACKENDS.filter((other) => readsField(other, field));
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `gäller inte backend ${backend}: ${field} används bara med ${swedishList(users)}; ta bort fältet`,
    });
  }
  if (backend !== 'lokal' && editor.repo !== undefined) {
    const [form, message] = REPO_FORMS[backend];
    if (!form.test(editor.repo)) ctx.addIssue({ code: 'custom', path: ['repo'], message });
  }
  if (backend === 'azure' && editor.appId !== undefined && !GUID.test(editor.appId))
    ctx.addIssue({
      code: 'custom',
      path: ['appId'],
      message:
        'ska vara appregistreringens Application (client) ID i Entra ID, som 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
    });
  // Staff copy the API's address from the host's documentation; Insyn adds the API's path itself.
  const apiPath = editor.url === undefined ? null : /\/(api\/v\d+|_apis)\/?$/.exec(editor.url);
  if (apiPath)
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: `ska vara serverns adress, inte API:ets: ta bort /${apiPath[1]} på slutet`,
    });
}

const editor = z
  .strictObject({
    backend: z.enum(EDITOR_BACKENDS).meta({
      description:
        'Var redigeraren sparar: github, gitlab eller azure (Azure DevOps) för ett förråd hos den värden, lokal för Decaps lokala server (npx decap-server) på den egna datorn.',
    }),
    repo: z.string().optional().meta({
      description:
        'Förrådets sökväg hos värden: ägare/förråd på GitHub, grupp/projekt på GitLab, organisation/projekt/förråd på Azure DevOps.',
    }),
    url: url.optional().meta({
      description:
        'Serverns adress för en egen GitLab eller GitHub Enterprise, som https://gitlab.region.se (för azure: en annan adress än https://dev.azure.com). Utelämna för gitlab.com, github.com och dev.azure.com.',
    }),
    branch: z
      .string()
      .regex(/^(?!.*\.\.)[A-Za-z0-9][\w./-]*$/, 'ska vara en gren i förrådet, som main')
      .optional()
      .meta({ description: 'Grenen som webbplatsen byggs från och som ändringarna föreslås till; utan den main.' }),
    appId: z
      .string()
      .regex(/^[\w.-]+$/, 'ska vara applikationens id, som värden visar det: bokstäver, siffror och bindestreck')
      .optional()
      .meta({
        description:
          'Applikationens id: GitLabs Application ID för inloggning med PKCE, eller appregistreringens Application (client) ID i Entra ID för Azure DevOps.',
      }),
    tenantId: z
      .string()
      .regex(
        /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i,
        'ska vara katalogens (tenantens) id i Entra ID, som 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0, eller dess domän, som region.onmicrosoft.com',
      )
      .optional()
      .meta({ description: 'Bara för azure: Directory (tenant) ID för organisationens katalog i Entra ID.' }),
    authUrl: url.optional().meta({
      description:
        'Bara för github: adressen till OAuth-servern som loggar in med GitHub-konto. Utan den frågar redigeraren efter en personlig nyckel.',
    }),
  })
  .superRefine(editorCombination);

/** The editor's settings, as the configuration gives them. */
export type EditorSettings = z.output<typeof editor>;

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
    editor: editor.optional().meta({
      description:
        'Redigeraren i webbläsaren (/admin/): förrådets värd och hur personalen loggar in (docs/driftsattning.md). Utan den sparar redigeraren bara via Decaps lokala server på den egna datorn.',
    }),
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
