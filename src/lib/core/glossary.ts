/**
 * The words the site uses that a visitor may not know, explained once: the page /om/begrepp/
 * lists them, and pages link to or abbreviate them in place with the same text (`<abbr
 * title>` for abbreviations). The terms and their definitions are in each language's message
 * catalogue (`GlossaryText`); this module puts them together with the site's own bodies,
 * whose short names come from the content (`bodyTerms`), and finds them in a page's texts.
 */
import type { KindWords } from './organisation-words.ts';

export interface Term {
  /** The anchor on /om/begrepp/. */
  id: string;
  term: string;
  /** What an abbreviation stands for, as in `<abbr title>`. */
  expansion?: string;
  definition: string;
  /**
   * For a body's short name: the body's name, said before the definition. The name and the
   * expansion are the content's, in Swedish; so is the definition of a nämnd (`contentDefinition`).
   */
  body?: { name: string; contentDefinition: boolean };
}

export interface TermGroup {
  id: string;
  title: string;
  intro?: string;
  terms: readonly Term[];
}

/** The glossary in one language, from its message catalogue. */
export interface GlossaryText {
  groups: readonly TermGroup[];
  /** The link, on a page that shows status words, to what they mean. */
  statusHelp: string;
  /** The status group's intro, naming whom the follow-ups report to. */
  statusIntro: (w: KindWords) => string;
  /** The definitions that name the organisation's kind, by term id. */
  inKind: Readonly<Record<string, (w: KindWords) => string>>;
  /** What fullmäktige and styrelse are, after their names. */
  council: (w: KindWords) => string;
  board: (w: KindWords) => string;
}

export const GLOSSARY_PATH = '/om/begrepp/';

/** A political body of the content, as the glossary explains its short name. */
export interface GlossaryBody {
  shortName: string;
  name: string;
  kind: 'fullmaktige' | 'styrelse' | 'namnd';
  description: string;
}

/** What the glossary needs to know of the site: its bodies, the organisation's kind and the language's texts. */
export interface GlossaryContext {
  bodies: readonly GlossaryBody[];
  words: KindWords;
  text: GlossaryText;
}

const lowerFirst = (text: string) => `${text[0].toLowerCase()}${text.slice(1)}`;

/**
 * The bodies' short names (RF, KS, …) as terms, from the content: fullmäktige and styrelse in
 * the organisation's words, a nämnd by the first sentence of its description.
 */
export function bodyTerms({ bodies, words, text }: GlossaryContext): Term[] {
  const order = ['fullmaktige', 'styrelse', 'namnd'];
  const ranked = [...bodies].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return ranked.map((body) => ({
    id: body.shortName.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    term: body.shortName,
    expansion: lowerFirst(body.name),
    definition:
      body.kind === 'fullmaktige'
        ? text.council(words)
        : body.kind === 'styrelse'
          ? text.board(words)
          : lowerFirst(/^[^.]*\./.exec(body.description)?.[0] ?? body.description),
    body: { name: body.name, contentDefinition: body.kind === 'namnd' },
  }));
}

/** The glossary with the site's own bodies among the decisions' words, in the organisation's words. */
export function glossaryWith(context: GlossaryContext): TermGroup[] {
  const { words, text } = context;
  return text.groups.map((group) => ({
    ...group,
    ...(group.id === 'status' ? { intro: text.statusIntro(words) } : {}),
    terms: [
      ...(group.id === 'beslut' ? bodyTerms(context) : []),
      ...group.terms.map((term) => {
        const definition = text.inKind[term.id];
        return definition ? { ...term, definition: definition(words) } : term;
      }),
    ],
  }));
}

/** A term of `groups` (the catalogue's, or `glossaryWith`'s with the bodies), by its id. */
export function glossaryTerm(id: string, groups: readonly TermGroup[]): Term {
  const term = groups.flatMap((g) => g.terms).find((t) => t.id === id);
  if (!term) throw new Error(`Begreppet ${id} finns inte i ordlistan`);
  return term;
}

/** The address of a term's explanation. */
export const glossaryHref = (id: string, groups: readonly TermGroup[]) =>
  `${GLOSSARY_PATH}#${glossaryTerm(id, groups).id}`;

/** The entry of an abbreviated unit (`kr/inv`, `mnkr`), to write it out where the unit is described. */
export function unitTerm(unit: string, text: GlossaryText): Term | undefined {
  return text.groups.flatMap((g) => g.terms).find((t) => t.expansion && t.term === unit);
}

/** The address of a group of terms on /om/begrepp/ (its heading's id). */
export function glossaryGroupHref(groupId: string, text: GlossaryText): string {
  if (!text.groups.some((g) => g.id === groupId)) throw new Error(`Gruppen ${groupId} finns inte i ordlistan`);
  return `${GLOSSARY_PATH}#grupp-${groupId}`;
}

/** One part of a page's short note on its words: a link to an explanation, or an abbreviation written out. */
export type TermHelpPart =
  | { kind: 'link'; text: string; href: string }
  /** `content`: a body's short name, written out with its name from the content. */
  | { kind: 'abbr'; abbr: string; expansion: string; href: string; content: boolean };

export interface TermHelpInput {
  /** The page shows status words (Helt uppfyllt, Delvis uppfyllt …). */
  statuses?: boolean;
  /** Texts the page shows; the abbreviations among them (the bodies' short names, mnkr, kr/inv) are written out. */
  texts?: readonly (string | null | undefined)[];
  /** The site's bodies, kind and language, whose short names are explained too. */
  context: GlossaryContext;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

type Abbreviation = Term & { expansion: string };
const isAbbreviation = (term: Term): term is Abbreviation => Boolean(term.expansion);

/** The abbreviations of the glossary that occur as whole words in the texts, in glossary order. */
export function abbreviationsIn(
  texts: readonly (string | null | undefined)[],
  context: GlossaryContext,
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
  if (statuses) {
    parts.push({ kind: 'link', text: context.text.statusHelp, href: glossaryGroupHref('status', context.text) });
  }
  for (const t of abbreviationsIn(texts, context)) {
    parts.push({
      kind: 'abbr',
      abbr: t.term,
      expansion: t.expansion,
      href: `${GLOSSARY_PATH}#${t.id}`,
      content: t.body !== undefined,
    });
  }
  return parts;
}

/** The explanation of a nyckeltal's kind (kortsiktigt or långsiktigt). */
export const nyckeltalTermHref = (term: 'kortsiktig' | 'langsiktig', text: GlossaryText) =>
  glossaryHref(term === 'kortsiktig' ? 'kortsiktigt' : 'langsiktigt', text.groups);
