/**
 * The Swedish word list that tells the search index which compound parts are words
 * (`energi|användning`) when the site's own text never uses the part alone: the base forms
 * of the Hunspell dictionary in `dictionary-sv` (the dictionary of LibreOffice and
 * Firefox), read once per build. Only the build reads it; nothing of it is published.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let words: ReadonlySet<string> | undefined;

/** The dictionary's words, lower case, letters only (its affix flags after `/` left off). */
export function swedishWordList(): ReadonlySet<string> {
  if (words) return words;
  const dic = join(dirname(createRequire(import.meta.url).resolve('dictionary-sv')), 'index.dic');
  const found = new Set<string>();
  // The first line is the dictionary's count of words.
  for (const line of readFileSync(dic, 'utf8').split('\n').slice(1)) {
    const word = line.split('/')[0].trim().toLowerCase();
    if (/^\p{L}+$/u.test(word)) found.add(word);
  }
  words = found;
  return found;
}
