/**
 * The words and formatting of one interface language, chosen in one place: the interface texts,
 * the content model's labels (statuses, kinds), the organisation's kind words and the number and
 * date formatters. View-models take `lang` and read what they say from `words(lang)`.
 */
import * as svFormat from '#lib/core/format.ts';
import * as svLabels from '#lib/core/labels.ts';
import { type KindWords, kindWords } from '#lib/core/organisation-words.ts';
import type { OrganisationKind } from '../../schemas/configuration.ts';
import { capitalizeEn, formatCountEn, formatDateEn, formatNumberEn, joinListEn, possessiveEn } from './format-en.ts';
import { type Lang, type Messages, messages } from './index.ts';
import { kindWordsEn } from './kind-words-en.ts';
import * as enLabels from './labels-en.ts';

/** The content model's words: the same names as `#lib/core/labels.ts`. */
export type Labels = Omit<typeof svLabels, 'UNREPORTED_LABEL'> & { UNREPORTED_LABEL: string };
/** The formatters: the same names as `#lib/core/format.ts`. */
export type Format = typeof svFormat;

export interface Words {
  lang: Lang;
  m: Messages;
  labels: Labels;
  kind: (kind: OrganisationKind) => KindWords;
  format: Format;
}

const fixedFormats = new Map<number, Intl.NumberFormat>();

/** The English formatters under the Swedish ones' names, so that a view-model calls either alike. */
const enFormat: Format = {
  formatNumber: formatNumberEn,
  formatFixed: (value, decimals) => {
    let format = fixedFormats.get(decimals);
    if (!format) {
      format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      fixedFormats.set(decimals, format);
    }
    return format.format(value);
  },
  formatValue: (value, unit, maxDecimals = 2) => `${formatNumberEn(value, maxDecimals)}\u00a0${unit}`,
  formatDate: formatDateEn,
  joinList: joinListEn,
  formatCount: formatCountEn,
  capitalize: capitalizeEn,
  formatDateRange: (start, end) =>
    start.slice(0, 7) === end.slice(0, 7) && start.length === 10
      ? `${Number(start.slice(8))}–${formatDateEn(end)}`
      : `${formatDateEn(start)}–${formatDateEn(end)}`,
  genitive: possessiveEn,
};

const LABELS: Record<Lang, Labels> = { sv: svLabels, en: enLabels };
const FORMATS: Record<Lang, Format> = { sv: svFormat, en: enFormat };
const KINDS: Record<Lang, (kind: OrganisationKind) => KindWords> = {
  sv: kindWords,
  en: kindWordsEn,
};

/** Everything the interface says in `lang`. */
export function words(lang: Lang): Words {
  return { lang, m: messages(lang), labels: LABELS[lang], kind: KINDS[lang], format: FORMATS[lang] };
}

/** The content model's words in `lang`. */
export const labels = (lang: Lang): Labels => LABELS[lang];

/** The number and date formatters of `lang`. */
export const format = (lang: Lang): Format => FORMATS[lang];
