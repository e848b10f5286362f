/**
 * The English search index's records, made from the Swedish ones: the same entries at their
 * /en/ addresses, found by the same (Swedish) content and by the English interface words of
 * what they are (type, status), which the result also shows. Pagefind keeps one index per
 * `language`, and the search page loads the index of its own `<html lang>`.
 */
import type { Labels } from '#lib/i18n/words.ts';
import { href } from '#lib/core/routes.ts';
import { messages } from '#lib/i18n/index.ts';
import { keysOf } from '#lib/core/guards.ts';
import { HIDDEN_MARK } from './search-excerpt.ts';
import type { SearchRecord } from './search-records.ts';

type LabelModule = Labels;

/**
 * Every Swedish label with its English counterpart, by walking the two label modules side
 * by side (they have the same names and shapes): `Delvis uppfyllt` → `Partly fulfilled`.
 */
export function labelTranslation(sv: LabelModule, en: LabelModule): Map<string, string> {
  const pairs = new Map<string, string>();
  const walk = (a: unknown, b: unknown): void => {
    if (typeof a === 'string' && typeof b === 'string') {
      if (!pairs.has(a)) pairs.set(a, b);
      // Labels also appear capitalised, as a result's type does.
      const first = a.charAt(0).toUpperCase() + a.slice(1);
      if (!pairs.has(first)) pairs.set(first, b.charAt(0).toUpperCase() + b.slice(1));
    } else if (a && b && typeof a === 'object' && typeof b === 'object') {
      const other = new Map(Object.entries(b));
      for (const [key, value] of Object.entries(a)) walk(value, other.get(key));
    }
  };
  walk(sv, en);
  return pairs;
}

/** `text` with its leading label (and any label after a comma) in English; the rest, content, as it is. */
function translated(text: string, pairs: ReadonlyMap<string, string>): string {
  return text
    .split(', ')
    .map((part) => {
      if (pairs.has(part)) return pairs.get(part) ?? part;
      // The longest label the part starts with: a status before its period (`Delvis uppfyllt april 2024`).
      const label = [...pairs.keys()].filter((sv) => part.startsWith(`${sv} `)).sort((a, b) => b.length - a.length)[0];
      return label ? `${pairs.get(label)}${part.slice(label.length)}` : part;
    })
    .join(', ');
}

/** The filters whose values are the content model's labels, and so are in English in the English index. */
const TRANSLATED_FILTERS = new Set(['typ', 'status']);

/**
 * The search page's filter choices in the English index's words: the same values as the
 * English records' filters (`englishRecords`), so a choice matches what the index holds.
 */
export function englishFilterValues<K extends string>(
  values: Record<K, string[]>,
  pairs: ReadonlyMap<string, string>,
): Record<K, string[]> {
  const result = { ...values };
  for (const key of keysOf(values)) {
    if (TRANSLATED_FILTERS.has(key)) result[key] = values[key].map((value) => translated(value, pairs));
  }
  return result;
}

/** The English record of each Swedish record, with labels translated by `pairs`. */
export function englishRecords(records: readonly SearchRecord[], pairs: ReadonlyMap<string, string>): SearchRecord[] {
  return records.map((record) => {
    const meta = { ...record.meta, type: translated(record.meta.type, pairs) };
    if (record.meta.example) meta.example = messages('en').searchPage.records.example;
    if (record.meta.status) meta.status = translated(record.meta.status, pairs);
    const filters = Object.fromEntries(
      Object.entries(record.filters).map(([key, list]) => [
        key,
        TRANSLATED_FILTERS.has(key) ? list.map((value) => translated(value, pairs)) : list,
      ]),
    );
    const words = [meta.type, meta.status].filter(Boolean).join(' ');
    const content = record.content.includes(HIDDEN_MARK)
      ? `${record.content} ${words}`
      : `${record.content}\n${HIDDEN_MARK}\n${words}`;
    return { ...record, url: href('en', record.url), language: 'en', content, meta, filters };
  });
}
