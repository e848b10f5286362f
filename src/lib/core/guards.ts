/**
 * Type guards for values whose type is only known at run time: parsed JSON, git history,
 * the keys of a label table. They let the compiler narrow instead of being told by a cast.
 */

/** A plain object (not null, not an array), its properties readable by name. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `key` is one of the object's own keys, so that `object[key]` is typed. */
export function isKeyOf<T extends object>(object: T, key: PropertyKey): key is keyof T {
  return Object.hasOwn(object, key);
}

/** The object's own keys, typed as its keys (for tables whose type names every key they hold). */
export function keysOf<T extends object>(object: T): (keyof T)[] {
  return Object.keys(object).filter((key) => isKeyOf(object, key));
}

/** A record with one value for each of the keys, in their order. */
export function recordOf<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  const record: Partial<Record<K, V>> = {};
  for (const key of keys) record[key] = value(key);
  // Every key of K was given a value above; TypeScript cannot follow a loop over `keys` to see it.
  return record as Record<K, V>;
}
