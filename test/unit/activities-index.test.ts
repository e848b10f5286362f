/** The /aktiviteter/ page model: one link per plan's activity counts. */
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { activitiesIndex } from '#lib/views/activities-index.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

describe('activitiesIndex', () => {
  it("links each plan's activity counts by the plan's title", () => {
    const links = activitiesIndex(catalog);
    expect(links).toHaveLength(entries(catalog, 'activities').length);
    expect(links[0]).toEqual({
      href: `/aktiviteter/${SAMPLE_PLAN}/`,
      title: 'Aktiviteter i Styrelsens plan 2024',
      illustrative: false,
    });
  });
});
