/** The start page model: the headline in words, the other followed-up plans and those not followed up. */
import { describe, expect, it } from 'vitest';
import { reportStatusChart } from '#lib/charts/charts.ts';
import { startPageCharts } from '#lib/charts/page-charts.ts';
import { startPage } from '#lib/views/start-page.ts';
import { plansNotFollowedUp, startHeadline } from '#lib/views/start-view.ts';
import { catalogOf } from '../helpers/catalog.ts';
import { SAMPLE_FILES, SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const charts = { headline: 'rubrikens diagram', others: [] };

describe('startPage', () => {
  const { headline } = startPage(catalog, '2024-10-01', charts, 'sv');

  it('says when the headline plan was followed up and published, and what comes next', () => {
    expect(headline).toMatchObject({
      plan: { href: `/planer/${SAMPLE_PLAN}/`, title: 'Styrelsens plan 2024', marked: true },
      followedUp: 'Uppföljt per 31 augusti 2024 · publicerat',
      published: '2024-09-20',
      publishedText: '20 september 2024',
      next: ' · nästa uppföljning: helår 2024',
      overdue: undefined,
      report: { href: '/rapporter/delarsrapport-augusti-2024/', dnr: 'RS/30/2024' },
      period: 'Per augusti 2024',
      figures: true,
    });
  });

  it('says the same in English for an English page, the titles kept', () => {
    const english = startPage(catalog, '2024-10-01', charts, 'en').headline;
    expect(english?.plan.title).toBe(headline?.plan.title);
    expect(english?.publishedText).toBe('20 September 2024');
    expect(english?.period).not.toBe(headline?.period);
    expect(english?.followedUp).not.toBe(headline?.followedUp);
  });

  it('says the next follow-up is missing, instead of naming it, once it is overdue', () => {
    const late = startPage(catalog, '2025-06-01', charts, 'sv').headline;
    expect(late?.next).toBeUndefined();
    expect(late?.overdue).toBe('Nästa uppföljning, helår 2024, har inte publicerats här.');
  });

  it('words each figure by its count', () => {
    expect(headline?.uppdrag).toEqual([
      { status: 'helt-uppfyllt', count: 1, label: 'helt uppfyllt' },
      { status: 'delvis-uppfyllt', count: 0, label: 'delvis uppfyllda' },
      { status: 'ej-uppfyllt', count: 1, label: 'ej uppfyllt' },
    ]);
  });

  it('hands on the charts it is given, and lists the plans not followed up with their bodies', () => {
    const page = startPage(catalog, '2024-10-01', charts, 'sv');
    expect(page.chart).toBe('rubrikens diagram');
    expect(page.pending.map((p) => p.href)).toEqual(plansNotFollowedUp(catalog).map((p) => `/planer/${p.id}/`));
    expect(page.pending.find((p) => p.href === '/planer/regionplan-2024/')?.body).toBe('Regionfullmäktige');
    expect(page.economy).toBeUndefined();
  });

  it('has no headline, and no other plans, before any plan is followed up', () => {
    const empty = catalogOf({ organisations: SAMPLE_FILES.organisations, bodies: SAMPLE_FILES.bodies });
    const page = startPage(empty, '2024-10-01', { headline: undefined, others: [] }, 'sv');
    expect(page.headline).toBeUndefined();
    expect(page.others).toEqual([]);
  });
});

describe('startPageCharts', () => {
  it("charts the headline's report, as the report's own page does", () => {
    const charts = startPageCharts(catalog, 'sv');
    expect(charts.headline).toEqual(reportStatusChart(catalog, startHeadline(catalog)!.report));
    expect(charts.others).toEqual([]);
  });
});
