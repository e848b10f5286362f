/** The /organ/ page model: the political bodies, each with its kind and short name. */
import { describe, expect, it } from 'vitest';
import { bodiesIndex } from '#lib/views/bodies-index.ts';
import { catalogOf } from '../helpers/catalog.ts';
import { SAMPLE_FILES, sampleCatalog } from '../helpers/sample-site.ts';

describe('bodiesIndex', () => {
  it('lists each body with its kind and short name', () => {
    expect(bodiesIndex(sampleCatalog(), 'sv')).toEqual([
      {
        href: '/organ/fullmaktige/',
        title: 'Regionfullmäktige',
        illustrative: false,
        meta: 'Fullmäktige, RF',
        metaExample: false,
      },
      {
        href: '/organ/styrelsen/',
        title: 'Regionstyrelsen',
        illustrative: false,
        meta: 'Styrelse, RS',
        metaExample: false,
      },
    ]);
  });

  it('marks the facts, not the name, when only the short name is an example', () => {
    const files = {
      ...SAMPLE_FILES,
      bodies: {
        ...SAMPLE_FILES.bodies,
        styrelsen: {
          ...SAMPLE_FILES.bodies.styrelsen,
          illustrative: 'Kortnamnet är ett exempel.',
          exampleFields: ['shortName' as const],
        },
      },
    };
    const styrelsen = bodiesIndex(catalogOf(files), 'sv').find((b) => b.href === '/organ/styrelsen/');
    expect(styrelsen).toMatchObject({ illustrative: false, meta: 'Styrelse, RS', metaExample: true });
  });
});
