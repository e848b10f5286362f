/**
 * The DCAT-AP-SE catalogue that Sweden's data portal (dataportal.se) harvests: one dataset
 * with everything, and one per plan, each with a JSON, a CSV and a zip distribution. The
 * portal reads RDF/XML from one address. The catalogue's IRI is that address, so that the
 * region's main catalogue can name it as a part (`dct:hasPart`) and the portal loads it.
 */
import type { CollectionName } from '../../schemas/index.ts';
import { type Catalog, entries } from '#lib/core/catalog.ts';
import {
  type DataFile,
  type DataFormat,
  DOCUMENTATION_PATH,
  MEDIA_TYPES,
  planBundlePath,
  WHOLE_JSON_PATH,
} from './data-files.ts';
import { planScope } from './exports.ts';
import {
  CATALOG_TITLE,
  DATASET_DESCRIPTION,
  DATASET_TITLE,
  ILLUSTRATIVE_NOTE,
  KEYWORDS,
  KOLADA,
  LICENSE,
  PUBLISHER,
  planDatasetDescription,
  planDatasetTitle,
  UPDATE_FREQUENCY,
} from './open-data-text.ts';
import { iri, type QName, type RdfNode, sv, type Term, toJsonLd, toRdfXml, xsdDate } from './rdf.ts';
import { hrefFor } from '#lib/core/routes.ts';

export const CATALOG_RDF_PATH = '/data/katalog.rdf';
export const CATALOG_JSONLD_PATH = '/data/katalog.jsonld';

const EU = 'http://publications.europa.eu/resource/authority';
const FORMATS = ['json', 'csv', 'zip'] as const satisfies readonly DataFormat[];
const FILE_TYPES: Record<DataFormat, string> = {
  csv: `${EU}/file-type/CSV`,
  json: `${EU}/file-type/JSON`,
  zip: `${EU}/file-type/ZIP`,
};
const DISTRIBUTION_TITLES: Record<DataFormat, string> = {
  json: 'JSON: alla uppgifter i en fil, med tal som tal och null där värde saknas',
  csv: 'CSV för Excel: UTF-8, semikolon och decimalkomma, en fil per tabell',
  zip: 'Zip-fil med alla CSV-filer och JSON-filen',
};

export interface DcatInput {
  catalog: Catalog;
  files: readonly Pick<DataFile, 'path' | 'format' | 'plan'>[];
  site: URL;
  /** When an entry last changed; the latest among a dataset's entries is its `dct:modified`. */
  changed: (collection: CollectionName, id: string) => Date | undefined;
}

interface Dataset {
  id: string;
  title: string;
  description: string;
  landing: string;
  plan?: string;
  ids: Partial<Record<CollectionName, Iterable<string>>>;
  years?: [number, number];
}

type Property = [QName, Term];

/** The catalogue as RDF nodes: catalogue, publisher, contact point, datasets, distributions. */
export function dcatNodes({ catalog, files, site, changed }: DcatInput): RdfNode[] {
  const at = (path: string) => new URL(path, site).href;
  const documentation = at(DOCUMENTATION_PATH);
  const organisation = entries(catalog, 'organisations')[0];
  if (!organisation) throw new Error('Katalogen behöver en organisation i content/organisations/ som utgivare');
  const publisherId = at(hrefFor({ collection: 'organisations', id: organisation.id }));
  const contactId = `${documentation}#kontakt`;
  const common: Property[] = [
    ['dct:publisher', iri(publisherId)],
    ['dcat:contactPoint', iri(contactId)],
    ['dct:language', iri(`${EU}/language/SWE`)],
    ['dcat:theme', iri(`${EU}/data-theme/GOVE`)],
    ['dct:accrualPeriodicity', iri(UPDATE_FREQUENCY.uri)],
    ...KEYWORDS.map((keyword): Property => ['dcat:keyword', sv(keyword)]),
  ];
  const modifiedOf = (ids: Dataset['ids']): Property[] => {
    let latest: Date | undefined;
    for (const [collection, list] of Object.entries(ids)) {
      for (const id of list) {
        const date = changed(collection as CollectionName, id);
        if (date && (!latest || date > latest)) latest = date;
      }
    }
    return latest ? [['dct:modified', xsdDate(latest)]] : [];
  };

  const datasets: Dataset[] = [
    {
      id: `${documentation}#insyn`,
      title: DATASET_TITLE,
      description: `${DATASET_DESCRIPTION} ${ILLUSTRATIVE_NOTE} ${KOLADA.credit}`,
      landing: documentation,
      ids: Object.fromEntries(Object.entries(catalog).map(([c, map]) => [c, [...map.keys()]])),
    },
    ...entries(catalog, 'plans').map((plan) => ({
      id: `${documentation}#plan-${plan.id}`,
      title: planDatasetTitle(plan.data.title),
      description: `${planDatasetDescription(plan.data.title)} ${plan.data.summary} ${ILLUSTRATIVE_NOTE}`,
      landing: at(hrefFor({ collection: 'plans', id: plan.id })),
      plan: plan.id,
      ids: planScope(catalog, plan.id),
      years: [plan.data.startYear, plan.data.endYear] as [number, number],
    })),
  ];

  const nodes: RdfNode[] = [];
  for (const dataset of datasets) {
    const bundle = dataset.plan ? planBundlePath(dataset.plan, 'json') : WHOLE_JSON_PATH;
    const downloads = (format: DataFormat) =>
      files.filter((f) => f.plan === dataset.plan && f.format === format && (format !== 'json' || f.path === bundle));
    const temporalId = `${dataset.id}-tid`;
    nodes.push({
      id: dataset.id,
      type: 'dcat:Dataset',
      properties: [
        ['dct:title', sv(dataset.title)],
        ['dct:description', sv(dataset.description)],
        ['dcat:landingPage', iri(dataset.landing)],
        ...common,
        ...modifiedOf(dataset.ids),
        ...(dataset.years ? [['dct:temporal', iri(temporalId)] as Property] : []),
        ...FORMATS.map((format): Property => ['dcat:distribution', iri(`${dataset.id}-${format}`)]),
      ],
    });
    if (dataset.years) {
      nodes.push({
        id: temporalId,
        type: 'dct:PeriodOfTime',
        properties: [
          ['dcat:startDate', xsdDate(`${dataset.years[0]}-01-01`)],
          ['dcat:endDate', xsdDate(`${dataset.years[1]}-12-31`)],
        ],
      });
    }
    for (const format of FORMATS) {
      const list = downloads(format);
      if (list.length === 0) throw new Error(`Datamängden ${dataset.id} saknar filer i formatet ${format}`);
      nodes.push({
        id: `${dataset.id}-${format}`,
        type: 'dcat:Distribution',
        properties: [
          ['dct:title', sv(DISTRIBUTION_TITLES[format])],
          ['dcat:accessURL', iri(documentation)],
          // Several files of one kind are one distribution with repeated download addresses, as DCAT-AP-SE advises.
          ...list.map((f): Property => ['dcat:downloadURL', iri(at(f.path))]),
          ['dcat:mediaType', iri(`http://www.iana.org/assignments/media-types/${MEDIA_TYPES[format]}`)],
          ['dct:format', iri(FILE_TYPES[format])],
          ['dct:license', iri(LICENSE.uri)],
        ],
      });
    }
  }

  return [
    {
      id: at(CATALOG_RDF_PATH),
      type: 'dcat:Catalog',
      properties: [
        ['dct:title', sv(CATALOG_TITLE)],
        [
          'dct:description',
          sv(
            `Datamängderna som webbplatsen Insyn publicerar. Uppdateras ${UPDATE_FREQUENCY.text[0].toLowerCase()}${UPDATE_FREQUENCY.text.slice(1)}`,
          ),
        ],
        ['dct:publisher', iri(publisherId)],
        ['foaf:homepage', iri(at('/'))],
        ['dct:language', iri(`${EU}/language/SWE`)],
        ['dct:license', iri(LICENSE.uri)],
        ['dcat:themeTaxonomy', iri(`${EU}/data-theme`)],
        ...modifiedOf(datasets[0].ids),
        ...datasets.map((d): Property => ['dcat:dataset', iri(d.id)]),
      ],
    },
    {
      id: publisherId,
      type: 'foaf:Agent',
      properties: [
        ['foaf:name', { value: PUBLISHER }],
        ['dct:type', iri('http://purl.org/adms/publishertype/RegionalAuthority')],
      ],
    },
    {
      id: contactId,
      type: 'vcard:Organization',
      properties: [
        ['vcard:fn', { value: PUBLISHER }],
        ['vcard:hasURL', iri(organisation.data.website)],
      ],
    },
    ...nodes,
  ];
}

export const dcatRdfXml = (input: DcatInput) => toRdfXml(dcatNodes(input));
export const dcatJsonLd = (input: DcatInput) => toJsonLd(dcatNodes(input));
