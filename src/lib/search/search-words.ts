/**
 * The staff's search words (`content/sok/sokord.json`, schema in `src/schemas/search-words.ts`)
 * as the index applies them when the site is built:
 *
 * - a synonym gives every record whose visible text uses one of the documents' words
 *   (`primärvård`, `ekonomi i balans`) the readers' words (`vårdcentral`, `budget`) as hidden
 *   tokens, so the readers' words find it exactly. Pagefind would otherwise answer a word no
 *   record has with near matches, shortening `vårdcentral` to `vård` and finding IT-säkerhet;
 * - a best bet gives each pinned page a hidden token of its query (`bestBetToken`); the search
 *   page knows the pinned queries and, for one of them, lists the pages with the token first.
 */
import type { BestBet, SearchWords, Synonym } from '../../schemas/search-words.ts';
import type { Problem } from '#lib/core/problems.ts';
import { wordsOf } from './compounds.ts';

/** A query or phrase as compared: lower case, its words single-spaced. */
export function searchKey(text: string): string {
  return wordsOf(text).join(' ');
}

/** The hidden token a best bet's pages carry: letters and digits only, one word, so Pagefind keeps it whole. */
export function bestBetToken(query: string): string {
  return `insynbast${searchKey(query).replace(/ /g, '')}`;
}

/** The endings an inflected form adds to a word: `primärvård-ens`, `resultat-et`, `tal-en`. */
const ENDINGS = new Set(['', 'e', 'a', 'n', 's', 't', 'en', 'et', 'na', 'ar', 'er', 'or', 'ens', 'ets', 'nas']);
for (const plural of ['arna', 'erna', 'orna']) ENDINGS.add(plural).add(`${plural}s`);
/** A compound's first part is at least this long: `energi|användning`, never a stray letter or two. */
const MIN_HEAD = 3;

/**
 * Whether `word` (of a record) is `wanted` (a word of the documents' phrase) in some form:
 * inflected (`primärvårdens`, `resultatet`) or as the last part of a compound
 * (`energianvändning` for `användning`), but not as the start of a longer word, so that
 * `resultat` never matches every `resultatmål` of the 2020 plan.
 */
function isForm(word: string, wanted: string): boolean {
  let at = word.indexOf(wanted);
  while (at !== -1) {
    if ((at === 0 || at >= MIN_HEAD) && ENDINGS.has(word.slice(at + wanted.length))) return true;
    at = word.indexOf(wanted, at + 1);
  }
  return false;
}

/** Whether `phrase` (the documents' words, lower case) occurs in `words` (a record's), word by word in a row. */
function uses(words: readonly string[], phrase: readonly string[]): boolean {
  for (let at = 0; at + phrase.length <= words.length; at++)
    if (phrase.every((wanted, i) => isForm(words[at + i], wanted))) return true;
  return false;
}

export interface SearchWordsApplier {
  /** The hidden tokens for a record with the visible `text` at `url`: readers' words and best bets. */
  tokens(text: string, url: string): string[];
}

/** Applies `searchWords` to records; each rule's words are split once. */
export function searchWordsApplier(searchWords: SearchWords | undefined): SearchWordsApplier {
  const synonyms = (searchWords?.synonyms ?? []).map((rule: Synonym) => ({
    words: rule.words.flatMap((word) => wordsOf(word)),
    means: rule.means.map((phrase) => wordsOf(phrase)),
  }));
  const pinned = new Map<string, string[]>();
  for (const bet of searchWords?.bestBets ?? [])
    for (const page of bet.pages) pinned.set(page, [...(pinned.get(page) ?? []), bestBetToken(bet.query)]);
  return {
    tokens(text, url) {
      const words = wordsOf(text);
      const tokens = new Set<string>();
      for (const rule of synonyms)
        if (rule.means.some((phrase) => uses(words, phrase))) for (const word of rule.words) tokens.add(word);
      for (const token of pinned.get(url) ?? []) tokens.add(token);
      return [...tokens];
    },
  };
}

/** The pinned queries as the search page compares them (`searchKey`), each once. */
export function bestBetQueries(searchWords: SearchWords | undefined): string[] {
  return [...new Set((searchWords?.bestBets ?? []).map((bet: BestBet) => searchKey(bet.query)))];
}

/**
 * What the schema cannot see: a best bet whose page the site does not have, a query pinned
 * twice, a synonym whose readers' word is one of its own documents' words. All at once, each
 * naming the field and what to do.
 */
export function searchWordsProblems(file: string, searchWords: SearchWords, pages: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  searchWords.bestBets.forEach((bet, i) => {
    const key = searchKey(bet.query);
    const earlier = seen.get(key);
    if (earlier !== undefined)
      problems.push({
        file,
        field: `bestBets[${i}].query`,
        message: `sökningen ”${bet.query}” har redan sidor i bestBets[${earlier}]: lägg sidorna där i stället`,
      });
    else seen.set(key, i);
    bet.pages.forEach((page, j) => {
      if (!pages.has(page))
        problems.push({
          file,
          field: `bestBets[${i}].pages[${j}]`,
          message: `det finns ingen sökbar sida med adressen ${page}: kopiera adressen från sidan (till exempel /nyckeltal/…/), eller ta bort raden`,
        });
    });
  });
  searchWords.synonyms.forEach((rule, i) => {
    const means = new Set(rule.means.map(searchKey));
    rule.words.forEach((word, j) => {
      if (means.has(searchKey(word)))
        problems.push({
          file,
          field: `synonyms[${i}].words[${j}]`,
          message: `”${word}” står också i means: ta bort det från words, dokumentens egna ord hittas redan`,
        });
    });
  });
  return problems;
}
