/** The organisation's page model: its bodies with their short names, its units and its documents. */
import { describe, expect, it } from 'vitest';
import { buildBacklinks, entryFor } from '#lib/core/catalog.ts';
import { formatDate } from '#lib/core/format.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { organisationPage } from '#lib/views/organisation-page.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const backlinks = buildBacklinks(catalog);
const region = entryFor(catalog, { collection: 'organisations', id: 'region' });
const links = backlinks({ collection: 'organisations', id: region.id });

describe('organisationPage', () => {
  it('links its bodies with their short names, and its units', () => {
    const page = organisationPage(region, links, 'sv');
    expect(page.bodies.map((b) => [b.href, b.meta, b.metaExample])).toEqual([
      [hrefFor({ collection: 'bodies', id: 'fullmaktige' }), 'RF', false],
      [hrefFor({ collection: 'bodies', id: 'styrelsen' }), 'RS', false],
    ]);
    expect(page.units.map((u) => u.title)).toEqual(['Kansliet', 'Regionstaben']);
  });

  it('marks a body’s invented short name after it', () => {
    const [body, ...rest] = links.bodies;
    const named = {
      ...body,
      data: { ...body.data, illustrative: 'Kortnamnet är ett exempel.', exampleFields: ['shortName' as const] },
    };
    const [first] = organisationPage(region, { ...links, bodies: [named, ...rest] }, 'sv').bodies;
    expect([first.illustrative, first.metaExample]).toEqual([false, true]);
  });

  it('lists its documents newest first with their diarienummer and date', () => {
    expect(organisationPage(region, links, 'sv').documents.map((d) => [d.href, d.meta])).toEqual([
      [hrefFor({ collection: 'documents', id: 'uppfoljning-2024' }), `RS/10/2023, ${formatDate('2024-05-07')}`],
      [hrefFor({ collection: 'documents', id: 'forslag-plan-2024' }), `RS/10/2023, ${formatDate('2023-10-20')}`],
    ]);
  });

  it('marks the website only when the organisation names it as its example field', () => {
    expect(organisationPage(region, links, 'sv').websiteExample).toBe(false);
    const invented = {
      ...region,
      data: { ...region.data, illustrative: 'Adressen är ett exempel.', exampleFields: ['website' as const] },
    };
    expect(organisationPage(invented, links, 'sv').websiteExample).toBe(true);
  });
});
