/**
 * The Swedish words of the open data: titles of datasets and files, what the columns that
 * the exports add mean, the licence and the credit to Kolada. The fields themselves are
 * described in `src/schemas/`, once; this module only holds what the schemas cannot know.
 */
import type { CollectionName } from '../../schemas/index.ts';
import { COLLECTION_LABELS } from '#lib/core/labels.ts';
import { genitive } from '#lib/core/format.ts';
import { kindWords } from '#lib/core/organisation-words.ts';
import type { Configuration } from '../../schemas/configuration.ts';

/** What the open data needs from the configuration: who publishes it, under which licence. */
export type Publisher = Pick<Configuration, 'name' | 'kind' | 'licence'>;

export const DATASET_TITLE = 'Insyn: planer, uppdrag och nyckeltal';
export const catalogTitle = (publisher: Publisher) => `Öppna data från Insyn, ${publisher.name}`;
export const datasetDescription = (publisher: Publisher) =>
  `Vad ${genitive(publisher.name)} politiska organ har beslutat att göra (uppdrag), hur ${kindWords(publisher.kind).the} mäter sina resultat (nyckeltal med målvärden) och hur det har gått vid varje uppföljning, med besluten, dokumenten och rapporterna bakom. Samma uppgifter som webbplatsen Insyn visar.`;

/** Some entries fill gaps in the sources with examples: whoever reuses the data must be able to tell. */
export const ILLUSTRATIVE_NOTE =
  'Poster som har fältet illustrative är helt eller delvis exempel: texten i fältet säger vad som är exempel och vad som kommer från källorna. Varje post i JSON-filerna och varje rad i CSV-filerna har fältet example, som är true när posten eller raden innehåller exempel. För ett nyckeltal med fältet exampleFields gäller det bara de fälten och deras rader.';

export const planDatasetTitle = (planTitle: string) => `${planTitle}: uppdrag och nyckeltal`;
export const planDatasetDescription = (planTitle: string) =>
  `Uppdrag med status per uppföljning, nyckeltal med målvärden och utfall, antal aktiviteter per status, rapporter, beslut och dokument för ${planTitle}.`;

export const KOLADA = {
  name: 'Kolada',
  url: 'https://www.kolada.se/',
  credit:
    'Årsvärdena i nyckeltalens serier (fältet series, filen nyckeltal-series.csv) för nyckeltal med Kolada som källa kommer från Kolada, den nationella databasen för kommuner och regioner som drivs av RKA. Ange "Källa: Kolada" när du visar dem oförändrade.',
};

/** How often the data changes: with the follow-ups, three times a year, and when plans and decisions are added. */
export const UPDATE_FREQUENCY = {
  uri: 'http://publications.europa.eu/resource/authority/frequency/IRREG',
  text: 'När en ny uppföljning, plan eller ett nytt beslut publiceras.',
};

export const keywords = (publisher: Publisher) => [
  'uppföljning',
  `${publisher.kind}plan`,
  'uppdrag',
  'nyckeltal',
  'målvärden',
  'tertialrapport',
  'beslut',
  publisher.name,
];

/** What the columns that the exports add, beside the schema fields, hold. */
export const ADDED_COLUMNS = {
  id: 'Postens id: filnamnet utan filändelse. Andra poster hänvisar till posten med detta id.',
  url: 'Postens sida på Insyn.',
  plan: 'Planen som posten hör till (samma som postens fält plan).',
  example:
    'true när raden innehåller exempel, alltså påhittade värden eller texter som inte finns i regionens dokument; false när allt på raden har en källa. Fältet illustrative säger vad som är exempel. I JSON-filerna har varje post samma fält, example.',
  recordKey: (collection: CollectionName) =>
    `Id för posten i ${COLLECTION_LABELS[collection].many.toLowerCase()} (${collection}.csv) som raden hör till.`,
  text: (what: string) => `${what[0].toUpperCase()}${what.slice(1)}, som Markdown-text.`,
};

/** The `example` field of every JSON record, as its JSON Schema and the open-data page describe it. */
export const EXAMPLE_FIELD =
  'true när posten innehåller exempel, alltså påhittade värden eller texter som inte finns i regionens dokument; false när allt i posten har en källa. Fältet illustrative säger vad som är exempel. CSV-filerna har samma uppgift i kolumnen example på varje rad.';

/** What the JSON Schema of the exported records says about itself. */
export const exportSchemaDescription = (collection: CollectionName, contentSchema: string) =>
  `En post i ${COLLECTION_LABELS[collection].many.toLowerCase()} som öppna data (/data/${collection}.json och filerna med allt): samma fält som innehållsfilerna (${contentSchema}), med hänvisningar som id, och dessutom id, example och url som exporten lägger till.`;

export const fileTitles = {
  wholeJson: 'Allt på en gång, som JSON',
  wholeZip: 'Allt på en gång: alla CSV-filer och JSON-filen i en zip-fil',
  planJson: (planTitle: string) => `Allt om ${planTitle}, som JSON`,
  planZip: (planTitle: string) => `Allt om ${planTitle}: CSV-filerna och JSON-filen i en zip-fil`,
  collectionJson: (collection: CollectionName) => `${COLLECTION_LABELS[collection].many}, som JSON`,
  mainCsv: (collection: CollectionName) => `${COLLECTION_LABELS[collection].many}, en rad per post`,
  listCsv: (collection: CollectionName, listDescription: string) =>
    `${COLLECTION_LABELS[collection].many}: ${listDescription[0].toLowerCase()}${listDescription.slice(1).replace(/\.$/, '')}`,
  catalogRdf: 'Katalog över datamängderna i DCAT-AP-SE, som RDF/XML',
  catalogJsonLd: 'Katalog över datamängderna i DCAT-AP-SE, som JSON-LD',
};

/** A short note put in each zip file. */
export const zipReadme = (documentation: string, publisher: Publisher) =>
  `${DATASET_TITLE}\r\n\r\nUtgivare: ${publisher.name}\r\nLicens: ${publisher.licence.name}, ${publisher.licence.uri}\r\n${KOLADA.credit}\r\n\r\nVarje fil och fält beskrivs på ${documentation}\r\n`;

export const feedTexts = {
  siteTitle: 'Insyn: nya rapporter och beslut',
  siteSubtitle: (publisher: Publisher) =>
    `Uppföljningar och beslut om ${genitive(publisher.name)} planer, uppdrag och nyckeltal.`,
  planTitle: (planTitle: string) => `${planTitle}: nya rapporter och beslut`,
  planSubtitle: (planTitle: string) => `Uppföljningar av ${planTitle} och besluten bakom den.`,
  /** Added to a feed's subtitle when the build had no history: its dates are then the content's own. */
  noHistory:
    'Ändringshistoriken är inte tillgänglig i den här versionen av webbplatsen, så datumen är rapporternas och beslutens egna datum, inte när de publicerades.',
};
