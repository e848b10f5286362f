/** Swedish numbers and dates: one formatter each, never an invented day. */
import { describe, expect, it } from 'vitest';
import {
  capitalize,
  formatCount,
  formatDate,
  formatDateRange,
  formatNumber,
  formatValue,
  joinList,
} from '#lib/core/format.ts';
import { plain } from '../helpers/text.ts';

describe('formatNumber', () => {
  it('groups thousands with a space and uses a decimal comma', () => {
    expect(plain(formatNumber(31612.25))).toBe('31 612,25');
    expect(plain(formatNumber(5562.674, 1))).toBe('5 562,7');
  });

  it('keeps the group separator unbreakable, so a number never wraps', () => {
    expect(formatNumber(31612)).toMatch(/^31[\u00a0\u202f]612$/);
  });

  it('writes negative numbers with a minus sign and caps decimals without padding', () => {
    expect(plain(formatNumber(-471))).toBe('-471');
    expect(formatNumber(86)).toBe('86');
    expect(formatNumber(2.5, 0)).toBe('3');
  });
});

describe('formatValue', () => {
  it('puts the unit after a no-break space: 26 %, 471 mnkr', () => {
    expect(formatValue(26, '%')).toBe('26\u00a0%');
    expect(plain(formatValue(-471, 'mnkr'))).toBe('-471 mnkr');
  });
});

describe('formatDate', () => {
  it('writes a day in running text: 30 april 2024', () => {
    expect(formatDate('2024-04-30')).toBe('30 april 2024');
    expect(formatDate('2023-11-08')).toBe('8 november 2023');
  });

  it('writes a month-precision date as the month only, never with an invented day', () => {
    expect(formatDate('2024-02')).toBe('februari 2024');
  });

  it('writes a meeting over two days in one month compactly', () => {
    expect(formatDateRange('2019-10-14', '2019-10-15')).toBe('14–15 oktober 2019');
    expect(formatDateRange('2019-10-31', '2019-11-01')).toBe('31 oktober 2019–1 november 2019');
  });
});

describe('text helpers', () => {
  it('joins a list the Swedish way', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b och c');
  });

  it('picks the singular or plural word for a count', () => {
    const word = { one: 'aktivitet', many: 'aktiviteter' };
    expect(formatCount(1, word)).toBe('1 aktivitet');
    expect(plain(formatCount(1231, word))).toBe('1 231 aktiviteter');
  });

  it('capitalizes the first letter only', () => {
    expect(capitalize('per april 2024')).toBe('Per april 2024');
    expect(capitalize('ärende')).toBe('Ärende');
  });
});
