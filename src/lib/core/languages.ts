/**
 * Languages in Swedish, by their tag, for the footer's "Språk" list and the information
 * pages: the national minority languages first among those a Swedish region or kommun
 * publishes in. A tag not listed here is shown as it is.
 */
const NAMES: Record<string, string> = {
  sv: 'svenska',
  en: 'engelska',
  sma: 'sydsamiska',
  sme: 'nordsamiska',
  smj: 'lulesamiska',
  sju: 'umesamiska',
  sje: 'pitesamiska',
  fi: 'finska',
  fit: 'meänkieli',
  yi: 'jiddisch',
  rom: 'romani chib',
  rmu: 'romani chib',
  ar: 'arabiska',
  so: 'somaliska',
  fa: 'persiska',
  ti: 'tigrinja',
  uk: 'ukrainska',
  pl: 'polska',
  de: 'tyska',
};

/** The language's name in Swedish, as "sydsamiska"; the tag itself when it is not known. */
export const languageName = (tag: string): string => NAMES[tag] ?? NAMES[tag.split('-')[0]] ?? tag;
