import { describe, expect, it } from 'vitest';
import { idFromText, isValidId, newDecisionId } from '#lib/content/ids.ts';

describe('idFromText', () => {
  it('turns a Swedish title into a file name: å, ä, ö become a, a, o', () => {
    expect(idFromText('Öka andelen medarbetare som arbetar heltid')).toBe('oka-andelen-medarbetare-som-arbetar-heltid');
    expect(idFromText('Minska avfallsmängden')).toBe('minska-avfallsmangden');
    expect(idFromText('Tjänsteskrivelse: Åtgärder för ekonomi i balans')).toBe(
      'tjansteskrivelse-atgarder-for-ekonomi-i-balans',
    );
  });

  it('keeps digits, drops punctuation and accents, and never leaves double or edge hyphens', () => {
    expect(idFromText('RS 2023-11-08 § 194')).toBe('rs-2023-11-08-194');
    expect(idFromText('  Café – "nära vård" / 2024!  ')).toBe('cafe-nara-vard-2024');
    expect(idFromText('Tertialrapport per april 2024')).toBe('tertialrapport-per-april-2024');
  });

  it('cuts a long title at a word boundary', () => {
    const id = idFromText('Nettokostnad primärvård totalt exklusive primärvårdsansluten hemsjukvård och läkemedel');
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toBe('nettokostnad-primarvard-totalt-exklusive-primarvardsansluten');
    expect(isValidId(id)).toBe(true);
  });

  it('gives an empty id for a title with no letters or digits, which isValidId rejects', () => {
    expect(idFromText('§ – !')).toBe('');
    expect(isValidId('')).toBe(false);
  });
});

describe('newDecisionId', () => {
  it('names a decision by its body’s short name, as it is cited', () => {
    expect(newDecisionId('regionstyrelsen', { shortName: 'RS' }, '2023-11-08', 194)).toBe('rs-2023-11-08-194');
  });

  it('uses the body’s id when the body has no short name, or its data is not known', () => {
    expect(newDecisionId('halso-och-sjukvardsnamnden', { name: 'Hälso- och sjukvårdsnämnden' }, '2024-09-10', 12)).toBe(
      'halso-och-sjukvardsnamnden-2024-09-10-12',
    );
    expect(newDecisionId('halso-och-sjukvardsnamnden', undefined, '2024-09-10', '12')).toBe(
      'halso-och-sjukvardsnamnden-2024-09-10-12',
    );
  });
});
