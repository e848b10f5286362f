/** The English formatters write numbers, dates and lists the en-GB way. */
import { describe, expect, it } from 'vitest';
import {
  capitalizeEn,
  formatCountEn,
  formatDateEn,
  formatNumberEn,
  joinListEn,
  possessiveEn,
} from '#lib/i18n/format-en.ts';

describe('English formatting', () => {
  it('writes numbers with a thousands comma and a decimal point', () => {
    expect(formatNumberEn(1234.5)).toBe('1,234.5');
    expect(formatNumberEn(31612.256)).toBe('31,612.26');
    expect(formatNumberEn(4.5, 0)).toBe('5');
    expect(formatNumberEn(-471, 0)).toBe('-471');
  });

  it('writes a date as day, month and year, and a month-precision date without a day', () => {
    expect(formatDateEn('2024-05-07')).toBe('7 May 2024');
    expect(formatDateEn('2023-11-08')).toBe('8 November 2023');
    expect(formatDateEn('2024-02')).toBe('February 2024');
  });

  it('joins a list with "and" and counts in the singular or plural', () => {
    expect(joinListEn([])).toBe('');
    expect(joinListEn(['plans'])).toBe('plans');
    expect(joinListEn(['plans', 'reports', 'decisions'])).toBe('plans, reports and decisions');
    expect(formatCountEn(1, { one: 'assignment', many: 'assignments' })).toBe('1 assignment');
    expect(formatCountEn(1234, { one: 'assignment', many: 'assignments' })).toBe('1,234 assignments');
  });

  it('capitalises and makes a possessive', () => {
    expect(capitalizeEn('the Regional Council')).toBe('The Regional Council');
    expect(possessiveEn('Region Gotland')).toBe("Region Gotland's");
    expect(possessiveEn('Region Jämtland Härjedalen')).toBe("Region Jämtland Härjedalen's");
  });
});
