/**
 * Which content is an example: an entry with `illustrative` is one, wholly or in part. A
 * nyckeltal may name the parts that are (`exampleFields`); then its other parts, such as
 * Kolada's yearly values, count as sourced wherever they travel.
 */
import { recordOrEmpty } from './records.ts';

/** True when any part of the entry is an example. */
export function isExample(data: object): boolean {
  return recordOrEmpty(data).illustrative !== undefined;
}

/** True when the field (a top-level field name, as `results`) holds example content. */
export function isExampleField(data: object, field: string): boolean {
  const { illustrative, exampleFields } = recordOrEmpty(data);
  if (illustrative === undefined) return false;
  return !Array.isArray(exampleFields) || exampleFields.includes(field);
}

/**
 * True when the entry names its example fields and `field` is one: the value then carries its
 * own mark where it is shown (a body's invented short name), and the rest of the entry none.
 * An entry that is wholly an example is said to be one by its page's note instead.
 */
export function isNamedExampleField(data: object, field: string): boolean {
  return Array.isArray(recordOrEmpty(data).exampleFields) && isExampleField(data, field);
}

/** True when the entry's reported statuses (an uppdrag's `statuses`, a nyckeltal's `results`) are examples. */
export function hasExampleStatus(data: object): boolean {
  return isExampleField(data, 'statuses') || isExampleField(data, 'results');
}

/**
 * Fields that say where an entry sits (its plan, strategy, periods, which direction counts as
 * better), not what it reports. When an entry's example parts are only these, its own values
 * (Kolada's statistics, a plan's decisions) are real: the entry's row is not an example, and
 * `exampleFields`, which travels with it, names the invented placement.
 */
const PLACEMENT_FIELDS: ReadonlySet<string> = new Set(['plan', 'strategy', 'direction', 'periods']);

/** True when the entry's own values, not only its placement, hold example content. */
export function hasExampleValues(data: object): boolean {
  const { illustrative, exampleFields } = recordOrEmpty(data);
  if (illustrative === undefined) return false;
  return !Array.isArray(exampleFields) || exampleFields.some((field) => !PLACEMENT_FIELDS.has(String(field)));
}
