/**
 * Diarienummer and paragraph look-up for search: one normalisation shared by the index
 * (`lookupTokens`, added to every search record) and the search page (`normaliseQuery`).
 *
 * Why it is needed: Pagefind drops punctuation inside a word and matches every query word
 * as a prefix. `RS/595/2023` is indexed as `rs5952023` (plus its parts), so `RS 595/2023`
 * (the words `rs` and `5952023`) finds nothing; and `§ 6` (the word `6`) also finds § 60,
 * 2016 and 6 000. So records carry the canonical forms, and the query is rewritten into them:
 *
 * - a diarienummer in any common spelling becomes `RS/595/2023`; records with it also carry
 *   the short form `595/2023`, which is what `595/2023` in a query finds;
 * - a paragraph (`§ 194`, `§194`, `paragraf 194`) becomes `paragraf0194`: zero-padded, so
 *   that no other paragraph token starts with it and the prefix match is exact.
 */

/** How many digits a paragraph token has at least, so `paragraf0006` is no prefix of `paragraf0060`. */
const PARAGRAPH_DIGITS = 4;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A diarienummer written with one of the known prefixes (`RS`, `RF`, …) in any of the
 * spellings people use: `RS/595/2023`, `RS 595/2023`, `RS-595-2023`, `rs595/2023`,
 * `Dnr RS 595 / 2023`. Only known prefixes count, or `plan 2020-2022` would become one.
 */
function dnrPattern(prefixes: readonly string[]): RegExp | undefined {
  if (prefixes.length === 0) return undefined;
  const alternatives = [...prefixes]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:dnr|diarienr|diarienummer)\\.?:?\\s*)?(${alternatives})\\s*[/\\s-]?\\s*(\\d{1,5})\\s*[/-]\\s*(\\d{4})(?![\\p{L}\\p{N}])`,
    'giu',
  );
}

/** `§ 194`, `§194`, `§§ 194`, `paragraf 194`, `par. 194`. */
const PARAGRAPH = /(?:§+|(?<![\p{L}\p{N}])(?:paragraf|par\.))\s*(\d{1,5})(?![\p{L}\p{N}])/giu;

/** The short form `595/2023` written with spaces around the slash. */
const SHORT_DNR =
  /(?<![\p{L}\p{N}/])(\d{1,5})\s+\/\s*(\d{4})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}/])(\d{1,5})\s*\/\s+(\d{4})(?![\p{L}\p{N}])/gu;

/** The canonical diarienummer: `RS/595/2023`. */
export function formatDnr(prefix: string, number: string, year: string): string {
  return `${prefix.toUpperCase()}/${Number(number)}/${year}`;
}

/** The token a paragraph is indexed and searched as: `194` → `paragraf0194`. */
export function paragraphToken(paragraph: number | string): string {
  return `paragraf${String(Number(paragraph)).padStart(PARAGRAPH_DIGITS, '0')}`;
}

/** The letters before the first slash of each diarienummer, and bodies' short names: what counts as a prefix. */
export function dnrPrefixes(dnrs: Iterable<string>, shortNames: Iterable<string> = []): string[] {
  const prefixes = new Set<string>();
  for (const dnr of dnrs) {
    const prefix = /^([A-ZÅÄÖ]+)\//.exec(dnr)?.[1];
    if (prefix) prefixes.add(prefix);
  }
  for (const name of shortNames) if (/^[A-ZÅÄÖ]{1,6}$/.test(name)) prefixes.add(name);
  return [...prefixes].sort();
}

/**
 * The look-up tokens for a text: every diarienummer in it in its canonical and short
 * form, and every paragraph as its token, each once, in order of appearance.
 */
export function lookupTokens(text: string, prefixes: readonly string[]): string[] {
  const tokens = new Set<string>();
  const pattern = dnrPattern(prefixes);
  if (pattern) {
    for (const [, prefix, number, year] of text.matchAll(pattern)) {
      tokens.add(formatDnr(prefix, number, year));
      tokens.add(`${Number(number)}/${year}`);
    }
  }
  for (const [, paragraph] of text.matchAll(PARAGRAPH)) tokens.add(paragraphToken(paragraph));
  return [...tokens];
}

/**
 * Rewrites a user's query so that diarienummer and paragraphs match the tokens in the
 * index; every other word is left as typed. `RS 595/2023` → `RS/595/2023`,
 * `RS 2023-11-08 § 194` → `RS 2023-11-08 paragraf0194`.
 */
export function normaliseQuery(query: string, prefixes: readonly string[]): string {
  let result = query;
  const pattern = dnrPattern(prefixes);
  if (pattern)
    result = result.replace(pattern, (_, prefix: string, number: string, year: string) =>
      formatDnr(prefix, number, year),
    );
  result = result.replace(
    SHORT_DNR,
    (_, n1?: string, y1?: string, n2?: string, y2?: string) => `${Number(n1 ?? n2)}/${y1 ?? y2}`,
  );
  result = result.replace(PARAGRAPH, (_, paragraph: string) => paragraphToken(paragraph));
  return result.replace(/\s+/g, ' ').trim();
}
