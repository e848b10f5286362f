/**
 * Finds Swedish interface words in a text that should be English: a build test runs it over
 * the English pages, so a text left untranslated fails it. A word is Swedish when it has one
 * of the letters å, ä or ö, or when it is one of the common Swedish function words and
 * interface verbs below. Words are whole runs of letters, compared without regard to case,
 * so numbers, diarienummer such as RS/595/2023, the name Insyn and English text pass.
 */

/**
 * Common Swedish words that are not English words. Left out on purpose, because English,
 * code or language tags use them too: en, i, de, in, man, men, under, per, via, var, sig,
 * han, hon, sin, din, dig, mig, ni, mot, vid, organ, datum, plan, start, status. "till",
 * "den", "av" and "visa" are English words as well, but rare enough on this site that their
 * Swedish use is the likely one.
 */
const SWEDISH_WORDS = new Set([
  // conjunctions, prepositions, adverbs
  'och',
  'eller',
  'samt',
  'att',
  'som',
  'om',
  'med',
  'utan',
  'till',
  'av',
  'hos',
  'inom',
  'bland',
  'mellan',
  'genom',
  'enligt',
  'efter',
  'sedan',
  'innan',
  'inte',
  'ej',
  'bara',
  'redan',
  'hur',
  'vad',
  'vilka',
  'vilken',
  'vilket',
  'dessutom',
  'eftersom',
  // pronouns and articles
  'ett',
  'det',
  'den',
  'denna',
  'detta',
  'dessa',
  'dess',
  'deras',
  'sina',
  'sitt',
  'vi',
  'du',
  'jag',
  'oss',
  'ditt',
  'dina',
  'alla',
  'allt',
  'inga',
  'ingen',
  'inget',
  'varje',
  'flera',
  'fler',
  // verbs
  'har',
  'hade',
  'ska',
  'skall',
  'kommer',
  'blir',
  'vara',
  'varit',
  'finns',
  'visa',
  'visar',
  'ladda',
  'ner',
  'hitta',
  'kopiera',
  'gick',
  // interface nouns and adjectives that no English text uses
  'sidan',
  'sidor',
  'senaste',
  'tidigare',
  'nya',
  'nytt',
  'startsidan',
  'rapporter',
  'planer',
  'beslut',
  'dokument',
  'enheter',
  'strategier',
  'begrepp',
  'saknas',
  'exempel',
  'uppgifter',
  'webbplatsen',
  'rader',
  'poster',
  'tabell',
  'tabellen',
  'diagrammet',
  'rubrik',
  'filtrera',
  'visas',
  'saknar',
  'planen',
  'rapporten',
  'uppdraget',
  'nyckeltalet',
  // the status words, which carry no å, ä or ö: "Helt uppfyllt", "Delvis uppfyllt"
  'helt',
  'delvis',
  'uppfyllt',
  'uppfyllda',
]);

const SWEDISH_LETTERS = /[åäö]/i;

/**
 * The Swedish words in `text`, each once, in the order they first appear:
 * `swedishWords('Visa tabell for RS/595/2023')` → `['Visa', 'tabell']`.
 */
export function swedishWords(text: string): string[] {
  const found = new Map<string, string>();
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    const lower = word.toLocaleLowerCase('sv-SE');
    if (found.has(lower)) continue;
    if (SWEDISH_LETTERS.test(word) || SWEDISH_WORDS.has(lower)) found.set(lower, word);
  }
  return [...found.values()];
}
