import { describe, expect, it } from 'vitest';
import { isKeyOf, isRecord, keysOf, recordOf } from '#lib/core/guards.ts';

describe('isRecord', () => {
  it('accepts plain objects and refuses null, arrays and scalars', () => {
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord({})).toBe(true);
    for (const value of [null, undefined, [], [1], 'text', 3, true]) expect(isRecord(value)).toBe(false);
  });
});

describe('isKeyOf and keysOf', () => {
  const table = { helt: 'Helt uppfyllt', delvis: 'Delvis uppfyllt' };
  it('knows own keys only, not inherited ones', () => {
    expect(isKeyOf(table, 'helt')).toBe(true);
    expect(isKeyOf(table, 'saknas')).toBe(false);
    expect(isKeyOf(table, 'toString')).toBe(false);
  });
  it('lists the keys in their written order', () => {
    expect(keysOf(table)).toEqual(Object.keys(table));
  });
});

describe('recordOf', () => {
  it('gives every key its value, in key order', () => {
    const keys = ['helt', 'delvis', 'ej'] as const;
    const record = recordOf(keys, (key) => key.length);
    expect(Object.keys(record)).toEqual([...keys]);
    for (const key of keys) expect(record[key]).toBe(key.length);
  });
});
