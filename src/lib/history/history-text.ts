/**
 * The Swedish grammar of change notes: each field's name and the gender its participle agrees
 * with, and the notes built from them. The notes are written once per build, from git, and
 * quote the content's own values, so they are Swedish on every page (marked so on English
 * pages). The words around them (headings, kinds of change) are in the message catalogues.
 */
import type { CollectionName } from '../../schemas/common.ts';

/**
 * A field's name as a change note starts with it, and the gender its participle agrees with:
 * `Rubriken ändrad` (en), `Namnet ändrat` (ett), `Målvärdena ändrade` (plural).
 */
export interface FieldWord {
  name: string;
  form: 'en' | 'ett' | 'plural';
}

const en = (name: string): FieldWord => ({ name, form: 'en' });
const ett = (name: string): FieldWord => ({ name, form: 'ett' });
const plural = (name: string): FieldWord => ({ name, form: 'plural' });

const PARTICIPLES = {
  changed: { en: 'ändrad', ett: 'ändrat', plural: 'ändrade' },
  added: { en: 'tillagd', ett: 'tillagt', plural: 'tillagda' },
  removed: { en: 'borttagen', ett: 'borttaget', plural: 'borttagna' },
} as const;

/**
 * Every field a visitor reads, by its path in the schema (`source.name`, `decisions[].role`),
 * in the words a change note names it with. A field of one collection that means something
 * else than the same key elsewhere has its own word in `COLLECTION_FIELD_WORDS`.
 * test/unit/change-notes.test.ts checks that every field of every schema has one.
 */
export const FIELD_WORDS: Record<string, FieldWord> = {
  title: ett('Namnet'),
  name: ett('Namnet'),
  shortName: en('Förkortningen'),
  koladaId: ett('Id:t i Kolada'),
  website: en('Webbplatsen'),
  kind: en('Typen'),
  organisation: en('Organisationen'),
  description: en('Beskrivningen'),
  body: ett('Organet'),
  startYear: ett('Första året'),
  endYear: ett('Sista året'),
  vocabulary: plural('Orden för mål och mått'),
  dnr: ett('Diarienumret'),
  summary: en('Sammanfattningen'),
  periods: plural('Uppföljningstillfällena'),
  statuses: plural('Statusarna'),
  results: plural('Utfallen'),
  targets: plural('Målvärdena'),
  series: plural('Årsvärdena'),
  counts: plural('Antalen aktiviteter'),
  'stated.source': ett('Dokumentet som anger antalen'),
  'stated.uppdrag': ett('Antalet uppdrag enligt beslutsunderlaget'),
  'stated.uppdragFromRegionplan': ett('Antalet uppdrag från regionplanen enligt beslutsunderlaget'),
  'stated.uppdragOwn': ett('Antalet egna uppdrag enligt beslutsunderlaget'),
  'stated.nyckeltal': ett('Antalet nyckeltal enligt beslutsunderlaget'),
  'stated.activities': ett('Antalet aktiviteter enligt beslutsunderlaget'),
  illustrative: en('Förklaringen av vad som är exempel'),
  exampleFields: en('Uppgiften om vilka delar som är exempel'),
  plan: en('Planen'),
  strategy: en('Strategin'),
  order: en('Ordningen i planen'),
  year: ett('Året'),
  endDate: en('Sista dagen'),
  origin: ett('Ursprunget'),
  continues: en('Kopplingen till tidigare plan'),
  responsibleUnit: en('Den ansvariga enheten'),
  term: ett('Tidsperspektivet'),
  unit: en('Enheten'),
  direction: en('Riktningen'),
  'range.min': ett('Lägsta rimliga värdet'),
  'range.max': ett('Högsta rimliga värdet'),
  'source.name': en('Källan'),
  'source.url': en('Adressen till källan'),
  'source.kolada': ett('Id:t i Kolada'),
  'source.retrieved': ett('Hämtningsdatumet'),
  'source.originalTitle': ett('Namnet i källan'),
  'source.definition': en('Källans definition'),
  'source.gives': en('Uppgiften om vad källan anger'),
  units: plural('Enheterna'),
  period: en('Perioden'),
  date: ett('Datumet'),
  paragraph: en('Paragrafen'),
  wording: en('Ordalydelsen'),
  wordingSource: en('Källan till ordalydelsen'),
  protocolUrl: en('Adressen till protokollet'),
  caseUrl: en('Adressen till ärendet i diariet'),
  originalUrl: en('Adressen till originalfilen'),
  author: en('Handläggaren'),
  signedBy: plural('Undertecknarna'),
  sourceNote: en('Anmärkningen om källtexten'),
  'economy.until': en('Månaden som resultatet gäller till och med'),
  'economy.result': ett('Det ekonomiska resultatet'),
  'economy.againstBudget': ett('Resultatet jämfört med budget'),
  decisions: plural('Besluten'),
  documents: plural('Dokumenten'),
  plans: plural('Planerna'),
  reports: plural('Rapporterna'),
};

/** Where a collection's field is named otherwise than the same key elsewhere. */
export const COLLECTION_FIELD_WORDS: Partial<Record<CollectionName, Record<string, FieldWord>>> = {
  decisions: { title: en('Rubriken'), date: ett('Sammanträdesdatumet'), endDate: en('Sista sammanträdesdagen') },
  documents: { title: en('Rubriken'), unit: en('Enheten som skrev dokumentet') },
  plans: { parent: en('Regionplanen som planen bygger på'), decisions: plural('Besluten om planen') },
  units: { parent: en('Enheten som den ingår i') },
  periods: { endDate: en('Periodens sista dag') },
};

/** The name of an entry linked from a list field, as a note says one or more were added or removed. */
export const LIST_WORDS: Record<string, { one: FieldWord; many: FieldWord }> = {
  decisions: { one: ett('Kopplat beslut'), many: plural('Kopplade beslut') },
  documents: { one: ett('Kopplat dokument'), many: plural('Kopplade dokument') },
  plans: { one: en('Kopplad plan'), many: plural('Kopplade planer') },
  reports: { one: en('Kopplad rapport'), many: plural('Kopplade rapporter') },
  units: { one: en('Enhet'), many: plural('Enheter') },
  periods: { one: ett('Uppföljningstillfälle'), many: plural('Uppföljningstillfällen') },
  signedBy: { one: en('Undertecknare'), many: plural('Undertecknare') },
};

/** What a change meant for a visitor (src/lib/history/change-notes.ts). */
export const CHANGE_NOTES = {
  added: 'Publicerad på Insyn',
  deleted: 'Borttagen från Insyn',
  changed: (word: FieldWord) => `${word.name} ${PARTICIPLES.changed[word.form]}`,
  fieldAdded: (word: FieldWord) => `${word.name} ${PARTICIPLES.added[word.form]}`,
  fieldRemoved: (word: FieldWord) => `${word.name} ${PARTICIPLES.removed[word.form]}`,
  resultPublished: (period: string) => `Utfall ${period} publicerat`,
  statusPublished: (period: string) => `Status ${period} publicerad`,
  statusChanged: 'Status ändrad',
  statusCorrected: (period: string) => `Status ${period} ändrad`,
  resultChanged: (period: string) => `Utfall ${period} ändrat`,
  statusTextChanged: (period: string) => `Kommentar till status ${period} ändrad`,
  resultCommentChanged: (period: string) => `Kommentar till utfall ${period} ändrad`,
  periodRemoved: (period: string) => `Uppföljning ${period} borttagen`,
  targetAdded: (year: number) => `Målvärde ${year} tillagt`,
  targetChanged: (year: number) => `Målvärde ${year} ändrat`,
  targetNoteChanged: (year: number) => `Förklaringen till målvärde ${year} ändrad`,
  targetRemoved: (year: number) => `Målvärde ${year} borttaget`,
  seriesYears: (years: string) => `Årsvärden för ${years} tillagda`,
  series: 'Årsvärden uppdaterade',
  countsPublished: (period: string) => `Antal aktiviteter ${period} publicerade`,
  countsChanged: (period: string) => `Antal aktiviteter ${period} ändrade`,
  countsSourceChanged: (period: string) => `Källan till antalet aktiviteter ${period} ändrad`,
  countsRemoved: (period: string) => `Antal aktiviteter ${period} borttagna`,
  /** One status's count, as `3 planerade`. */
  count: (count: number, word: { one: string; many: string }) => `${count} ${count === 1 ? word.one : word.many}`,
  planDecisionAdded: 'Beslut om planen tillagt',
  planDecisionRemoved: 'Beslut om planen borttaget',
  planDecisionRole: (decision: string) => `Rollen för ${decision} ändrad`,
  /** `RS 2023-11-08 § 194 (Fastställd)`: a decision and what it did to the plan. */
  withRole: (decision: string, role: string) => `${decision} (${role})`,
  /** A decision's paragraph, as the protocol writes it. */
  paragraph: (paragraph: number) => `§ ${paragraph}`,
  /** The result of a period, as `70,0 %, Ej uppfyllt`. */
  result: (value: string | undefined, status: string) => (value ? `${value}, ${status}` : status),
  noStatus: 'ingen status',
  details: 'Uppgifter ändrade',
  text: (name: string) => `${name} ändrad`,
  /** A text shown in a note, in quotation marks so it is not read as the note's own words. */
  quoted: (text: string) => `«${text}»`,
  /** How a note reads as one line: before and after, what was added, what was removed. */
  fromTo: (what: string, from: string, to: string) => `${what} från ${from} till ${to}`,
  onlyTo: (what: string, to: string) => `${what}: ${to}`,
  onlyFrom: (what: string, from: string) => `${what}, tidigare ${from}`,
  from: 'från',
  to: 'till',
  earlier: 'tidigare',
  /** After a value that is an example, as search results and lists mark one. */
  exampleMark: '(exempel)',
} as const;
