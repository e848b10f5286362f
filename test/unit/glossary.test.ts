/** The glossary's in-place help: which words a page gets explained, and where the links go. */
import { describe, expect, it } from 'vitest';
import {
  GLOSSARY_PATH,
  abbreviationsIn,
  bodyTerms,
  type GlossaryContext,
  glossaryWith,
  glossaryGroupHref,
  glossaryHref,
  nyckeltalTermHref,
  termHelp,
  unitTerm,
} from '#lib/core/glossary.ts';
import { kindWords } from '#lib/core/organisation-words.ts';
import { sv } from '#lib/i18n/sv.ts';

const text = sv.glossary;

const bodies: GlossaryContext['bodies'] = [
  { shortName: 'RF', name: 'Regionfullmäktige', kind: 'fullmaktige', description: 'Beslutar.' },
  { shortName: 'RS', name: 'Regionstyrelsen', kind: 'styrelse', description: 'Leder.' },
  {
    shortName: 'RUN',
    name: 'Regionala utvecklingsnämnden',
    kind: 'namnd',
    description: 'Nämnd med ansvar för regional utveckling. Mer.',
  },
];
const context: GlossaryContext = { bodies, words: kindWords('region'), text };
const terms = glossaryWith(context).flatMap((g) => g.terms);
const abbreviations = terms.filter((t) => t.expansion);

describe('glossary', () => {
  it('gives every term a unique anchor', () => {
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
  });

  it('links a group to its heading on the glossary page and rejects unknown ids', () => {
    expect(glossaryGroupHref('status', text)).toBe(`${GLOSSARY_PATH}#grupp-status`);
    expect(() => glossaryGroupHref('saknas', text)).toThrow(/saknas/);
    expect(() => glossaryHref('saknas', text.groups)).toThrow(/saknas/);
  });

  it('links each kind of nyckeltal to its own entry', () => {
    expect(nyckeltalTermHref('kortsiktig', text)).toBe(`${GLOSSARY_PATH}#kortsiktigt`);
    expect(nyckeltalTermHref('langsiktig', text)).toBe(`${GLOSSARY_PATH}#langsiktigt`);
  });
});

describe('abbreviationsIn', () => {
  it('finds each abbreviation of the glossary as a whole word', () => {
    for (const t of abbreviations) {
      expect(abbreviationsIn([`Beslut ${t.term} 2023`], context).map((a) => a.id)).toEqual([t.id]);
      expect(abbreviationsIn([`dnr ${t.term}/595/2023`], context).map((a) => a.id)).toEqual([t.id]);
    }
  });

  it('ignores abbreviations inside other words and empty texts', () => {
    expect(abbreviationsIn(['RSA-nyckel', 'FRUNK', 'tkr', 'ORS', undefined, null, ''], context)).toEqual([]);
  });

  it('lists each abbreviation once, in glossary order', () => {
    const found = abbreviationsIn(['RUN 2024 § 3', 'RS/595/2023', 'RS 2023-11-08 § 194', '471 mnkr'], context);
    const order = abbreviations.map((t) => t.id).filter((id) => ['run', 'rs', 'mnkr'].includes(id));
    expect(found.map((t) => t.id)).toEqual(order);
  });
});

describe('termHelp', () => {
  it('says nothing when the page needs no help', () => {
    expect(termHelp({ context })).toEqual([]);
    expect(termHelp({ texts: ['Inga förkortningar här'], context })).toEqual([]);
  });

  it('links the status words once, before the abbreviations written out', () => {
    const parts = termHelp({ statuses: true, texts: ['RF 2024-02-19', 'RF/1/2024'], context });
    expect(parts).toEqual([
      { kind: 'link', text: 'Vad betyder statusarna?', href: glossaryGroupHref('status', text) },
      {
        kind: 'abbr',
        abbr: 'RF',
        expansion: 'regionfullmäktige',
        href: glossaryHref('rf', glossaryWith(context)),
        content: true,
      },
    ]);
  });
});

describe('bodyTerms', () => {
  it('explains the content’s bodies in the organisation’s words, a nämnd by its description’s first sentence', () => {
    expect(bodyTerms(context).map((t) => `${t.body?.name}: ${t.definition}`)).toEqual([
      'Regionfullmäktige: regionens högsta beslutande organ, valt av invånarna.',
      'Regionstyrelsen: leder och samordnar regionens verksamhet och ekonomi.',
      'Regionala utvecklingsnämnden: nämnd med ansvar för regional utveckling.',
    ]);
    const kommun = bodyTerms({
      bodies: [{ shortName: 'KS', name: 'Kommunstyrelsen', kind: 'styrelse', description: 'Leder.' }],
      words: kindWords('kommun'),
      text,
    });
    expect(kommun).toEqual([
      {
        id: 'ks',
        term: 'KS',
        expansion: 'kommunstyrelsen',
        definition: 'leder och samordnar kommunens verksamhet och ekonomi.',
        body: { name: 'Kommunstyrelsen', contentDefinition: false },
      },
    ]);
    expect(abbreviationsIn(['RS/1/2024'], { bodies: [], words: kindWords('kommun'), text })).toEqual([]);
  });
});

describe('unitTerm', () => {
  it('finds the entry of an abbreviated unit and nothing for a plain one', () => {
    for (const t of abbreviations.filter((a) => a.id === 'mnkr' || a.id === 'kr-inv')) {
      expect(unitTerm(t.term, text)?.expansion).toBe(t.expansion);
    }
    expect(unitTerm('%', text)).toBeUndefined();
  });
});
