import { describe, expect, it } from 'vitest';
import { parseSwedishNumber } from '#lib/core/numbers.ts';

const value = (cell: Parameters<typeof parseSwedishNumber>[0]) => {
  const parsed = parseSwedishNumber(cell);
  return parsed.kind === 'number' ? parsed.value : parsed.kind;
};

describe('parseSwedishNumber', () => {
  it('reads decimal commas and spaces between thousands, including no-break and thin spaces', () => {
    expect(value('12,5')).toBe(12.5);
    expect(value('1 234')).toBe(1234);
    expect(value('1 234,75')).toBe(1234.75);
    expect(value('1\u00a0234\u202f567')).toBe(1234567);
    expect(value(' -3,25 ')).toBe(-3.25);
    expect(value('\u2212471')).toBe(-471);
    expect(value('86')).toBe(86);
  });

  it('takes numbers from a JSON export as they are, and a decimal point as machine exports write it', () => {
    expect(value(86.5)).toBe(86.5);
    expect(value('12.5')).toBe(12.5);
  });

  it('treats an empty cell as missing, never as zero', () => {
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
    expect(value(null)).toBe('empty');
    expect(value('0')).toBe(0);
  });

  it('reports text, units and ambiguous points, with how to write the number instead', () => {
    for (const text of ['ca 12', '86 %', 'N/A', '12,5,3', '1 23']) {
      const parsed = parseSwedishNumber(text);
      expect(parsed.kind, text).toBe('error');
      expect(parsed.kind === 'error' && parsed.message).toContain('decimalkomma');
    }
    const ambiguous = parseSwedishNumber('1.234');
    expect(ambiguous.kind === 'error' && ambiguous.message).toContain('kan betyda både 1,234 och 1234');
    expect(parseSwedishNumber(true).kind).toBe('error');
  });
});
