/** The /enheter/ page model: the units by name, each with the unit it is part of. */
import { describe, expect, it } from 'vitest';
import { unitsIndex } from '#lib/views/units-index.ts';
import { catalogOf } from '../helpers/catalog.ts';
import { SAMPLE_FILES, sampleCatalog } from '../helpers/sample-site.ts';

describe('unitsIndex', () => {
  it('lists the units by name, and says which unit each is part of', () => {
    expect(unitsIndex(sampleCatalog(), 'sv')).toEqual([
      { href: '/enheter/kansliet/', title: 'Kansliet', illustrative: false, meta: 'inom Regionstaben' },
      { href: '/enheter/staben/', title: 'Regionstaben', illustrative: false, meta: undefined },
    ]);
  });

  it('orders by name in Swedish, not by id', () => {
    const kansliet = { ...SAMPLE_FILES.units.kansliet, name: 'Östra kansliet' };
    const catalog = catalogOf({ ...SAMPLE_FILES, units: { ...SAMPLE_FILES.units, kansliet } });
    expect(unitsIndex(catalog, 'sv').map((u) => u.title)).toEqual(['Regionstaben', 'Östra kansliet']);
  });
});
