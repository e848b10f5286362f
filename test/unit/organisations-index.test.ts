/** The /organisation/ page model: the organisations whose plans the site follows. */
import { describe, expect, it } from 'vitest';
import { organisationsIndex } from '#lib/views/organisations-index.ts';
import { catalogOf } from '../helpers/catalog.ts';
import { SAMPLE_FILES, sampleCatalog } from '../helpers/sample-site.ts';

describe('organisationsIndex', () => {
  it('links each organisation by its name', () => {
    expect(organisationsIndex(sampleCatalog())).toEqual([
      { href: '/organisation/region/', title: 'Region Exempel', illustrative: false },
    ]);
  });

  it('marks an organisation that is an example', () => {
    const region = { ...SAMPLE_FILES.organisations.region, illustrative: 'Regionen är ett exempel.' };
    const catalog = catalogOf({ ...SAMPLE_FILES, organisations: { region } });
    expect(organisationsIndex(catalog)[0].illustrative).toBe(true);
  });
});
