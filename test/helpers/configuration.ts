/**
 * Configurations for tests: the sample region of `sample-site.ts` and a sample kommun,
 * parsed by the same schema as `content/insyn.json`.
 */
import { type Configuration, configurationSchema } from '../../src/schemas/configuration.ts';

const contacts = {
  content: { label: 'Frågor om innehållet', email: 'insyn@region.example', phone: '010-123 45 00' },
  accessibility: { label: 'Tillgänglighet', email: 'insyn@region.example' },
  press: { label: 'Press och media' },
};

/** The configuration as written in a content folder, before parsing. */
export const SAMPLE_CONFIG_INPUT = {
  organisation: 'region',
  name: 'Region Exempel',
  shortName: 'Exempel',
  kind: 'region',
  kolada: { id: '0023' },
  site: 'https://insyn.region.example/',
  website: 'https://region.example/',
  spatial: { iri: 'http://data.europa.eu/nuts/code/SE322', label: 'Exempellän' },
  contacts,
  accessibility: { compliance: 'delvis', assessed: '2026-11-23', method: 'egen bedömning' },
  colours: { brand: '#0b3d66', link: '#0b4f8a', linkVisited: '#5b2a86' },
  licence: { uri: 'http://creativecommons.org/publicdomain/zero/1.0/', name: 'CC0 1.0 Universell' },
  languages: ['sv'],
};

/** The sample site's region (Kolada id 0023, as its series). */
export const SAMPLE_CONFIG: Configuration = configurationSchema.parse(SAMPLE_CONFIG_INPUT);

/** A kommun compared with all kommuner and within its county. */
export const KOMMUN_CONFIG: Configuration = configurationSchema.parse({
  ...SAMPLE_CONFIG_INPUT,
  organisation: 'kommunen',
  name: 'Exempels kommun',
  kind: 'kommun',
  kolada: { id: '2380', county: { id: '0023', name: 'Exempellän' } },
});
