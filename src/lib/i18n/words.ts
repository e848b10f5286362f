/**
 * The words and formatting of one interface language, chosen in one place: the interface texts,
 * the content model's labels (statuses, kinds), the organisation's kind words and the number and
 * date formatters. View-models take `lang` and read what they say from `words(lang)`.
 */
import * as svFormat from '#lib/core/format.ts';
import * as svLabels from '#lib/core/labels.ts';
import { type KindWords, kindWords } from '#lib/core/organisation-words.ts';
import type { OrganisationKind } from '../../schemas/configuration.ts';
import * as enFormat from './format-en.ts';
import { type Lang, type Messages, messages } from './index.ts';
import { KIND_WORDS_EN } from './kind-words-en.ts';
import * as enLabels from './labels-en.ts';

/** The content model's words: the same names as `#lib/core/labels.ts`. */
export type Labels = typeof svLabels;
/** The formatters: the same names as `#lib/core/format.ts`. */
export type Format = typeof svFormat;

export interface Words {
  lang: Lang;
  m: Messages;
  labels: Labels;
  kind: (kind: OrganisationKind) => KindWords;
  format: Format;
}

const LABELS: Record<Lang, Labels> = { sv: svLabels, en: enLabels };
const FORMATS: Record<Lang, Format> = { sv: svFormat, en: enFormat };
const KINDS: Record<Lang, (kind: OrganisationKind) => KindWords> = {
  sv: kindWords,
  en: (kind) => KIND_WORDS_EN[kind],
};

/** Everything the interface says in `lang`. */
export function words(lang: Lang): Words {
  return { lang, m: messages(lang), labels: LABELS[lang], kind: KINDS[lang], format: FORMATS[lang] };
}

/** The content model's words in `lang`. */
export const labels = (lang: Lang): Labels => LABELS[lang];

/** The number and date formatters of `lang`. */
export const format = (lang: Lang): Format => FORMATS[lang];
