/**
 * The interface's words per language: Swedish, and English for the pages under /en/. Each
 * catalogue is typed as `Messages`, so a missing text fails the type check.
 */
import { en } from './en.ts';
import { sv, type Messages } from './sv.ts';

export type { Messages };

/** The languages the interface is written in. */
export type Lang = 'sv' | 'en';

/** Every interface language, Swedish (the default and the content's language) first. */
export const LANGS: readonly Lang[] = ['sv', 'en'];

const CATALOGUES: Record<Lang, Messages> = { sv, en };

/** Every interface text in `lang`. */
export function messages(lang: Lang): Messages {
  return CATALOGUES[lang];
}

/**
 * The interface language of a page from Astro's `currentLocale` (undefined when the build has
 * no i18n, as with Swedish alone): English under /en/, Swedish everywhere else.
 */
export function langOf(locale: string | undefined): Lang {
  return locale === 'en' ? 'en' : 'sv';
}
