/**
 * Pagefind loads, for each word of a query, the one chunk of its index whose range of
 * words holds that word, and then finds the word's longer forms (`ekonomi` → `ekonomiska`,
 * `2024` → `2024-05-07`) among the words it has loaded. Longer forms sorted into the next
 * chunk are missed, so a result count would depend on where a chunk happens to end: on the
 * bundled content, "inv" found 2 pages of 7. Loading, with each word, the chunk of its
 * upper bound (the word followed by the highest character, which sorts after every longer
 * form) brings the chunk where its longer forms end too. Over every prefix of the bundled
 * content's words, the counts then match one undivided index's, even with chunks of 2 kB;
 * a word whose longer forms spanned three chunks would still miss the middle one.
 */

/** Sorts after every letter and digit Pagefind keeps, so `word + HIGHEST` bounds `word`'s longer forms. */
const HIGHEST = '\uffff';

/** The terms to preload before searching `query`: its words, and each word's upper bound. */
export function withLongerForms(query: string): string {
  const words = query.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
  return [...words, ...words.map((word) => `${word}${HIGHEST}`)].join(' ');
}
