/** The search page's status line, with and without the archive of older years loaded. */
import { describe, expect, it } from 'vitest';
import { yearSpan } from '#lib/search/index-split.ts';
import { countMessage, moreLabel } from '#lib/search/search-status.ts';
import { sv } from '#lib/i18n/sv.ts';

const T = sv.searchPage.script;

const loading = { parts: 'first', archive: 'loading', years: '2023–2025' } as const;
const failed = { parts: 'first', archive: 'failed', years: '2023–2025' } as const;

describe('countMessage', () => {
  it('counts a search over the whole index, with advice when nothing is found', () => {
    expect(countMessage(T, 'ekonomi', 12)).toBe('12 träffar för ”ekonomi”.');
    expect(countMessage(T, 'ekonomi', 1)).toBe('1 träff för ”ekonomi”.');
    expect(countMessage(T, 'xyz', 0)).toBe(
      'Inga träffar för ”xyz”. Pröva ett annat ord, en kortare form av ordet eller färre filter.',
    );
    expect(countMessage(T, '', 5)).toBe('5 träffar med de valda filtren.');
    expect(countMessage(T, '', 0)).toBe('Inga träffar med de valda filtren.');
  });

  it('says which years a count covers while the older years are still searched', () => {
    expect(countMessage(T, 'ekonomi', 12, loading)).toBe('12 träffar för ”ekonomi” från 2023–2025. Söker i äldre år …');
    expect(countMessage(T, '', 1, loading)).toBe('1 träff med de valda filtren från 2023–2025. Söker i äldre år …');
  });

  it('never says "Inga träffar" while the older years are still searched', () => {
    for (const query of ['xyz', '']) {
      const message = countMessage(T, query, 0, loading);
      expect(message).toBe('Söker i äldre år …');
      expect(message).not.toMatch(/Inga|0 träffar/);
    }
  });

  it('says plainly when the older years could not be searched, and how to try again', () => {
    expect(countMessage(T, 'ekonomi', 12, failed)).toBe(
      '12 träffar för ”ekonomi” från 2023–2025. Äldre år kunde inte sökas just nu. Sök igen för att försöka på nytt.',
    );
    expect(countMessage(T, 'xyz', 0, failed)).toMatch(/^Inga träffar för ”xyz” från 2023–2025\. Äldre år kunde inte/);
  });
});

describe('yearSpan', () => {
  it('names a span of years, or one year alone', () => {
    expect(yearSpan({ from: 2023, to: 2025 })).toBe('2023–2025');
    expect(yearSpan({ from: 2025, to: 2025 })).toBe('2025');
  });
});

describe('moreLabel', () => {
  it('says how many of the results are shown', () => {
    expect(moreLabel(T, 10, 24)).toBe('Visa fler träffar (10 av 24 visas)');
  });
});
