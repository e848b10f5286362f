/** Orderings and merges of entry pages, and the shared lists they start from staying untouched. */
import { describe, expect, it } from 'vitest';
import { buildBacklinks, entries } from '#lib/core/catalog.ts';
import { newestFirst, newestFirstBy, uniqueById } from '#lib/views/lists.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const backlinks = buildBacklinks(catalog);
const decisions = entries(catalog, 'decisions');

describe('newestFirst', () => {
  it('orders by date, newest first, in a new list', () => {
    const frozen = Object.freeze([...decisions]);
    const sorted = newestFirst(frozen);
    expect(sorted).not.toBe(frozen);
    expect(sorted.map((d) => d.id).sort()).toEqual(decisions.map((d) => d.id).sort());
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i - 1].data.date >= sorted[i].data.date, sorted[i].id).toBe(true);
    expect(newestFirst(undefined)).toEqual([]);
  });

  it('keeps the order of entries with the same date', () => {
    const same = [
      { id: 'b', data: { date: '2024-02' } },
      { id: 'a', data: { date: '2024-02' } },
      { id: 'c', data: { date: '2024-02-01' } },
    ];
    expect(newestFirst(same).map((e) => e.id)).toEqual(['c', 'b', 'a']);
    expect(newestFirstBy(same, (e) => e.id).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('uniqueById', () => {
  it('merges links written in both directions, each once, in the order first seen', () => {
    const [a, b, c] = decisions;
    expect(uniqueById([a, b], undefined, [c, a]).map((e) => e.id)).toEqual([a.id, b.id, c.id]);
  });
});

describe('backlinks', () => {
  it('are frozen: a page that sorted the shared lists in place would fail', () => {
    let lists = 0;
    for (const collection of COLLECTIONS)
      for (const entry of entries(catalog, collection))
        for (const list of Object.values(backlinks({ collection, id: entry.id }))) {
          lists++;
          expect(Object.isFrozen(list)).toBe(true);
        }
    expect(lists).toBeGreaterThan(0);
  });

  it('stay as they were after the orderings pages use', () => {
    for (const body of entries(catalog, 'bodies')) {
      const links = backlinks({ collection: 'bodies', id: body.id });
      const before = (links.decisions ?? []).map((d) => d.id);
      expect(before.length, body.id).toBeGreaterThan(1);
      newestFirst(links.decisions);
      newestFirstBy(links.plans, (plan) => String(plan.data.startYear));
      expect((backlinks({ collection: 'bodies', id: body.id }).decisions ?? []).map((d) => d.id)).toEqual(before);
    }
  });
});
