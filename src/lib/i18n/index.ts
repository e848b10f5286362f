/**
 * The interface's words per language. Swedish is the only language for now; another
 * language adds its catalogue (typed as `Messages`, so a missing text fails the type check)
 * and an entry here.
 */
import { sv, type Messages } from './sv.ts';

export type { Messages };

/** The languages the interface is written in. */
export type Lang = 'sv';

const CATALOGUES: Record<Lang, Messages> = { sv };

/** Every interface text in `lang`. */
export function messages(lang: Lang): Messages {
  return CATALOGUES[lang];
}
