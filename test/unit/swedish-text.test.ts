/**
 * The detector that a build test runs over the English pages: it finds Swedish interface
 * words and lets English text, numbers, diarienummer and the site's name pass.
 */
import { describe, expect, it } from 'vitest';
import { swedishWords } from '#lib/i18n/swedish-text.ts';

describe('swedishWords', () => {
  it('finds words with å, ä or ö', () => {
    expect(swedishWords('Går ej att mäta')).toEqual(['Går', 'ej', 'att', 'mäta']);
    expect(swedishWords('Öppna data')).toEqual(['Öppna']);
    expect(swedishWords('Tillgänglighetsredogörelse')).toEqual(['Tillgänglighetsredogörelse']);
  });

  it('finds common Swedish words without those letters, as whole words in any case', () => {
    expect(swedishWords('Visa tabell')).toEqual(['Visa', 'tabell']);
    expect(swedishWords('Planer och budget')).toEqual(['Planer', 'och']);
    expect(swedishWords('INTE klart, men snart')).toEqual(['INTE']);
    expect(swedishWords('Uppdrag som inte finns')).toEqual(['som', 'inte', 'finns']);
  });

  it('finds the status words and the words of tables and filters, which have no å, ä or ö', () => {
    expect(swedishWords('Helt uppfyllt')).toEqual(['Helt', 'uppfyllt']);
    expect(swedishWords('2 delvis uppfyllda')).toEqual(['delvis', 'uppfyllda']);
    expect(swedishWords('Visa tabell (12 rader)')).toEqual(['Visa', 'tabell', 'rader']);
    expect(swedishWords('Filtrera: 3 poster visas')).toEqual(['Filtrera', 'poster', 'visas']);
    expect(swedishWords('Planen saknar rubrik')).toEqual(['Planen', 'saknar', 'rubrik']);
  });

  it('returns each word once, as it first appears', () => {
    expect(swedishWords('och Och OCH eller och')).toEqual(['och', 'eller']);
  });

  it('does not match a Swedish word inside an English one', () => {
    expect(swedishWords('Somebody commented on the detour and the avenue')).toEqual([]);
    expect(swedishWords('Hardly anyone tills the soil; Denmark ditto')).toEqual([]);
  });

  it('lets English interface text pass', () => {
    for (const text of [
      'Skip to main content',
      'Show table',
      'Search this website',
      'Fully achieved, partly achieved, not achieved or not measurable',
      "The region's financial result: SEK −471 million up to and including November 2023.",
      'Until then you can reach the region through',
      'The statement was last updated on 7 May 2024.',
      'Reference number (diarienummer)',
      'Download the table as CSV, the chart as SVG; open data as JSON (en-GB, lang="en").',
      'Men and women in the municipalities under review, per year, via Kolada.',
      'A plan has status, a start date and an organ of government.',
    ]) {
      expect(swedishWords(text), text).toEqual([]);
    }
  });

  it('lets numbers, decisions, diarienummer and the name Insyn pass', () => {
    expect(swedishWords('RS/595/2023')).toEqual([]);
    expect(swedishWords('RS 2023-11-08 § 194')).toEqual([]);
    expect(swedishWords('1,234.5 · 26 % · −471 · 4.5:1')).toEqual([]);
    expect(swedishWords('Insyn: reports and decisions')).toEqual([]);
    expect(swedishWords('')).toEqual([]);
  });
});
