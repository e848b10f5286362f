/** `npm run new`'s field specs: the entry's data is derived from each field's read kind. */
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '#lib/content/content-files.ts';
import { buildEntry, choicesOf, fieldFor, isMultiple, splitList } from '#lib/content/scaffold.ts';
import { SCAFFOLDS } from '#lib/content/scaffolds/index.ts';

const file = (collection: SourceFile['collection'], id: string, data: Record<string, unknown>): SourceFile => ({
  collection,
  id,
  file: `content/${collection}/${id}.json`,
  data,
});

describe('scaffold', () => {
  it('derives a nyckeltal from its answers: nested source, targets, fixed lists', () => {
    const built = buildEntry(
      SCAFFOLDS.nyckeltal,
      { title: 'Väntetid', plan: 'p', term: 'langsiktig', target: ['2024=12,5', '2025'], kolada: 'N1' },
      [],
    );
    expect(built.id).toBe('vantetid');
    expect(built.folder).toBe('p');
    expect(built.data).toMatchObject({
      targets: [
        { year: 2024, value: 12.5 },
        { year: '2025', value: null },
      ],
      results: [],
      series: [],
      source: { name: 'Kolada', url: 'https://api.kolada.se/v3/kpi/N1', kolada: 'N1' },
      decisions: [],
    });
    expect(built.problems.map((p) => p.field)).toEqual(['targets[1]']);
    expect(built.data).not.toHaveProperty('responsibleUnit');
  });

  it('names a missing source, and leaves out series for a short-term nyckeltal', () => {
    const built = buildEntry(SCAFFOLDS.nyckeltal, { title: 'X', term: 'kortsiktig' }, []);
    expect(built.data).not.toHaveProperty('series');
    expect(built.problems.map((p) => p.field)).toEqual(['source.name']);
  });

  it("reads a decision's paragraph as an integer, dnr as null, and derives the id from the organ", () => {
    const organ = file('bodies', 'regionstyrelsen', { name: 'Regionstyrelsen', shortName: 'RS' });
    const built = buildEntry(
      SCAFFOLDS.beslut,
      { body: 'regionstyrelsen', date: '2024-09-10', paragraph: '150', dnr: 'saknas' },
      [organ],
    );
    expect(built.id).toBe('rs-2024-09-10-150');
    expect(built.data).toMatchObject({ body: 'regionstyrelsen', paragraph: 150, dnr: null });
    expect(buildEntry(SCAFFOLDS.beslut, { paragraph: 'tolv' }, []).data.paragraph).toBe('tolv');
    expect(built.text).toBeUndefined();
  });

  it('puts the MDX text under the frontmatter, not in the data', () => {
    const built = buildEntry(SCAFFOLDS.uppdrag, { title: 'Nytt', description: ' Text. ' }, []);
    expect(built.text).toBe('Text.');
    expect(built.data).toMatchObject({ title: 'Nytt', statuses: [] });
    expect(Object.values(built.data)).not.toContain('Text.');
  });

  it('offers choices from vocabularies and from the content, and splits lists by their separator', () => {
    const fields = SCAFFOLDS.dokument.fields;
    const byFlag = (flag: string) => fields.find((f) => f.flag === flag)!;
    const units = [file('units', 'regionstaben', { name: 'Regionstaben' })];
    expect(choicesOf(byFlag('unit'), units, {})).toEqual([{ id: 'regionstaben', label: 'Regionstaben' }]);
    expect(choicesOf(byFlag('kind'), [], {}).length).toBeGreaterThan(0);
    expect(isMultiple(byFlag('signed-by'))).toBe(true);
    expect(splitList(byFlag('signed-by'), 'A, chef; B, direktör')).toEqual(['A, chef', 'B, direktör']);
    const target = SCAFFOLDS.nyckeltal.fields.find((f) => f.flag === 'target')!;
    expect(splitList(target, '2024=1,5, 2025=2')).toEqual(['2024=1,5', '2025=2']);
    expect(fieldFor(SCAFFOLDS.nyckeltal, 'source.name')?.flag).toBe('source');
  });
});
