/**
 * An item's list of results by period: where a new period's result goes, and what differs
 * between a stored result and the one an import would write.
 */
import { recordOrEmpty } from '#lib/content/records.ts';

/** A result as stored: nyckeltal `{period, value, status, comment}`, uppdrag `{period, status, text}`. */
export type StoredResult = Record<string, unknown> & { period: string; status: string };

/** `status: "ej-uppfyllt" → "delvis-uppfyllt"` for each field that differs. */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const show = (value: unknown) => JSON.stringify(value);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => show(before[key]) !== show(after[key]))
    .map(
      (key) =>
        `${key}: ${key in before ? show(before[key]) : '(saknas)'} → ${key in after ? show(after[key]) : '(tas bort)'}`,
    );
}

/** Puts a period's result in the list, in the order of the plan's periods. */
export function placeResult(list: readonly unknown[], result: StoredResult, planPeriods: string[]): unknown[] {
  const periodOf = (r: unknown) => recordOrEmpty(r).period;
  const index = list.findIndex((r) => periodOf(r) === result.period);
  if (index >= 0) return list.map((r, i) => (i === index ? result : r));
  const rank = (period: unknown) => {
    const at = planPeriods.indexOf(String(period));
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const before = list.findIndex((r) => rank(periodOf(r)) > rank(result.period));
  return before < 0 ? [...list, result] : [...list.slice(0, before), result, ...list.slice(before)];
}
