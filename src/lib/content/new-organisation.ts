/**
 * What `npm run ny-organisation` writes for a new region or kommun: its configuration
 * (`insyn.json`), its entry in organisations/, its fullmäktige and styrelse, and an empty
 * folder for every other collection, so `npm run check` accepts the folder from the start.
 * Pure: the script asks the questions and writes the files.
 */
import { COLLECTIONS } from '../../schemas/index.ts';
import { CONFIGURATION_FILE, type OrganisationKind } from '../../schemas/configuration.ts';
import { kindWords } from '#lib/core/organisation-words.ts';
import { capitalize } from '#lib/core/format.ts';
import { parseConfiguration } from './configuration.ts';

export interface NewOrganisation {
  name: string;
  /** Kolada's id: 00xx for a region, four other digits for a kommun. */
  koladaId: string;
  /** The site's published address. */
  site: string;
  /** The organisation's own website; the site's address when not given. */
  website?: string;
  /** The functional mailbox for questions and for the data catalogue. */
  email?: string;
  /** For a kommun: the name of its county, as "Västernorrlands län". */
  countyName?: string;
}

/** Kolada gives regions the ids 0001–0025 and kommuner four digits that start with their county's number. */
export const kindOf = (koladaId: string): OrganisationKind => (koladaId.startsWith('00') ? 'region' : 'kommun');

/** A kommun's county in Kolada: its region's id is 00 and the kommun id's first two digits, as 1480 → 0014. */
export const countyIdOf = (koladaId: string) => `00${koladaId.slice(0, 2)}`;

/** An id from a name: "Östersunds kommun" → "ostersunds-kommun". */
export function idOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Files to write, relative to the content folder, or the problems with the answers, in Swedish. */
export function organisationSkeleton(answers: NewOrganisation): {
  files: { path: string; text: string }[];
  problems: string[];
} {
  const kind = kindOf(answers.koladaId);
  const words = kindWords(kind);
  const id = idOf(answers.name);
  const site = answers.site.endsWith('/') ? answers.site : `${answers.site}/`;
  const website = answers.website ?? site;
  const contact = (label: string) => ({ label, ...(answers.email ? { email: answers.email } : {}) });
  const config = {
    organisation: id,
    name: answers.name,
    shortName: answers.name,
    kind,
    kolada: {
      id: answers.koladaId,
      ...(kind === 'kommun' ? { county: { id: countyIdOf(answers.koladaId), name: answers.countyName ?? '' } } : {}),
    },
    site,
    website,
    contacts: {
      content: contact('Frågor om innehållet och siffrorna'),
      accessibility: contact('Tillgänglighet och annat format'),
      press: { label: 'Press och media' },
    },
    accessibility: { compliance: 'inte', method: 'inte bedömd ännu' },
    colours: { brand: '#0b3d66', link: '#0b4f8a', linkVisited: '#5b2a86' },
    licence: {
      uri: 'http://creativecommons.org/publicdomain/zero/1.0/',
      name: 'CC0 1.0 Universell (fri att använda utan villkor)',
    },
    languages: ['sv'],
  };
  const text = json(config);
  const parsed = parseConfiguration(text, CONFIGURATION_FILE);
  const problems = parsed.problems.map((p) => `${p.field}: ${p.message}`);
  if (!id) problems.push(`namnet "${answers.name}" ger inget id: skriv organisationens namn med bokstäver`);
  if (problems.length > 0) return { files: [], problems };
  const body = (kindName: 'fullmaktige' | 'styrelse', name: string, shortName: string, description: string) => ({
    path: `bodies/${idOf(name)}.json`,
    text: json({ name: capitalize(name), shortName, kind: kindName, organisation: id, description }),
  });
  const letter = kind === 'region' ? 'R' : 'K';
  return {
    files: [
      { path: CONFIGURATION_FILE, text },
      {
        path: `organisations/${id}.json`,
        text: json({ name: answers.name, koladaId: answers.koladaId, website }),
      },
      body('fullmaktige', words.council, `${letter}F`, `${capitalize(words.theirs)} högsta beslutande organ.`),
      body('styrelse', words.board, `${letter}S`, `Leder och samordnar ${words.theirs} arbete och följer upp planerna.`),
      ...COLLECTIONS.filter((c) => c !== 'organisations' && c !== 'bodies').map((c) => ({
        path: `${c}/.gitkeep`,
        text: '',
      })),
    ],
    problems: [],
  };
}
