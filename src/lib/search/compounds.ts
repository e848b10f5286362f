/**
 * Swedish compound words for search: the later parts of a compound as extra index tokens,
 * so that `besparingar` finds `kostnadsbesparingar` and `frånvaro` finds `sjukfrånvaro`.
 * Pagefind's Swedish stemmer handles inflection only, and it matches query words as
 * prefixes, so a compound's first part (`kostnad…`) is already found; its later parts are not.
 *
 * The parts come from the site's own vocabulary, not from a dictionary: a tail counts as a
 * word when the corpus uses it on its own (`besparingar`, `säkerhet` in `IT-säkerhet`), or
 * when at least two different words end in it (`sjuk|frånvaro`, `korttids|frånvaro`). The
 * join letters -s-, -e- and -a- (`kostnad-s-besparingar`, `vecka → veck-o-`) stay with the
 * first part, so the token is the tail as written. Short tails are not split off, so that
 * `ort` never finds `rapport` (nor `vård` a word that merely ends in the letters).
 *
 * A tail the site never uses alone can still be a word: `energi|användning`. With a word
 * list (the build's Swedish dictionary, `src/data/word-list.ts`), a tail is also a part when
 * the list has it and it is long (`MIN_LISTED_PART`), and the list or the site has the first
 * part too, at least `MIN_LISTED_HEAD` long: so `rap|porten` stays whole, though both are words.
 */

/** Inflection endings taken off before comparing words, longest first. */
const INFLECTIONS = [
  'arnas',
  'ernas',
  'ornas',
  'arna',
  'erna',
  'orna',
  'ens',
  'ets',
  'en',
  'et',
  'na',
  'ar',
  'er',
  'or',
  'n',
  's',
  'a',
  'e',
  't',
];
/** The join letters a first part may end in: `kostnad-s-`, `skol-a-`, `pojk-e-`. */
const JOIN_LETTERS = ['s', 'e', 'a'];
/** A split-off part is at least this long (`vård`, `plan`); `ort` and `port` are never split off. */
const MIN_PART = 4;
/** The first part is at least this long, so that `rapport` is never `rap` + `port`. */
const MIN_HEAD = 3;
/** A tail known only because several words end in it must be longer, so that endings like `ningen` are no words. */
const MIN_SHARED_TAIL = 6;
/** Endings that make words, not words that make compounds: `planer|ingen`, `rappor|terades`. */
const WORD_ENDING =
  /(?:er(?:a|ar|ade|ades|at|ing|ingen|ingar|ingarna)|n?ing(?:en|ar|arna)?|het(?:en|er|erna)?|lig(?:a|t|en|het|heten|heter)?|else(?:n|r|rna)?|ande|ende|ation(?:en|er|erna)?)$/;
/** A tail that is a first part's ending and join letter: `utvecklings|arbete` is not `…|ingsarbete`. */
const HEAD_ENDING = /^(?:n?ing|het|else|tion)s/;
/** No Swedish word starts with a doubled consonant, so `…|ppfyllelsen` is no tail. */
const DOUBLE_START = /^([bcdfghjklmnpqrstvwxz])\1/;

/** Whether a tail is a word ending or a cut in the wrong place rather than a word of its own. */
function isEnding(tail: string): boolean {
  const ending = WORD_ENDING.exec(tail);
  return (ending !== null && tail.length - ending[0].length <= 3) || HEAD_ENDING.test(tail) || DOUBLE_START.test(tail);
}
/** A tail known only from the word list is this long at least, in its listed form: `användning`, not `port`. */
const MIN_LISTED_PART = 6;
/** The first part of a split by the word list is this long at least: `sjuk|frånvaro`, never `rap|port`. */
const MIN_LISTED_HEAD = 4;
/** Only words this long are compounds worth splitting. */
const MIN_COMPOUND = MIN_HEAD + MIN_PART;

/** The lower-case words of a text: letters only, so `IT-säkerhet` is `it` and `säkerhet` on their own. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** A word without its inflection ending, never shorter than `MIN_PART`: `besparingarna` → `besparing`. */
export function baseForm(word: string): string {
  for (const ending of INFLECTIONS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_PART) return word.slice(0, -ending.length);
  }
  return word;
}

/** The first part without its join letter, when it has one: `kostnads` → `kostnad`. */
export function withoutJoin(head: string): string {
  const last = head.at(-1) ?? '';
  return JOIN_LETTERS.includes(last) && head.length > MIN_HEAD ? head.slice(0, -1) : head;
}

export interface CompoundSplitter {
  /** The later parts of `word` (lower case) that are words of the vocabulary, as written in it. */
  parts(word: string): string[];
  /** The parts of every compound in `text`, each once, for a record's extra tokens. */
  tokens(text: string): string[];
}

/**
 * A splitter that knows the words of `texts` (every record's visible text): which tails
 * are words, and which compounds split into which parts. Splits are remembered per word.
 */
export function compoundSplitter(texts: Iterable<string>, wordList?: ReadonlySet<string>): CompoundSplitter {
  const words = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) words.add(word);

  const known = new Set<string>();
  for (const word of words) if (word.length >= MIN_PART) known.add(word).add(baseForm(word));

  // Tails that words with different first parts end in: `sjuk|frånvaro`, `korttids|frånvaro`.
  // The letters before the tail must differ too, or every ending of `…funktioner` would count.
  const before = new Map<string, Set<string>>();
  for (const word of words) {
    for (let at = MIN_HEAD; word.length - at >= MIN_SHARED_TAIL; at++) {
      const tail = baseForm(word.slice(at));
      if (tail.length < MIN_SHARED_TAIL) continue;
      let letters = before.get(tail);
      if (!letters) before.set(tail, (letters = new Set()));
      letters.add(word[at - 1]);
    }
  }
  for (const [tail, letters] of before) if (letters.size >= 2) known.add(tail);

  const isKnown = (tail: string) => known.has(tail) || known.has(baseForm(tail));
  const listed = (word: string) => wordList?.has(word) ?? false;
  /** A tail the word list has, long enough, after a first part that is a word of the list or the site. */
  const isListed = (head: string, tail: string) => {
    if (!wordList) return false;
    const form = listed(tail) ? tail : listed(baseForm(tail)) ? baseForm(tail) : undefined;
    if (!form || form.length < MIN_LISTED_PART || head.length < MIN_LISTED_HEAD) return false;
    return [head, withoutJoin(head)].some((word) => listed(word) || words.has(word));
  };
  const cache = new Map<string, string[]>();
  function parts(word: string): string[] {
    if (word.length < MIN_COMPOUND) return [];
    let found = cache.get(word);
    if (found) return found;
    found = [];
    for (let at = MIN_HEAD; word.length - at >= MIN_PART; at++) {
      const tail = word.slice(at);
      const head = word.slice(0, at);
      if (!(isKnown(tail) || isListed(head, tail)) || isEnding(tail)) continue;
      // A join letter stays with the first part: `kostnad-s-utveckling` gives `utveckling`, not `sutveckling`.
      if (JOIN_LETTERS.includes(tail[0]) && (isKnown(tail.slice(1)) || isListed(head + tail[0], tail.slice(1))))
        continue;
      found.push(tail);
    }
    cache.set(word, found);
    return found;
  }

  return {
    parts,
    tokens(text) {
      const tokens = new Set<string>();
      for (const word of wordsOf(text)) for (const part of parts(word)) tokens.add(part);
      return [...tokens];
    },
  };
}
