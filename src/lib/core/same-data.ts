/**
 * Whether two values read from JSON or YAML hold the same data: the same keys and values,
 * whatever the order of the keys. Pure, so the browser editor can use it as the commands do.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const entriesA = Object.entries(a);
  const valuesB = new Map(Object.entries(b));
  return (
    entriesA.length === valuesB.size &&
    entriesA.every(([key, value]) => valuesB.has(key) && sameData(value, valuesB.get(key)))
  );
}
