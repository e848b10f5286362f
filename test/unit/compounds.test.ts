/** Compound splitting from a vocabulary: what counts as a part, and what never does. */
import { describe, expect, it } from 'vitest';
import { baseForm, compoundSplitter, withoutJoin } from '#lib/search/compounds.ts';

describe('compoundSplitter', () => {
  const splitter = compoundSplitter([
    'Besparingar i administrationen. Kostnadsbesparingar och kostnadsutveckling.',
    'IT-säkerhet och informationssäkerheten. Sjukfrånvaro och korttidsfrånvaro.',
    'Tertialrapport och delårsrapport, rapporten. Ort och plats. Utveckling av vård i primärvård.',
    'Planeringen och funktioner, stödfunktioner och ledningsfunktioner.',
  ]);

  it('splits off a later part the vocabulary has on its own, with the join letter left on the first part', () => {
    expect(splitter.parts('kostnadsbesparingar')).toContain('besparingar');
    expect(splitter.parts('kostnadsutveckling')).toContain('utveckling');
    expect(splitter.parts('kostnadsutveckling')).not.toContain('sutveckling');
    expect(splitter.parts('informationssäkerheten')).toContain('säkerheten');
    expect(splitter.parts('primärvård')).toContain('vård');
  });

  it('splits off a tail that words with different first parts end in (sjuk|frånvaro, korttids|frånvaro)', () => {
    expect(splitter.parts('sjukfrånvaro')).toContain('frånvaro');
  });

  it('never splits off a short word or a word ending', () => {
    expect(splitter.parts('rapport')).toEqual([]); // not rapp|ort, though "ort" is a word here
    expect(splitter.parts('tertialrapport')).toEqual(['rapport']);
    expect(splitter.parts('planeringen')).not.toContain('ingen');
    expect(splitter.parts('stödfunktioner')).not.toContain('unktioner'); // always after "f"
  });

  it('gives the parts of a text once each', () => {
    expect(splitter.tokens('Kostnadsbesparingar, kostnadsbesparingar och sjukfrånvaro.')).toEqual([
      'besparingar',
      'frånvaro',
    ]);
  });
});

describe('compoundSplitter with a word list', () => {
  // A small list in the Hunspell dictionary's manner: base forms only.
  const list = new Set(['energi', 'användning', 'rap', 'port', 'rapport', 'ort', 'region', 'styrelse', 'vatten']);
  const splitter = compoundSplitter(['Energianvändningen minskar. Rapporten. Vattenanvändning.'], list);

  it('splits off a listed part the site never uses alone, after a listed first part', () => {
    expect(splitter.parts('energianvändningen')).toContain('användningen');
    expect(splitter.parts('vattenanvändning')).toContain('användning');
  });

  it('never splits off a short listed word, nor after a short first part', () => {
    expect(splitter.parts('rapporten')).toEqual([]); // rap|porten: both listed, neither split off
    expect(splitter.parts('rapport')).toEqual([]);
  });

  it('needs the first part to be a word: a made-up head gives nothing', () => {
    expect(splitter.parts('xyzqregion')).toEqual([]);
    expect(splitter.parts('energiregion')).toEqual(['region']);
  });
});

describe('word forms', () => {
  it('takes off an inflection ending but keeps four letters', () => {
    expect(baseForm('besparingarna')).toBe('besparing');
    expect(baseForm('vården')).toBe('vård');
    expect(baseForm('vård')).toBe('vård');
  });

  it('takes a join letter off a first part', () => {
    expect(withoutJoin('kostnads')).toBe('kostnad');
    expect(withoutJoin('sjuk')).toBe('sjuk');
  });
});
