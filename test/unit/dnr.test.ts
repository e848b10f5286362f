/** Diarienummer and paragraph normalisation: the same tokens in the index and in the query. */
import { describe, expect, it } from 'vitest';
import { dnrPrefixes, lookupTokens, normaliseQuery, paragraphToken } from '#lib/search/dnr.ts';

const PREFIXES = ['RF', 'RS', 'RUN'];

describe('normaliseQuery', () => {
  it.each([
    ['RS/595/2023', 'RS/595/2023'],
    ['RS 595/2023', 'RS/595/2023'],
    ['rs 595/2023', 'RS/595/2023'],
    ['RS-595-2023', 'RS/595/2023'],
    ['rs595/2023', 'RS/595/2023'],
    ['RS 595 / 2023', 'RS/595/2023'],
    ['RS/0595/2023', 'RS/595/2023'],
    ['dnr RS 595/2023', 'RS/595/2023'],
    ['Diarienummer: RS/595/2023', 'RS/595/2023'],
    ['RUN/12/2024', 'RUN/12/2024'],
    ['595/2023', '595/2023'],
    ['595 / 2023', '595/2023'],
  ])('reads the diarienummer %s as %s', (query, expected) => {
    expect(normaliseQuery(query, PREFIXES)).toBe(expected);
  });

  it.each([
    ['§ 194', 'paragraf0194'],
    ['§194', 'paragraf0194'],
    ['§§ 194', 'paragraf0194'],
    ['paragraf 194', 'paragraf0194'],
    ['par. 6', 'paragraf0006'],
    ['RS 2023-11-08 § 194', 'RS 2023-11-08 paragraf0194'],
    ['§ 194 RS/595/2023', 'paragraf0194 RS/595/2023'],
  ])('reads the paragraph in %s as %s', (query, expected) => {
    expect(normaliseQuery(query, PREFIXES)).toBe(expected);
  });

  it.each([
    'styrmodellen',
    'regionplan 2020-2022',
    'budget 2024–2026',
    'plan 2020-2022',
    '2023-11-08',
    'ekonomi i balans',
    '471 mnkr',
    '31 612',
  ])('leaves %s as typed', (query) => {
    expect(normaliseQuery(query, PREFIXES)).toBe(query);
  });

  it('recognises only known prefixes, so words before numbers stay words', () => {
    expect(normaliseQuery('KS 12/2024', PREFIXES)).toBe('KS 12/2024');
    expect(normaliseQuery('RS 595/2023', [])).toBe('RS 595/2023');
  });

  it('is idempotent: a normalised query normalises to itself', () => {
    for (const query of ['RS 595/2023 § 194', 'rs-595-2023', '§ 6 2024-01-23']) {
      const once = normaliseQuery(query, PREFIXES);
      expect(normaliseQuery(once, PREFIXES)).toBe(once);
    }
  });
});

describe('paragraph tokens', () => {
  it('are zero-padded so that no paragraph token is the start of another', () => {
    const tokens = [1, 6, 19, 60, 194, 1945].map(paragraphToken);
    for (const a of tokens) for (const b of tokens) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
  });
});

describe('lookupTokens', () => {
  it('gives every diarienummer in a text in its canonical and short form, and every paragraph', () => {
    const text = 'Regionstyrelsen beslutade den 8 november 2023, § 194 (RS 595/2023). Se även RS/494/2023 och § 294.';
    expect(lookupTokens(text, PREFIXES)).toEqual([
      'RS/595/2023',
      '595/2023',
      'RS/494/2023',
      '494/2023',
      'paragraf0194',
      'paragraf0294',
    ]);
  });

  it('gives each token once, and none for year ranges or dates', () => {
    expect(lookupTokens('RS/595/2023 och RS/595/2023', PREFIXES)).toEqual(['RS/595/2023', '595/2023']);
    expect(lookupTokens('Regionplan 2020-2022, beslut 2023-11-08', PREFIXES)).toEqual([]);
  });

  it('agrees with the query: the tokens of a text are what its own diarienummer normalises to', () => {
    for (const written of ['RS/595/2023', 'RS 595/2023', 'RS-595-2023']) {
      expect(lookupTokens(written, PREFIXES)).toContain(normaliseQuery(written, PREFIXES));
    }
    expect(lookupTokens('§ 194', PREFIXES)).toEqual([normaliseQuery('§ 194', PREFIXES)]);
  });
});

describe('dnrPrefixes', () => {
  it('takes the prefix of each diarienummer and the bodies’ short names, each once', () => {
    expect(dnrPrefixes(['RS/595/2023', 'RS/99/2024', 'RUN/1/2024'], ['RS', 'RF', 'Regionstyrelsen'])).toEqual([
      'RF',
      'RS',
      'RUN',
    ]);
  });
});
