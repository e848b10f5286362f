/** The staff's search words as the index applies them: synonyms, best bets, and the problems the check reports. */
import { describe, expect, it } from 'vitest';
import { searchWordsSchema } from '../../src/schemas/search-words.ts';
import {
  bestBetQueries,
  bestBetToken,
  searchKey,
  searchWordsApplier,
  searchWordsProblems,
} from '#lib/search/search-words.ts';

const words = searchWordsSchema.parse({
  synonyms: [
    { words: ['vårdcentral', 'hälsocentral'], means: ['primärvård'] },
    { words: ['budget'], means: ['ekonomi i balans', 'resultat'] },
    { words: ['förbrukning'], means: ['användning'] },
  ],
  bestBets: [{ query: 'Budget', pages: ['/planer/ny-plan/'] }],
});
const applier = searchWordsApplier(words);

describe('synonyms', () => {
  it('give a record that uses the documents’ word, in any inflection, the readers’ words', () => {
    expect(applier.tokens('Primärvårdens kostnad per invånare', '/x/')).toEqual(['vårdcentral', 'hälsocentral']);
    expect(applier.tokens('Nettokostnad, primärvård.', '/x/')).toEqual(['vårdcentral', 'hälsocentral']);
    expect(applier.tokens('Årets resultat blev bättre', '/x/')).toEqual(['budget']);
    expect(applier.tokens('Resultatet blev bättre', '/x/')).toEqual(['budget']);
    expect(applier.tokens('Primärvårdens och hälsocentralernas', '/x/')).toEqual(['vårdcentral', 'hälsocentral']);
  });

  it('match a phrase only with its words in a row', () => {
    expect(applier.tokens('En plan för en ekonomi i balans.', '/x/')).toEqual(['budget']);
    expect(applier.tokens('Ekonomi och balans i verksamheten.', '/x/')).toEqual([]);
  });

  it('match the last part of a compound, not the start of a longer word', () => {
    expect(applier.tokens('Energianvändningen i lokalerna', '/x/')).toEqual(['förbrukning']);
    expect(applier.tokens('Resultatmål 3: vården', '/x/')).toEqual([]);
    expect(applier.tokens('Vården i länet', '/x/')).toEqual([]);
  });
});

describe('best bets', () => {
  it('give each pinned page its query’s token, whatever the case or spacing of the query', () => {
    expect(applier.tokens('Ny plan', '/planer/ny-plan/')).toEqual([bestBetToken('budget')]);
    expect(bestBetToken('  Ekonomi i  balans ')).toBe('insynbastekonomiibalans');
    expect(bestBetQueries(words)).toEqual([searchKey('budget')]);
  });
});

describe('problems', () => {
  it('names a pinned page the site lacks, a query pinned twice, and a readers’ word that is a documents’ word', () => {
    const wrong = searchWordsSchema.parse({
      synonyms: [{ words: ['primärvård'], means: ['Primärvård'] }],
      bestBets: [
        { query: 'budget', pages: ['/planer/finns/', '/planer/saknas/'] },
        { query: 'BUDGET', pages: ['/planer/finns/'] },
      ],
    });
    const problems = searchWordsProblems('content/sok/sokord.json', wrong, new Set(['/planer/finns/']));
    expect(problems.map((p) => p.field)).toEqual(['bestBets[0].pages[1]', 'bestBets[1].query', 'synonyms[0].words[0]']);
    for (const problem of problems) expect(problem.message).toMatch(/: /); // what is wrong, then what to do
  });

  it('has Swedish schema messages for a word that is no word', () => {
    const result = searchWordsSchema.safeParse({ synonyms: [{ words: ['vård/central'], means: ['primärvård'] }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain('får bara innehålla bokstäver och siffror');
  });
});
