/**
 * English (en-GB) formatting of numbers, dates and lists for the English interface: the
 * counterparts of the Swedish helpers in `#lib/core/format.ts`, which stay as they are.
 * Intl's en-GB output uses a comma for thousands and a point for decimals: `1,234.5`.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const numberFormats = new Map<number, Intl.NumberFormat>();

/** `1234.5` → `1,234.5`; `maxDecimals` caps the decimals shown, never pads them. */
export function formatNumberEn(value: number, maxDecimals = 2): string {
  let format = numberFormats.get(maxDecimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: maxDecimals });
    numberFormats.set(maxDecimals, format);
  }
  return format.format(value);
}

/**
 * `2024-05-07` → `7 May 2024`; a month-precision date `2024-02` → `February 2024`, because
 * the source gave no day and we never invent one.
 */
export function formatDateEn(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = MONTHS[month - 1];
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** `['a', 'b', 'c']` → `a, b and c`: a list in running English text (no serial comma, as GOV.UK). */
export function joinListEn(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** `1` → `1 assignment`, `1234` → `1,234 assignments`: the word in singular or plural form. */
export function formatCountEn(count: number, word: { one: string; many: string }): string {
  return `${formatNumberEn(count, 0)} ${count === 1 ? word.one : word.many}`;
}

/** `the Regional Council` → `The Regional Council`, for the start of a sentence or a heading. */
export function capitalizeEn(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1);
}

/**
 * A name in the possessive: "Region Norrland's". A singular name ending in s
 * also takes 's ("St James's"), as British public-sector style has it.
 */
export function possessiveEn(name: string): string {
  return `${name}'s`;
}
