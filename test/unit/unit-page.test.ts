/** A unit's page model: its place in the organisation, what it answers for and what it has written. */
import { describe, expect, it } from 'vitest';
import { buildBacklinks, type Catalog, entryFor } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { unitPage } from '#lib/views/unit-page.ts';
import { catalogOf } from '../helpers/catalog.ts';
import { SAMPLE_FILES, SAMPLE_PLAN, SAMPLE_TEXTS, sampleCatalog } from '../helpers/sample-site.ts';

const pageOf = (catalog: Catalog, id: string) =>
  unitPage(
    catalog,
    entryFor(catalog, { collection: 'units', id }),
    buildBacklinks(catalog)({ collection: 'units', id }),
    'sv',
  );
const unitHref = (id: string) => hrefFor({ collection: 'units', id });

describe('unitPage', () => {
  const catalog = sampleCatalog();

  it('links its organisation and the units within it, and has no parent of its own', () => {
    const page = pageOf(catalog, 'staben');
    expect(page.organisationName).toBe('Region Exempel');
    expect(page.organisation).toEqual({
      href: hrefFor({ collection: 'organisations', id: 'region' }),
      name: 'Region Exempel',
    });
    expect(page.parent).toBeUndefined();
    expect(page.units).toEqual([{ href: unitHref('kansliet'), title: 'Kansliet', exampleParent: false }]);
  });

  it('lists the items it is responsible for, plan by plan, and the activities it takes part in', () => {
    expect(pageOf(catalog, 'staben').rows.map((r) => r.id)).toEqual(
      expect.arrayContaining(['vantetider', 'samverkan', 'helpdesk']),
    );
    expect(pageOf(catalog, 'staben').rows).toHaveLength(3);
    expect(pageOf(catalog, 'kansliet').rows.map((r) => r.id)).toEqual(['heltid', 'heltid-2025']);
    expect(pageOf(catalog, 'staben').activities).toEqual([
      {
        href: hrefFor({ collection: 'activities', id: SAMPLE_PLAN }),
        title: 'Aktiviteter i Styrelsens plan 2024',
        illustrative: false,
      },
    ]);
  });

  it('links its parent and lists its documents newest first, with their diarienummer and date', () => {
    const page = pageOf(catalog, 'kansliet');
    expect(page.parent).toEqual({ href: unitHref('staben'), title: 'Regionstaben', example: false });
    expect(page.units).toEqual([]);
    expect(page.documents.map((d) => d.href)).toEqual(
      ['uppfoljning-2024', 'forslag-plan-2024'].map((id) => hrefFor({ collection: 'documents', id })),
    );
    expect(page.documents[0].meta).toMatch(/^RS\/10\/2023, 7 maj 2024$/);
  });

  it('marks an invented parent on both units’ pages', () => {
    const invented = catalogOf(
      {
        ...SAMPLE_FILES,
        units: {
          ...SAMPLE_FILES.units,
          kansliet: {
            ...SAMPLE_FILES.units.kansliet,
            illustrative: 'Var kansliet hör hemma är ett exempel.',
            exampleFields: ['parent'],
          },
        },
      },
      SAMPLE_TEXTS,
    );
    expect(pageOf(invented, 'kansliet').parent?.example).toBe(true);
    expect(pageOf(invented, 'staben').units.map((u) => u.exampleParent)).toEqual([true]);
  });
});
