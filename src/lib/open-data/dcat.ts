/**
 * The DCAT-AP-SE catalogue that Sweden's data portal (dataportal.se) harvests: one dataset
 * with everything, and one per plan, each with one distribution per file (JSON, zip, each CSV table). The
 * portal reads RDF/XML from one address. The catalogue's IRI is that address, so that the
 * region's main catalogue can name it as a part (`dct:hasPart`) and the portal loads it.
 */
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { type DataFile, type DataFormat, DOCUMENTATION_PATH, MEDIA_TYPES } from './data-files.ts';
import { planScope } from './exports.ts';
import { DATA_TEXT as T, UPDATE_FREQUENCY_URI } from './open-data-text.ts';
import { kindWords } from '#lib/core/organisation-words.ts';
import { iri, type QName, type RdfNode, sv, type Term, toJsonLd, toRdfXml, xsdDate } from './rdf.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { isExample } from '#lib/content/examples.ts';
import type { Configuration } from '../../schemas/configuration.ts';

export const CATALOG_RDF_PATH = '/data/katalog.rdf';
export const CATALOG_JSONLD_PATH = '/data/katalog.jsonld';

const EU = 'http://publications.europa.eu/resource/authority';
const FILE_TYPES: Record<DataFormat, string> = {
  csv: `${EU}/file-type/CSV`,
  json: `${EU}/file-type/JSON`,
  zip: `${EU}/file-type/ZIP`,
};
/** Files stay at their address for as long as the site is published. */
const AVAILABILITY = `${EU}/planned-availability/STABLE`;

export interface DcatInput {
  catalog: Catalog;
  files: readonly Pick<DataFile, 'path' | 'format' | 'plan' | 'title'>[];
  site: URL;
  /** When an entry last changed; the latest among a dataset's entries is its `dct:modified`. */
  changed: (collection: CollectionName, id: string) => Date | undefined;
  /** When an entry was first published; the earliest among a dataset's entries is its `dct:issued`. */
  added?: (collection: CollectionName, id: string) => Date | undefined;
  /** The contact point's functional e-mail address (DCAT-AP-SE requires one). */
  email: string | undefined;
  /** The publisher, its licence and the place the data is about (a NUTS code), from the configuration. */
  config: Pick<Configuration, 'name' | 'kind' | 'licence' | 'spatial' | 'organisation' | 'website'>;
}

interface Dataset {
  id: string;
  title: string;
  description: string;
  landing: string;
  plan?: string;
  ids: Partial<Record<CollectionName, Iterable<string>>>;
  /** The plans' first and last year; none before the first plan is published. */
  years?: [number, number];
}

type Property = [QName, Term];

/** The part of a file's path that names it within its dataset: `uppdrag-statuses-csv`. */
const fileSlug = (path: string) =>
  path
    .replace(/^\/data\/(plans\/)?/, '')
    .replace(/[/.]/g, '-')
    .toLowerCase();

/** What every part of the catalogue shares: its addresses, the dataset properties and the terms used so far. */
interface DcatContext {
  /** The full URL of a path on the site. */
  at: (path: string) => string;
  documentation: string;
  publisherId: string;
  contactId: string;
  language: string;
  theme: string;
  /** The properties every dataset has: publisher, contact, language, theme, frequency, place, keywords. */
  common: Property[];
  /** A dataset's `dct:issued` and `dct:modified`, from its entries' dates. */
  datesOf: (ids: Dataset['ids']) => Property[];
  /** Names a term node, collected once in the order first used, and returns its IRI. */
  term: (node: RdfNode) => Term;
  terms: Map<string, RdfNode>;
}

const inScheme = (scheme: string): Property => ['skos:inScheme', iri(`${EU}/${scheme}`)];

/** The latest or earliest date among the entries of `ids`. */
function dateOf(ids: Dataset['ids'], dates: DcatInput['changed'], pick: 'latest' | 'earliest'): Date | undefined {
  let found: Date | undefined;
  for (const collection of COLLECTIONS) {
    for (const id of ids[collection] ?? []) {
      const date = dates(collection, id);
      if (date && (!found || (pick === 'latest' ? date > found : date < found))) found = date;
    }
  }
  return found;
}

function dcatContext({ site, changed, added, config }: DcatInput): DcatContext {
  const at = (path: string) => new URL(path, site).href;
  const documentation = at(DOCUMENTATION_PATH);
  const publisherId = at(hrefFor({ collection: 'organisations', id: config.organisation.id }));
  const contactId = `${documentation}#kontakt`;
  const language = `${EU}/language/SWE`;
  const theme = `${EU}/data-theme/GOVE`;
  const common: Property[] = [
    ['dct:publisher', iri(publisherId)],
    ['dcat:contactPoint', iri(contactId)],
    ['dct:language', iri(language)],
    ['dcat:theme', iri(theme)],
    ['dct:accrualPeriodicity', iri(UPDATE_FREQUENCY_URI)],
    ...(config.spatial ? [['dct:spatial', iri(config.spatial.iri)] as Property] : []),
    ...T.keywords(config.kind, config.name).map((keyword): Property => ['dcat:keyword', sv(keyword)]),
  ];
  const datesOf = (ids: Dataset['ids']): Property[] => {
    const modified = dateOf(ids, changed, 'latest');
    const issued = added && dateOf(ids, added, 'earliest');
    const properties: Property[] = [];
    if (issued) properties.push(['dct:issued', xsdDate(issued)]);
    if (modified) properties.push(['dct:modified', xsdDate(modified)]);
    return properties;
  };
  const terms = new Map<string, RdfNode>();
  const term = (node: RdfNode) => {
    if (!terms.has(node.id)) terms.set(node.id, node);
    return iri(node.id);
  };
  return { at, documentation, publisherId, contactId, language, theme, common, datesOf, term, terms };
}

const documentNode = (context: DcatContext, id: string) => context.term({ id, type: 'foaf:Document', properties: [] });

/** The datasets: one with everything, then one per plan, its title saying when it holds examples. */
function datasets(catalog: Catalog, config: DcatInput['config'], context: DcatContext): Dataset[] {
  const plans = entries(catalog, 'plans');
  const hasExamples = (ids: Dataset['ids']) =>
    COLLECTIONS.some((collection) =>
      [...(ids[collection] ?? [])].some((id) => {
        const entry = catalog[collection].get(id);
        return entry !== undefined && isExample(entry.data);
      }),
    );
  return [
    {
      id: `${context.documentation}#insyn`,
      title: T.datasetTitle,
      description: `${T.datasetDescription(config.name, kindWords(config.kind))} ${T.illustrativeNote} ${T.koladaCredit}`,
      landing: context.documentation,
      ids: Object.fromEntries(Object.entries(catalog).map(([c, map]) => [c, [...map.keys()]])),
      years:
        plans.length > 0
          ? [Math.min(...plans.map((p) => p.data.startYear)), Math.max(...plans.map((p) => p.data.endYear))]
          : undefined,
    },
    ...plans.map((plan): Dataset => {
      const ids = planScope(catalog, plan.id);
      return {
        id: `${context.documentation}#plan-${plan.id}`,
        title: `${T.planDatasetTitle(plan.data.title)}${hasExamples(ids) ? T.dcat.exampleTitleSuffix : ''}`,
        description: `${T.planDatasetDescription(plan.data.title)} ${plan.data.summary} ${T.illustrativeNote}`,
        landing: context.at(hrefFor({ collection: 'plans', id: plan.id })),
        plan: plan.id,
        ids,
        years: [plan.data.startYear, plan.data.endYear],
      };
    }),
  ];
}

/** One distribution per file, as DCAT-AP-SE recommends (its recommendation 19). */
function distributionNode(
  file: DcatInput['files'][number],
  id: string,
  licence: string,
  context: DcatContext,
): RdfNode {
  const mediaType = `http://www.iana.org/assignments/media-types/${MEDIA_TYPES[file.format]}`;
  return {
    id,
    type: 'dcat:Distribution',
    properties: [
      ['dct:title', sv(file.title)],
      ['dct:description', sv(T.dcat.distributions[file.format])],
      ['dcat:accessURL', iri(context.documentation)],
      ['dcat:downloadURL', iri(context.at(file.path))],
      ['dcat:mediaType', context.term({ id: mediaType, type: 'dct:MediaType', properties: [] })],
      [
        'dct:format',
        context.term({
          id: FILE_TYPES[file.format],
          type: 'dct:MediaTypeOrExtent',
          properties: [inScheme('file-type')],
        }),
      ],
      ['dct:license', iri(licence)],
      [
        'dcatap:availability',
        context.term({
          id: AVAILABILITY,
          type: 'skos:Concept',
          properties: [inScheme('planned-availability'), ['skos:prefLabel', sv('Stabil')]],
        }),
      ],
    ],
  };
}

/** A dataset's node, its period of time and one distribution per file; it must have JSON, CSV and zip. */
function datasetNodes(dataset: Dataset, { files, config }: DcatInput, context: DcatContext): RdfNode[] {
  // Every file of the dataset, each collection's JSON included, is its own distribution.
  const ownFiles = files.filter((f) => f.plan === dataset.plan);
  for (const format of ['json', 'csv', 'zip'] as const) {
    if (!ownFiles.some((f) => f.format === format))
      throw new Error(`Datamängden ${dataset.id} saknar filer i formatet ${format}`);
  }
  const temporalId = `${dataset.id}-tid`;
  const distributionId = (path: string) => `${dataset.id}-${fileSlug(path)}`;
  const nodes: RdfNode[] = [
    {
      id: dataset.id,
      type: 'dcat:Dataset',
      properties: [
        ['dct:title', sv(dataset.title)],
        ['dct:description', sv(dataset.description)],
        ['dcat:landingPage', documentNode(context, dataset.landing)],
        ...context.common,
        ...context.datesOf(dataset.ids),
        ...(dataset.years ? [['dct:temporal', iri(temporalId)] as Property] : []),
        ...ownFiles.map((f): Property => ['dcat:distribution', iri(distributionId(f.path))]),
      ],
    },
  ];
  if (dataset.years)
    nodes.push({
      id: temporalId,
      type: 'dct:PeriodOfTime',
      properties: [
        ['dcat:startDate', xsdDate(`${dataset.years[0]}-01-01`)],
        ['dcat:endDate', xsdDate(`${dataset.years[1]}-12-31`)],
      ],
    });
  for (const file of ownFiles)
    nodes.push(distributionNode(file, distributionId(file.path), config.licence.uri, context));
  return nodes;
}

function catalogueNode(config: DcatInput['config'], all: readonly Dataset[], context: DcatContext): RdfNode {
  return {
    id: context.at(CATALOG_RDF_PATH),
    type: 'dcat:Catalog',
    properties: [
      ['dct:title', sv(T.catalogTitle(config.name))],
      ['dct:description', sv(T.dcat.catalogDescription(T.updateFrequency, T.illustrativeNote))],
      ['dct:publisher', iri(context.publisherId)],
      ['dcat:contactPoint', iri(context.contactId)],
      ['foaf:homepage', documentNode(context, context.at('/'))],
      ['dct:language', iri(context.language)],
      ['dct:license', iri(config.licence.uri)],
      ...(config.spatial ? [['dct:spatial', iri(config.spatial.iri)] as Property] : []),
      ['dcat:themeTaxonomy', iri(`${EU}/data-theme`)],
      ...context.datesOf(all[0].ids),
      ...all.map((d): Property => ['dcat:dataset', iri(d.id)]),
    ],
  };
}

/** The publisher and its contact point, with the functional e-mail address. */
function agentNodes(config: DcatInput['config'], email: string, context: DcatContext): RdfNode[] {
  return [
    {
      id: context.publisherId,
      type: 'foaf:Agent',
      properties: [
        ['foaf:name', { value: config.name }],
        ['dct:type', iri(PUBLISHER_TYPES[config.kind])],
      ],
    },
    {
      id: context.contactId,
      type: 'vcard:Organization',
      also: ['vcard:Kind'],
      properties: [
        ['vcard:fn', { value: config.name }],
        ['vcard:hasEmail', iri(`mailto:${email}`)],
        ['vcard:hasURL', iri(config.website)],
      ],
    },
  ];
}

/** The terms the catalogue and its datasets name, typed as DCAT-AP expects: language, licence, theme, frequency, place, publisher type. */
function vocabularyNodes(config: DcatInput['config'], context: DcatContext): RdfNode[] {
  const { spatial, licence } = config;
  return [
    { id: context.language, type: 'dct:LinguisticSystem', properties: [inScheme('language')] },
    { id: licence.uri, type: 'dct:LicenseDocument', properties: [['dct:title', sv(licence.name)]] },
    {
      id: context.theme,
      type: 'skos:Concept',
      properties: [inScheme('data-theme'), ['skos:prefLabel', sv(T.dcat.theme)]],
    },
    { id: `${EU}/data-theme`, type: 'skos:ConceptScheme', properties: [['dct:title', sv(T.dcat.themes)]] },
    { id: UPDATE_FREQUENCY_URI, type: 'dct:Frequency', properties: [inScheme('frequency')] },
    ...(spatial
      ? [{ id: spatial.iri, type: 'dct:Location', properties: [['skos:prefLabel', sv(spatial.label)]] } as RdfNode]
      : []),
    {
      id: PUBLISHER_TYPES[config.kind],
      type: 'skos:Concept',
      properties: [
        ['skos:inScheme', iri('http://purl.org/adms/publishertype/1.0')],
        ['skos:prefLabel', sv(T.dcat.publisherTypes[config.kind])],
      ],
    },
  ];
}

/**
 * The catalogue as RDF nodes: catalogue, publisher, contact point, datasets, one distribution
 * per file, and the terms they use (language, licence, formats, frequency, place), each typed
 * with the class DCAT-AP expects, so the catalogue passes DCAT-AP's SHACL shapes without the
 * EU vocabularies loaded beside it.
 */
export function dcatNodes(input: DcatInput): RdfNode[] {
  const { email, config } = input;
  if (!email)
    throw new Error(
      'Katalogen behöver en e-postadress för kontakt: ange contacts.content.email eller contacts.press.email i content/insyn.json',
    );
  const context = dcatContext(input);
  const all = datasets(input.catalog, config, context);
  // The datasets name their terms first, then the catalogue: the terms keep the order first used.
  const datasetParts = all.flatMap((dataset) => datasetNodes(dataset, input, context));
  const catalogue = catalogueNode(config, all, context);
  return [
    catalogue,
    ...agentNodes(config, email, context),
    ...datasetParts,
    ...vocabularyNodes(config, context),
    ...context.terms.values(),
  ];
}

/** ADMS publisher types: a region is a regional authority, a kommun a local one. */
const PUBLISHER_TYPES = {
  region: 'http://purl.org/adms/publishertype/RegionalAuthority',
  kommun: 'http://purl.org/adms/publishertype/LocalAuthority',
} as const;

export const dcatRdfXml = (input: DcatInput) => toRdfXml(dcatNodes(input));
export const dcatJsonLd = (input: DcatInput) => toJsonLd(dcatNodes(input));
