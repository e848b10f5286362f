/**
 * The words the site uses that a visitor may not know, explained once in plain Swedish:
 * the page /om/begrepp/ lists them, and pages link to or abbreviate them in place with the
 * same text (`<abbr title>` for abbreviations). Status words are defined here, with who
 * sets a status and when. The bodies' short names come from the content (`bodyTerms`).
 */
import type { KindWords } from './organisation-words.ts';

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
        id: 'diarienummer',
        term: 'Diarienummer',
        definition:
          'Ärendets nummer i diariet, som RS/595/2023: organet, löpnumret och året. Ett ärende kan ha flera beslut och dokument.',
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

/** A political body of the content, as the glossary explains its short name. */
export interface GlossaryBody {
  shortName: string;
  name: string;
  kind: 'fullmaktige' | 'styrelse' | 'namnd';
  description: string;
}

/** What the glossary needs to know of the site: its bodies and the organisation's kind. */
export interface GlossaryContext {
  bodies: readonly GlossaryBody[];
  words: KindWords;
}

const lowerFirst = (text: string) => `${text[0].toLowerCase()}${text.slice(1)}`;

/**
 * The bodies' short names (RF, KS, …) as terms, from the content: fullmäktige and styrelse in
 * the organisation's words, a nämnd by the first sentence of its description.
 */
export function bodyTerms({ bodies, words }: GlossaryContext): Term[] {
  const order = ['fullmaktige', 'styrelse', 'namnd'];
  const ranked = [...bodies].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return ranked.map((body) => ({
    id: body.shortName.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    term: body.shortName,
    expansion: lowerFirst(body.name),
    definition: `${body.name}: ${
      body.kind === 'fullmaktige'
        ? `${words.theirs} högsta beslutande organ, valt av invånarna.`
        : body.kind === 'styrelse'
          ? `leder och samordnar ${words.theirs} verksamhet och ekonomi.`
          : lowerFirst(/^[^.]*\./.exec(body.description)?.[0] ?? body.description)
    }`,
  }));
}

/**
 * The words of the glossary that name the organisation's kind: for a kommun, kommunstyrelsen
 * and kommunerna instead of regionstyrelsen and regionerna.
 */
const IN_KIND_WORDS: Record<string, (w: KindWords) => string> = {
  langsiktigt: (w) =>
    `Ett nyckeltal i den plan som ${w.council} antar för flera år, som visar hur ett område utvecklas över flera år. Ofta statistik från Kolada.`,
  'kr-inv': (w) => `Kronor per invånare: kostnaden delad med antalet invånare i ${w.the} den 31 december.`,
  median: (w) =>
    `När ${w.peers} jämförs är medianen det mittersta värdet av alla ${w.peers}s, och spridningen går från den lägsta till den högsta.`,
};
const statusIntro = (w: KindWords) =>
  `Vid varje uppföljning (per april, per augusti och för helåret) bedömer den enhet som ansvarar för uppdraget eller nyckeltalet hur det går, och skriver en kommentar som förklarar bedömningen. Bedömningarna samlas i en rapport till ${w.board}.`;

/** The glossary with the site's own bodies among the decisions' words, in the organisation's words. */
export function glossaryWith(context?: GlossaryContext): TermGroup[] {
  if (!context) return GLOSSARY;
  const { words } = context;
  return GLOSSARY.map((group) => ({
    ...group,
    ...(group.id === 'status' ? { intro: statusIntro(words) } : {}),
    terms: [
      ...(group.id === 'beslut' ? bodyTerms(context) : []),
      ...group.terms.map((term) => {
        const definition = IN_KIND_WORDS[term.id];
        return definition ? { ...term, definition: definition(words) } : term;
      }),
    ],
  }));
}

/** Every term, by its id. */
export function glossaryTerm(id: string, context?: GlossaryContext): Term {
  const term = glossaryWith(context)
    .flatMap((g) => g.terms)
    .find((t) => t.id === id);
  if (!term) throw new Error(`Begreppet ${id} finns inte i ordlistan`);
  return term;
}

/** The address of a term's explanation. */
export const glossaryHref = (id: string, context?: GlossaryContext) =>
  `${GLOSSARY_PATH}#${glossaryTerm(id, context).id}`;

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
  /** Texts the page shows; the abbreviations among them (the bodies' short names, mnkr, kr/inv) are written out. */
  texts?: readonly (string | null | undefined)[];
  /** The site's bodies and kind, whose short names are explained too. */
  context?: GlossaryContext;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

type Abbreviation = Term & { expansion: string };
const isAbbreviation = (term: Term): term is Abbreviation => Boolean(term.expansion);

/** The abbreviations of the glossary that occur as whole words in the texts, in glossary order. */
export function abbreviationsIn(
  texts: readonly (string | null | undefined)[],
  context?: GlossaryContext,
): Abbreviation[] {
  const text = texts.filter(Boolean).join('\n');
  return glossaryWith(context)
    .flatMap((g) => g.terms)
    .filter(isAbbreviation)
    .filter((t) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(t.term)}($|[^\\p{L}\\p{N}])`, 'u').test(text));
}

/**
 * A page's short note on the words it uses, said once per page: a link to what the status
 * words mean, and each abbreviation written out with a link to its entry. Empty when the
 * page needs none.
 */
export function termHelp({ statuses = false, texts = [], context }: TermHelpInput): TermHelpPart[] {
  const parts: TermHelpPart[] = [];
  if (statuses) parts.push({ kind: 'link', text: 'Vad betyder statusarna?', href: glossaryGroupHref('status') });
  for (const t of abbreviationsIn(texts, context)) {
    parts.push({ kind: 'abbr', abbr: t.term, expansion: t.expansion, href: `${GLOSSARY_PATH}#${t.id}` });
  }
  return parts;
}

/** The explanation of a nyckeltal's kind (kortsiktigt or långsiktigt). */
export const nyckeltalTermHref = (term: 'kortsiktig' | 'langsiktig') =>
  glossaryHref(term === 'kortsiktig' ? 'kortsiktigt' : 'langsiktigt');
