/**
 * Which content is an example: an entry with `illustrative` is one, wholly or in part. A
 * nyckeltal may name the parts that are (`exampleFields`); then its other parts, such as
 * Kolada's yearly values, count as sourced wherever they travel.
 */

interface ExampleData {
  illustrative?: string;
  exampleFields?: readonly string[];
}

/** True when any part of the entry is an example. */
export function isExample(data: object): boolean {
  return (data as ExampleData).illustrative !== undefined;
}

/** True when the field (a top-level field name, as `results`) holds example content. */
export function isExampleField(data: object, field: string): boolean {
  const { illustrative, exampleFields } = data as ExampleData;
  if (illustrative === undefined) return false;
  return exampleFields === undefined || exampleFields.includes(field);
}
