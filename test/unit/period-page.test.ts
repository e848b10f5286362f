/** A reporting period's page model: the plans followed up on it, in words, and its reports. */
import { describe, expect, it } from 'vitest';
import { buildBacklinks, entryFor } from '#lib/core/catalog.ts';
import { formatDate } from '#lib/core/format.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodPage } from '#lib/views/period-page.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const backlinks = buildBacklinks(catalog);
const pageOf = (id: string) =>
  periodPage(catalog, entryFor(catalog, { collection: 'periods', id }), backlinks({ collection: 'periods', id }), 'sv');

describe('periodPage', () => {
  it('names the period and the last day it covers', () => {
    const page = pageOf('per-april-2024');
    expect(page.title).toBe('Per april 2024');
    expect(page.lead).toContain(formatDate('2024-04-30'));
    expect(page.plansHeading).toBe('Planer som följs upp per april 2024');
  });

  it('says in words how the items of each plan followed up on the period stood', () => {
    const [plan] = pageOf('per-april-2024').plans;
    expect(plan.href).toBe(hrefFor({ collection: 'plans', id: SAMPLE_PLAN }));
    expect(plan.summary).toMatch(/^1 av 3 uppdrag helt uppfyllt, .*; 1 av 3 nyckeltal helt uppfyllt, .*\.$/);
  });

  it('lists the reports on the period with their dates, or that the source gives none', () => {
    expect(pageOf('per-april-2024').reports.map((r) => [r.href, r.meta])).toEqual([
      [hrefFor({ collection: 'reports', id: 'tertialrapport-april-2024' }), 'Datum saknas i källan'],
      [hrefFor({ collection: 'reports', id: 'uppfoljning-2024' }), formatDate('2024-05-07')],
    ]);
  });

  it('says when there is no report on a plan followed up on the period', () => {
    const page = pageOf('helar-2024');
    expect(page.plans.map((p) => p.summary)).toEqual(['Insyn har ingen rapport om den här uppföljningen.']);
    expect(page.reports).toEqual([]);
  });
});
