/**
 * The words the site uses that a visitor may not know, explained once in plain Swedish:
 * the page /om/begrepp/ lists them, and pages link to or abbreviate them in place with the
 * same text (`<abbr title>` for abbreviations). Status words are defined here, with who
 * sets a status and when.
 */

export interface Term {
  /** The anchor on /om/begrepp/. */
  id: string;
  term: string;
  /** What an abbreviation stands for, as in `<abbr title>`. */
  expansion?: string;
  definition: string;
}

export interface TermGroup {
  id: string;
  title: string;
  intro?: string;
  terms: Term[];
}

export const GLOSSARY_PATH = '/om/begrepp/';

export const GLOSSARY: TermGroup[] = [
  {
    id: 'status',
    title: 'Status för uppdrag och nyckeltal',
    intro:
      'Vid varje uppföljning, som tertialrapporten per april, bedömer den enhet som ansvarar för uppdraget eller nyckeltalet hur det går, och skriver en kommentar som förklarar bedömningen. Bedömningarna samlas i en rapport till regionstyrelsen.',
    terms: [
      {
        id: 'helt-uppfyllt',
        term: 'Helt uppfyllt',
        definition: 'Uppdraget är genomfört, eller nyckeltalet har nått sitt målvärde vid uppföljningen.',
      },
      {
        id: 'delvis-uppfyllt',
        term: 'Delvis uppfyllt',
        definition:
          'Arbetet pågår eller en del är gjord, men uppdraget är inte genomfört fullt ut; för ett nyckeltal: värdet är på väg mot målvärdet men har inte nått det.',
      },
      {
        id: 'ej-uppfyllt',
        term: 'Ej uppfyllt',
        definition: 'Uppdraget eller nyckeltalet når inte det som planen kräver vid uppföljningen.',
      },
      {
        id: 'gar-ej-att-mata',
        term: 'Går ej att mäta',
        definition:
          'Nyckeltalet kan inte mätas ännu vid uppföljningen, till exempel för att uppgifterna kommer först vid årets slut. Det är inget misslyckande och visas aldrig som noll.',
      },
    ],
  },
  {
    id: 'plan',
    title: 'Planer och mått',
    terms: [
      {
        id: 'uppdrag',
        term: 'Uppdrag',
        definition:
          'Något som en plan säger att styrelsen eller en nämnd ska göra under året. Äldre planer kallade motsvarande mål för resultatmål.',
      },
      {
        id: 'nyckeltal',
        term: 'Nyckeltal',
        definition:
          'Ett mått som visar hur det går, med ett målvärde att jämföra med. Äldre planer kallade motsvarande mått för mätetal.',
      },
      {
        id: 'kortsiktigt',
        term: 'Kortsiktigt nyckeltal',
        definition: 'Ett nyckeltal i årets plan för styrelsen eller en nämnd, som följs upp under året.',
      },
      {
        id: 'langsiktigt',
        term: 'Långsiktigt nyckeltal',
        definition:
          'Ett nyckeltal i regionplanen, som regionfullmäktige antar för tre år, som visar hur ett område utvecklas över flera år. Ofta statistik från Kolada.',
      },
      {
        id: 'malvarde',
        term: 'Målvärde',
        definition: 'Det värde som planen vill att nyckeltalet ska nå ett visst år.',
      },
      {
        id: 'utfall',
        term: 'Utfall',
        definition: 'Nyckeltalets faktiska värde vid en uppföljning.',
      },
      {
        id: 'aktivitet',
        term: 'Aktivitet',
        definition:
          'Det som verksamheten gör för att genomföra ett uppdrag eller nå ett nyckeltal. En aktivitet är planerad, pågående enligt plan, försenad eller genomförd.',
      },
      {
        id: 'tertialrapport',
        term: 'Tertialrapport, delårsrapport och årsredovisning',
        definition:
          'Uppföljningarna under året: läget per april (tertialrapport), per augusti (delårsrapport) och för hela året (årsredovisning).',
      },
    ],
  },
  {
    id: 'pengar',
    title: 'Pengar och statistik',
    terms: [
      { id: 'mnkr', term: 'mnkr', expansion: 'miljoner kronor', definition: 'Miljoner kronor.' },
      {
        id: 'kr-inv',
        term: 'kr/inv',
        expansion: 'kronor per invånare',
        definition: 'Kronor per invånare: kostnaden delad med antalet invånare i regionen den 31 december.',
      },
      {
        id: 'lopande-priser',
        term: 'Löpande priser',
        definition:
          'Kronor som de var värda det året, utan justering för att priserna stiger. Ett värde från 2010 och ett från 2023 är därför inte direkt jämförbara.',
      },
      {
        id: 'nettokostnad',
        term: 'Nettokostnad',
        definition: 'Kostnaderna minus intäkterna, som avgifter och ersättningar.',
      },
      {
        id: 'median',
        term: 'Median och spridning',
        definition:
          'När regionerna jämförs är medianen det mittersta värdet av de 21 regionernas, och spridningen går från den lägsta regionen till den högsta.',
      },
      {
        id: 'kolada',
        term: 'Kolada',
        definition:
          'Den nationella databasen med nyckeltal för kommuner och regioner, som drivs av RKA (Rådet för främjande av kommunala analyser).',
      },
    ],
  },
  {
    id: 'beslut',
    title: 'Beslut och organ',
    terms: [
      {
        id: 'rf',
        term: 'RF',
        expansion: 'regionfullmäktige',
        definition: 'Regionfullmäktige: regionens högsta beslutande organ, valt av invånarna.',
      },
      {
        id: 'rs',
        term: 'RS',
        expansion: 'regionstyrelsen',
        definition: 'Regionstyrelsen: leder och samordnar regionens verksamhet och ekonomi.',
      },
      {
        id: 'run',
        term: 'RUN',
        expansion: 'regionala utvecklingsnämnden',
        definition: 'Regionala utvecklingsnämnden: ansvarar för regional utveckling.',
      },
      {
        id: 'diarienummer',
        term: 'Diarienummer',
        definition:
          'Ärendets nummer i regionens diarium, som RS/595/2023: organet, löpnumret och året. Ett ärende kan ha flera beslut och dokument.',
      },
      {
        id: 'paragraf',
        term: '§ (paragraf)',
        definition:
          'Beslutets nummer i sammanträdets protokoll. Ett beslut känns igen på organ, datum och paragraf, som RS 2023-11-08 § 194.',
      },
    ],
  },
];

/** Every term, by its id. */
export function glossaryTerm(id: string): Term {
  const term = GLOSSARY.flatMap((g) => g.terms).find((t) => t.id === id);
  if (!term) throw new Error(`Begreppet ${id} finns inte i ordlistan`);
  return term;
}

/** The address of a term's explanation. */
export const glossaryHref = (id: string) => `${GLOSSARY_PATH}#${glossaryTerm(id).id}`;

/** The entry of an abbreviated unit (`kr/inv`, `mnkr`), to write it out where the unit is described. */
export function unitTerm(unit: string): Term | undefined {
  return GLOSSARY.flatMap((g) => g.terms).find((t) => t.expansion && t.term === unit);
}

/** The address of a group of terms on /om/begrepp/ (its heading's id). */
export function glossaryGroupHref(groupId: string): string {
  if (!GLOSSARY.some((g) => g.id === groupId)) throw new Error(`Gruppen ${groupId} finns inte i ordlistan`);
  return `${GLOSSARY_PATH}#grupp-${groupId}`;
}

/** One part of a page's short note on its words: a link to an explanation, or an abbreviation written out. */
export type TermHelpPart =
  { kind: 'link'; text: string; href: string } | { kind: 'abbr'; abbr: string; expansion: string; href: string };

export interface TermHelpInput {
  /** The page shows status words (Helt uppfyllt, Delvis uppfyllt …). */
  statuses?: boolean;
  /** Texts the page shows; the abbreviations among them (RS, RF, RUN, mnkr, kr/inv) are written out. */
  texts?: readonly (string | null | undefined)[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

type Abbreviation = Term & { expansion: string };
const isAbbreviation = (term: Term): term is Abbreviation => Boolean(term.expansion);

/** The abbreviations of the glossary that occur as whole words in the texts, in glossary order. */
export function abbreviationsIn(texts: readonly (string | null | undefined)[]): Abbreviation[] {
  const text = texts.filter(Boolean).join('\n');
  return GLOSSARY.flatMap((g) => g.terms)
    .filter(isAbbreviation)
    .filter((t) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(t.term)}($|[^\\p{L}\\p{N}])`, 'u').test(text));
}

/**
 * A page's short note on the words it uses, said once per page: a link to what the status
 * words mean, and each abbreviation written out with a link to its entry. Empty when the
 * page needs none.
 */
export function termHelp({ statuses = false, texts = [] }: TermHelpInput): TermHelpPart[] {
  const parts: TermHelpPart[] = [];
  if (statuses) parts.push({ kind: 'link', text: 'Vad betyder statusarna?', href: glossaryGroupHref('status') });
  for (const t of abbreviationsIn(texts)) {
    parts.push({ kind: 'abbr', abbr: t.term, expansion: t.expansion, href: glossaryHref(t.id) });
  }
  return parts;
}

/** The explanation of a nyckeltal's kind (kortsiktigt or långsiktigt). */
export const nyckeltalTermHref = (term: 'kortsiktig' | 'langsiktig') =>
  glossaryHref(term === 'kortsiktig' ? 'kortsiktigt' : 'langsiktigt');
