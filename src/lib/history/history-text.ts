/**
 * Every word users read about content history and items followed across years, in
 * Swedish, in one place (a sibling of `labels.ts`), so an English version can follow.
 */
import type { CollectionName } from '../../schemas/common.ts';
import type { ChangeKind } from './change-kind.ts';
import { genitive } from '#lib/core/format.ts';

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  added: 'Tillagd',
  modified: 'Ändrad',
  deleted: 'Borttagen',
  renamed: 'Nytt id',
};

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

export const HISTORY_TEXT = {
  heading: 'Ändringshistorik',
  lastChanged: 'Senast ändrad',
  source:
    'Historiken kommer från versionshanteringen (git) som innehållet publiceras genom. Varje ändring visas med datum och vad som ändrades.',
  unavailable:
    'Ändringshistoriken är inte tillgänglig i den här versionen av webbplatsen: den byggdes utan innehållets fullständiga versionshistorik, så inga ändringsdatum kan visas.',
  noChanges: 'Posten har inga publicerade ändringar i versionshistoriken ännu.',
  showChange: 'Visa ändring',
  /** The folded list's summary: the list grows with every publication, so it is closed at first. */
  allChanges: (count: number) => (count === 1 ? 'Visa ändringen' : `Visa alla ${count} ändringar`),
} as const;

/** The frozen versions of pages under /arkiv/ (src/lib/history/archive.ts) and how they are cited. */
export const ARCHIVE_TEXT = {
  /** At the top of a frozen page, before the link to the live page. */
  notice: (day: string) => `Så här såg sidan ut den ${day}.`,
  newer: 'Det finns en nyare version.',
  /** In the citation: the version cited, by the day it stood for. */
  version: (day: string) => `Version från ${day}`,
  /** In the change history: the earlier versions, each a page of its own. */
  earlier: 'Tidigare versioner',
  earlierIntro:
    'Varje tidigare version av sidan finns kvar med sitt datum, så att en hänvisning till den visar samma siffror även när sidan ändras.',
  /** Under the list on the live page: what happens to the version shown now. */
  keptLater: 'När sidan ändras finns den här versionen kvar under Tidigare versioner, med sitt datum.',
  /** The version a frozen page shows, in the list of versions. */
  thisVersion: '(den här versionen)',
  latest: 'Nyaste versionen',
} as const;

export const RECENT_TEXT = {
  title: 'Senaste ändringar',
  description:
    'De senaste ändringarna av innehållet på Insyn: uppdrag, nyckeltal, planer, rapporter, beslut och dokument.',
  intro: 'Ändringar av innehållet på webbplatsen, de senaste först. Varje posts sida visar hela dess ändringshistorik.',
  /** How much of the history the list shows, said plainly. */
  scope: (shown: number, total: number) =>
    shown === total
      ? `Listan visar alla ${total} ändringar av innehållet.`
      : `Listan visar de ${shown} senaste av sammanlagt ${total} ändringar av innehållet.`,
  feed: 'Följ ändringarna med ett flöde (Atom)',
  changedEntries: 'Ändrade poster',
  more: (count: number) => `och ${count} ${count === 1 ? 'post' : 'poster'} till`,
  gone: 'finns inte längre på webbplatsen',
  sharedChange: (note: string, count: number) => `${note} för ${count} poster`,
  changedCount: (count: number) => `${count} ${count === 1 ? 'post' : 'poster'} ändrade`,
  feedSubtitle: (name: string) => `Ändringar av innehållet på Insyn, ${genitive(name)} öppna uppföljning.`,
} as const;

export const LINEAGE_TEXT = {
  label: 'Över åren',
  intro: (noun: string) => `Samma ${noun} i flera års planer, från det äldsta till det senaste:`,
} as const;
