/**
 * The interface's words per language. Each language has its catalogue (typed as `Messages`,
 * so a missing text fails the type check) and an entry here.
 */
import { en } from './en.ts';
import { sv, type Messages } from './sv.ts';

export type { Messages };

/** The languages the interface is written in: Swedish, and English for international readers. */
export type Lang = 'sv' | 'en';

const CATALOGUES: Record<Lang, Messages> = { sv, en };

/** Every interface text in `lang`. */
export function messages(lang: Lang): Messages {
  return CATALOGUES[lang];
}
