/** The search index's split by year: the newest whole years first, the rest in the archive. */
import { describe, expect, it } from 'vitest';
import { FIRST_INDEX_LIMIT, firstChunkSize, firstIndexLimit, splitByYear } from '#lib/search/index-split.ts';

/** `count` records dated in `year`, in the forms the records use (a date, a month, a year). */
function records(year: number | '', count: number): { url: string; sort: { date: string } }[] {
  const forms = year === '' ? [''] : [`${year}-04-30`, `${year}-02`, `${year}`];
  return Array.from({ length: count }, (_, i) => ({
    url: `/${year || 'odaterad'}/${i}/`,
    sort: { date: forms[i % forms.length] },
  }));
}

const yearOf = (record: { sort: { date: string } }) => record.sort.date.slice(0, 4);
const urls = (list: { url: string }[]) => list.map((record) => record.url);

describe('splitByYear', () => {
  // Out of order on purpose: the split must not depend on the order given.
  const all = [...records(2022, 4), ...records(2025, 3), ...records(2023, 5), ...records(2024, 2)];

  it('keeps the newest whole years within the limit, the older ones in the archive', () => {
    const split = splitByYear(all, 9);
    expect(new Set(split.first.map(yearOf))).toEqual(new Set(['2025', '2024']));
    expect(new Set(split.archive.map(yearOf))).toEqual(new Set(['2023', '2022']));
    expect(split.first.length).toBeLessThanOrEqual(9);
    expect(split.firstYears).toEqual({ from: 2024, to: 2025 });
  });

  it('never splits a year, even when part of the next one would still fit', () => {
    // 3 + 2 = 5 fit in 7; the 5 of 2023 would make 10, so 2023 goes whole to the archive.
    const split = splitByYear(all, 7);
    expect(split.first.length).toBe(5);
    for (const year of ['2023', '2022'])
      expect(split.archive.filter((r) => yearOf(r) === year).length).toBeGreaterThan(0);
  });

  it('takes a year that fits exactly', () => {
    const split = splitByYear(all, 10);
    expect(new Set(split.first.map(yearOf))).toEqual(new Set(['2025', '2024', '2023']));
    expect(split.first.length).toBe(10);
  });

  it('puts every record in exactly one part, in the order given', () => {
    const split = splitByYear(all, 6);
    expect([...urls(split.first), ...urls(split.archive)].sort()).toEqual(urls(all).sort());
    expect(urls(split.first)).toEqual(urls(all).filter((url) => urls(split.first).includes(url)));
    expect(urls(split.archive)).toEqual(urls(all).filter((url) => urls(split.archive).includes(url)));
  });

  it('puts records without a year first, and counts them against the limit', () => {
    const undated = records('', 4);
    const split = splitByYear([...all, ...undated], 9);
    expect(urls(split.first)).toEqual(expect.arrayContaining(urls(undated)));
    // 4 undated + 3 of 2025 + 2 of 2024 = 9.
    expect(new Set(split.first.map(yearOf))).toEqual(new Set(['', '2025', '2024']));
    expect(split.firstYears).toEqual({ from: 2024, to: 2025 });
  });

  it('keeps the newest year in the first index even when it alone is over the limit', () => {
    const split = splitByYear(all, 2);
    expect(new Set(split.first.map(yearOf))).toEqual(new Set(['2025']));
    expect(split.archive.length).toBe(all.length - 3);
  });

  it('has no archive when everything fits', () => {
    const split = splitByYear(all, all.length);
    expect(split.first).toEqual(all);
    expect(split.archive).toEqual([]);
    expect(split.firstYears).toEqual({ from: 2022, to: 2025 });
  });

  it('names no years when no record has one', () => {
    const split = splitByYear(records('', 3), 1);
    expect(split.first.length).toBe(3);
    expect(split.firstYears).toBeUndefined();
  });
});

describe('firstIndexLimit', () => {
  it('reads INSYN_SEARCH_FIRST_INDEX, with the default when it is not set', () => {
    expect(firstIndexLimit(undefined)).toBe(FIRST_INDEX_LIMIT);
    expect(firstIndexLimit('')).toBe(FIRST_INDEX_LIMIT);
    expect(firstIndexLimit('40')).toBe(40);
  });

  it('stops at anything but a whole number', () => {
    for (const value of ['tusen', '-1', '1.5', '10 ']) expect(() => firstIndexLimit(value)).toThrow(/heltal/);
  });
});

describe('firstChunkSize', () => {
  const records = (sv: number, en: number) => [
    ...Array.from({ length: sv }, () => ({ language: 'sv' })),
    ...Array.from({ length: en }, () => ({ language: 'en' })),
  ];

  it('keeps a small index in small chunks', () => {
    expect(firstChunkSize(records(84, 84))).toBe(firstChunkSize([]));
  });

  it('grows with the records of the largest language, so the number of chunks stays about the same', () => {
    const small = firstChunkSize(records(500, 200));
    expect(small).toBeGreaterThan(firstChunkSize(records(84, 84)));
    expect(firstChunkSize(records(1000, 200))).toBe(2 * small);
    expect(firstChunkSize(records(200, 1000))).toBe(2 * small);
  });
});
