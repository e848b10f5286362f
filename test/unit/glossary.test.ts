/** The glossary's in-place help: which words a page gets explained, and where the links go. */
import { describe, expect, it } from 'vitest';
import {
  GLOSSARY,
  GLOSSARY_PATH,
  abbreviationsIn,
  glossaryGroupHref,
  glossaryHref,
  nyckeltalTermHref,
  termHelp,
  unitTerm,
} from '#lib/core/glossary.ts';

const terms = GLOSSARY.flatMap((g) => g.terms);
const abbreviations = terms.filter((t) => t.expansion);

describe('glossary', () => {
  it('gives every term a unique anchor', () => {
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
  });

  it('links a group to its heading on the glossary page and rejects unknown ids', () => {
    expect(glossaryGroupHref('status')).toBe(`${GLOSSARY_PATH}#grupp-status`);
    expect(() => glossaryGroupHref('saknas')).toThrow(/saknas/);
    expect(() => glossaryHref('saknas')).toThrow(/saknas/);
  });

  it('links each kind of nyckeltal to its own entry', () => {
    expect(nyckeltalTermHref('kortsiktig')).toBe(`${GLOSSARY_PATH}#kortsiktigt`);
    expect(nyckeltalTermHref('langsiktig')).toBe(`${GLOSSARY_PATH}#langsiktigt`);
  });
});

describe('abbreviationsIn', () => {
  it('finds each abbreviation of the glossary as a whole word', () => {
    for (const t of abbreviations) {
      expect(abbreviationsIn([`Beslut ${t.term} 2023`]).map((a) => a.id)).toEqual([t.id]);
      expect(abbreviationsIn([`dnr ${t.term}/595/2023`]).map((a) => a.id)).toEqual([t.id]);
    }
  });

  it('ignores abbreviations inside other words and empty texts', () => {
    expect(abbreviationsIn(['RSA-nyckel', 'FRUNK', 'tkr', 'ORS', undefined, null, ''])).toEqual([]);
  });

  it('lists each abbreviation once, in glossary order', () => {
    const found = abbreviationsIn(['RUN 2024 § 3', 'RS/595/2023', 'RS 2023-11-08 § 194', '471 mnkr']);
    const order = abbreviations.map((t) => t.id).filter((id) => ['run', 'rs', 'mnkr'].includes(id));
    expect(found.map((t) => t.id)).toEqual(order);
  });
});

describe('termHelp', () => {
  it('says nothing when the page needs no help', () => {
    expect(termHelp({})).toEqual([]);
    expect(termHelp({ texts: ['Inga förkortningar här'] })).toEqual([]);
  });

  it('links the status words once, before the abbreviations written out', () => {
    const parts = termHelp({ statuses: true, texts: ['RF 2024-02-19', 'RF/1/2024'] });
    expect(parts).toEqual([
      { kind: 'link', text: 'Vad betyder statusarna?', href: glossaryGroupHref('status') },
      { kind: 'abbr', abbr: 'RF', expansion: 'regionfullmäktige', href: glossaryHref('rf') },
    ]);
  });
});

describe('unitTerm', () => {
  it('finds the entry of an abbreviated unit and nothing for a plain one', () => {
    for (const t of abbreviations.filter((a) => a.id === 'mnkr' || a.id === 'kr-inv')) {
      expect(unitTerm(t.term)?.expansion).toBe(t.expansion);
    }
    expect(unitTerm('%')).toBeUndefined();
  });
});
