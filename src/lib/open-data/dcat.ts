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
import {
  catalogTitle,
  datasetDescription,
  DATASET_TITLE,
  ILLUSTRATIVE_NOTE,
  keywords,
  KOLADA,
  planDatasetDescription,
  planDatasetTitle,
  UPDATE_FREQUENCY,
} from './open-data-text.ts';
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
const DISTRIBUTION_DESCRIPTIONS: Record<DataFormat, string> = {
  json: 'JSON med tal som tal och null där värde saknas. Varje post har fältet example, som är true när posten innehåller exempel.',
  csv: 'CSV för Excel: UTF-8, semikolon och decimalkomma. Kolumnen example är true på rader som innehåller exempel.',
  zip: 'Zip-fil med CSV-filerna och JSON-filen.',
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

/**
 * The catalogue as RDF nodes: catalogue, publisher, contact point, datasets, one distribution
 * per file, and the terms they use (language, licence, formats, frequency, place), each typed
 * with the class DCAT-AP expects, so the catalogue passes DCAT-AP's SHACL shapes without the
 * EU vocabularies loaded beside it.
 */
export function dcatNodes({ catalog, files, site, changed, added, email, config }: DcatInput): RdfNode[] {
  if (!email)
    throw new Error(
      'Katalogen behöver en e-postadress för kontakt: ange contacts.content.email eller contacts.press.email i content/insyn.json',
    );
  const at = (path: string) => new URL(path, site).href;
  const documentation = at(DOCUMENTATION_PATH);
  const spatial = config.spatial;
  const licence = config.licence;
  const publisher = config.name;
  const publisherType = PUBLISHER_TYPES[config.kind];
  const publisherId = at(hrefFor({ collection: 'organisations', id: config.organisation.id }));
  const contactId = `${documentation}#kontakt`;
  const language = `${EU}/language/SWE`;
  const theme = `${EU}/data-theme/GOVE`;
  const common: Property[] = [
    ['dct:publisher', iri(publisherId)],
    ['dcat:contactPoint', iri(contactId)],
    ['dct:language', iri(language)],
    ['dcat:theme', iri(theme)],
    ['dct:accrualPeriodicity', iri(UPDATE_FREQUENCY.uri)],
    ...(spatial ? [['dct:spatial', iri(spatial.iri)] as Property] : []),
    ...keywords(config).map((keyword): Property => ['dcat:keyword', sv(keyword)]),
  ];
  const dateOf = (ids: Dataset['ids'], dates: DcatInput['changed'], pick: 'latest' | 'earliest') => {
    let found: Date | undefined;
    for (const collection of COLLECTIONS) {
      for (const id of ids[collection] ?? []) {
        const date = dates(collection, id);
        if (date && (!found || (pick === 'latest' ? date > found : date < found))) found = date;
      }
    }
    return found;
  };
  const datesOf = (ids: Dataset['ids']): Property[] => {
    const modified = dateOf(ids, changed, 'latest');
    const issued = added && dateOf(ids, added, 'earliest');
    const properties: Property[] = [];
    if (issued) properties.push(['dct:issued', xsdDate(issued)]);
    if (modified) properties.push(['dct:modified', xsdDate(modified)]);
    return properties;
  };
  const plans = entries(catalog, 'plans');
  const hasExamples = (ids: Dataset['ids']) =>
    COLLECTIONS.some((collection) =>
      [...(ids[collection] ?? [])].some((id) => {
        const entry = catalog[collection].get(id);
        return entry !== undefined && isExample(entry.data);
      }),
    );

  const datasets: Dataset[] = [
    {
      id: `${documentation}#insyn`,
      title: DATASET_TITLE,
      description: `${datasetDescription(config)} ${ILLUSTRATIVE_NOTE} ${KOLADA.credit}`,
      landing: documentation,
      ids: Object.fromEntries(Object.entries(catalog).map(([c, map]) => [c, [...map.keys()]])),
      years:
        plans.length > 0
          ? [Math.min(...plans.map((p) => p.data.startYear)), Math.max(...plans.map((p) => p.data.endYear))]
          : undefined,
    },
    ...plans.map((plan): Dataset => {
      const ids = planScope(catalog, plan.id);
      return {
        id: `${documentation}#plan-${plan.id}`,
        title: `${planDatasetTitle(plan.data.title)}${hasExamples(ids) ? EXAMPLE_TITLE_SUFFIX : ''}`,
        description: `${planDatasetDescription(plan.data.title)} ${plan.data.summary} ${ILLUSTRATIVE_NOTE}`,
        landing: at(hrefFor({ collection: 'plans', id: plan.id })),
        plan: plan.id,
        ids,
        years: [plan.data.startYear, plan.data.endYear],
      };
    }),
  ];

  const terms = new Map<string, RdfNode>();
  const term = (node: RdfNode) => {
    if (!terms.has(node.id)) terms.set(node.id, node);
    return iri(node.id);
  };
  const inScheme = (scheme: string): Property => ['skos:inScheme', iri(`${EU}/${scheme}`)];
  const document = (id: string) => term({ id, type: 'foaf:Document', properties: [] });

  const nodes: RdfNode[] = [];
  for (const dataset of datasets) {
    // Every file of the dataset, each collection's JSON included, is its own distribution.
    const ownFiles = files.filter((f) => f.plan === dataset.plan);
    for (const format of ['json', 'csv', 'zip'] as const) {
      if (!ownFiles.some((f) => f.format === format))
        throw new Error(`Datamängden ${dataset.id} saknar filer i formatet ${format}`);
    }
    const temporalId = `${dataset.id}-tid`;
    const distributionId = (path: string) => `${dataset.id}-${fileSlug(path)}`;
    nodes.push({
      id: dataset.id,
      type: 'dcat:Dataset',
      properties: [
        ['dct:title', sv(dataset.title)],
        ['dct:description', sv(dataset.description)],
        ['dcat:landingPage', document(dataset.landing)],
        ...common,
        ...datesOf(dataset.ids),
        ...(dataset.years ? [['dct:temporal', iri(temporalId)] as Property] : []),
        ...ownFiles.map((f): Property => ['dcat:distribution', iri(distributionId(f.path))]),
      ],
    });
    if (dataset.years)
      nodes.push({
        id: temporalId,
        type: 'dct:PeriodOfTime',
        properties: [
          ['dcat:startDate', xsdDate(`${dataset.years[0]}-01-01`)],
          ['dcat:endDate', xsdDate(`${dataset.years[1]}-12-31`)],
        ],
      });
    // One distribution per file, as DCAT-AP-SE recommends (its recommendation 19).
    for (const file of ownFiles) {
      const mediaType = `http://www.iana.org/assignments/media-types/${MEDIA_TYPES[file.format]}`;
      nodes.push({
        id: distributionId(file.path),
        type: 'dcat:Distribution',
        properties: [
          ['dct:title', sv(file.title)],
          ['dct:description', sv(DISTRIBUTION_DESCRIPTIONS[file.format])],
          ['dcat:accessURL', iri(documentation)],
          ['dcat:downloadURL', iri(at(file.path))],
          ['dcat:mediaType', term({ id: mediaType, type: 'dct:MediaType', properties: [] })],
          [
            'dct:format',
            term({ id: FILE_TYPES[file.format], type: 'dct:MediaTypeOrExtent', properties: [inScheme('file-type')] }),
          ],
          ['dct:license', iri(licence.uri)],
          [
            'dcatap:availability',
            term({
              id: AVAILABILITY,
              type: 'skos:Concept',
              properties: [inScheme('planned-availability'), ['skos:prefLabel', sv('Stabil')]],
            }),
          ],
        ],
      });
    }
  }

  const catalogue: RdfNode = {
    id: at(CATALOG_RDF_PATH),
    type: 'dcat:Catalog',
    properties: [
      ['dct:title', sv(catalogTitle(config))],
      [
        'dct:description',
        sv(
          `Datamängderna som webbplatsen Insyn publicerar. Uppdateras ${UPDATE_FREQUENCY.text[0].toLowerCase()}${UPDATE_FREQUENCY.text.slice(1)} ${ILLUSTRATIVE_NOTE}`,
        ),
      ],
      ['dct:publisher', iri(publisherId)],
      ['dcat:contactPoint', iri(contactId)],
      ['foaf:homepage', document(at('/'))],
      ['dct:language', iri(language)],
      ['dct:license', iri(licence.uri)],
      ...(spatial ? [['dct:spatial', iri(spatial.iri)] as Property] : []),
      ['dcat:themeTaxonomy', iri(`${EU}/data-theme`)],
      ...datesOf(datasets[0].ids),
      ...datasets.map((d): Property => ['dcat:dataset', iri(d.id)]),
    ],
  };
  const vocabulary: RdfNode[] = [
    { id: language, type: 'dct:LinguisticSystem', properties: [inScheme('language')] },
    { id: licence.uri, type: 'dct:LicenseDocument', properties: [['dct:title', sv(licence.name)]] },
    {
      id: theme,
      type: 'skos:Concept',
      properties: [inScheme('data-theme'), ['skos:prefLabel', sv('Regeringen och den offentliga sektorn')]],
    },
    { id: `${EU}/data-theme`, type: 'skos:ConceptScheme', properties: [['dct:title', sv('Datateman')]] },
    { id: UPDATE_FREQUENCY.uri, type: 'dct:Frequency', properties: [inScheme('frequency')] },
    ...(spatial
      ? [{ id: spatial.iri, type: 'dct:Location', properties: [['skos:prefLabel', sv(spatial.label)]] } as RdfNode]
      : []),
    {
      id: publisherType,
      type: 'skos:Concept',
      properties: [
        ['skos:inScheme', iri('http://purl.org/adms/publishertype/1.0')],
        ['skos:prefLabel', sv(PUBLISHER_TYPE_LABELS[config.kind])],
      ],
    },
  ];
  return [
    catalogue,
    {
      id: publisherId,
      type: 'foaf:Agent',
      properties: [
        ['foaf:name', { value: publisher }],
        ['dct:type', iri(publisherType)],
      ],
    },
    {
      id: contactId,
      type: 'vcard:Organization',
      also: ['vcard:Kind'],
      properties: [
        ['vcard:fn', { value: publisher }],
        ['vcard:hasEmail', iri(`mailto:${email}`)],
        ['vcard:hasURL', iri(config.website)],
      ],
    },
    ...nodes,
    ...vocabulary,
    ...terms.values(),
  ];
}

/** ADMS publisher types: a region is a regional authority, a kommun a local one. */
const PUBLISHER_TYPES = {
  region: 'http://purl.org/adms/publishertype/RegionalAuthority',
  kommun: 'http://purl.org/adms/publishertype/LocalAuthority',
} as const;
const PUBLISHER_TYPE_LABELS = { region: 'Regional myndighet', kommun: 'Lokal myndighet' } as const;
/** Said in the title of a dataset that holds examples, so the portal's lists say so too. */
export const EXAMPLE_TITLE_SUFFIX = ' (innehåller exempel)';

export const dcatRdfXml = (input: DcatInput) => toRdfXml(dcatNodes(input));
export const dcatJsonLd = (input: DcatInput) => toJsonLd(dcatNodes(input));
