/**
 * Swedish formatting of numbers and dates: one formatter for each, used everywhere.
 * Intl emits U+00A0/U+202F as group separator and U+2212 as minus sign; we keep them,
 * because a no-break space keeps "31 612" on one line.
 */
const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

const numberFormats = new Map<number, Intl.NumberFormat>();

/** `31612.2` → `31 612,2`; `maxDecimals` caps the decimals shown, never pads them. */
export function formatNumber(value: number, maxDecimals = 2): string {
  let format = numberFormats.get(maxDecimals);
  if (!format) {
    format = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: maxDecimals });
    numberFormats.set(maxDecimals, format);
  }
  return format.format(value);
}

const fixedFormats = new Map<number, Intl.NumberFormat>();

/** `4287` with 1 decimal → `4 287,0`: exactly `decimals` decimals, for a column of numbers. */
export function formatFixed(value: number, decimals: number): string {
  let format = fixedFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    fixedFormats.set(decimals, format);
  }
  return format.format(value);
}

/** A value with its unit the Swedish way: `26 %`, `471 mnkr`, `31 612 kr/inv`. */
export function formatValue(value: number, unit: string, maxDecimals = 2): string {
  return `${formatNumber(value, maxDecimals)}\u00a0${unit}`;
}

/**
 * `2024-04-30` → `30 april 2024`; a month-precision date `2024-02` → `februari 2024`,
 * because the source gave no day and we never invent one.
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = MONTHS[month - 1];
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** `['a', 'b', 'c']` → `a, b och c`: a list in running Swedish text. */
export function joinList(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}

/** `1` → `1 uppdrag`, with the word in singular or plural form. */
export function formatCount(count: number, word: { one: string; many: string }): string {
  return `${formatNumber(count, 0)} ${count === 1 ? word.one : word.many}`;
}

/** `per april 2024` → `Per april 2024`, for headings and table headers. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

/** A meeting over several days: `2019-10-14`–`2019-10-15` → `14–15 oktober 2019`. */
export function formatDateRange(start: string, end: string): string {
  if (start.slice(0, 7) === end.slice(0, 7) && start.length === 10) {
    return `${Number(start.slice(8))}–${formatDate(end)}`;
  }
  return `${formatDate(start)}–${formatDate(end)}`;
}

/** A name in the genitive: "Östersunds kommuns", "Region Västra Götalands"; a name ending in s, x or z takes none. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}
