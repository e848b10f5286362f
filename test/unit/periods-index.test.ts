/** The /perioder/ page model: the reporting periods, newest first, and whether any is an example. */
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { periodsIndex } from '#lib/views/periods-index.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

describe('periodsIndex', () => {
  it('lists the periods newest first by the day they end, each with that day', () => {
    const { links } = periodsIndex(catalog, 'sv');
    expect(links.map((l) => l.href)).toEqual(
      ['per-april-2025', 'helar-2024', 'per-augusti-2024', 'per-april-2024'].map((id) => `/perioder/${id}/`),
    );
    expect(links[3]).toEqual({
      href: '/perioder/per-april-2024/',
      title: 'Per april 2024',
      illustrative: false,
      meta: 'till och med 30 april 2024',
    });
  });

  it('marks the periods that are examples, and says whether there are any', () => {
    const { links, anyExample } = periodsIndex(catalog, 'sv');
    const examples = entries(catalog, 'periods').filter((p) => p.data.illustrative !== undefined);
    expect(
      links
        .filter((l) => l.illustrative)
        .map((l) => l.href)
        .sort(),
    ).toEqual(examples.map((p) => `/perioder/${p.id}/`).sort());
    expect(anyExample).toBe(examples.length > 0);
  });
});
