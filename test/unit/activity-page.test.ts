/** The page of a plan's activities: its plan, units and sources, and what the plan's documents say. */
import { describe, expect, it } from 'vitest';
import { entryFor } from '#lib/core/catalog.ts';
import { formatDate } from '#lib/core/format.ts';
import { kindWords } from '#lib/core/organisation-words.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { activityPage } from '#lib/views/activity-page.ts';
import { catalogOf } from '../helpers/catalog.ts';
import { SAMPLE_FILES, SAMPLE_PLAN, SAMPLE_TEXTS, sampleCatalog } from '../helpers/sample-site.ts';

const ref = { collection: 'activities', id: SAMPLE_PLAN } as const;

describe('activityPage', () => {
  it('names the plan, the units and the report the counts come from, with a date the source lacks', () => {
    const catalog = sampleCatalog();
    const page = activityPage(catalog, entryFor(catalog, ref), kindWords('region'), 'sv');
    expect(page.title).toBe('Aktiviteter i Styrelsens plan 2024');
    expect(page.plan).toEqual({
      href: hrefFor({ collection: 'plans', id: SAMPLE_PLAN }),
      title: 'Styrelsens plan 2024',
    });
    expect(page.units).toEqual([
      { href: hrefFor({ collection: 'units', id: 'staben' }), title: 'Regionstaben' },
      { href: hrefFor({ collection: 'units', id: 'kansliet' }), title: 'Kansliet' },
    ]);
    expect(page.reports).toEqual([
      {
        href: hrefFor({ collection: 'reports', id: 'tertialrapport-april-2024' }),
        title: 'Tertialrapport per april 2024',
        date: 'Datum saknas i källan',
      },
    ]);
  });

  it('says in the plan’s words what it breaks down, and how many activities its documents state', () => {
    const catalog = sampleCatalog();
    const entry = entryFor(catalog, ref);
    expect(activityPage(catalog, entry, kindWords('region'), 'sv').lead).toContain('planens uppdrag och nyckeltal');
    expect(activityPage(catalog, entry, kindWords('region'), 'sv').stated).toBe(
      ' Enligt regionens dokument finns 20 aktiviteter.',
    );
    expect(activityPage(catalog, entry, kindWords('kommun'), 'sv').stated).toContain('kommunens dokument');
  });

  it('states no number the plan does not give, and names every report once, dated', () => {
    const plan = SAMPLE_FILES.plans[SAMPLE_PLAN];
    const activities = SAMPLE_FILES.activities[SAMPLE_PLAN];
    const april = activities.counts[0];
    const catalog = catalogOf(
      {
        ...SAMPLE_FILES,
        plans: { ...SAMPLE_FILES.plans, [SAMPLE_PLAN]: { ...plan, stated: undefined } },
        activities: {
          [SAMPLE_PLAN]: {
            ...activities,
            counts: [april, { ...april, period: 'per-augusti-2024', report: 'delarsrapport-augusti-2024' }],
          },
        },
      },
      SAMPLE_TEXTS,
    );
    const page = activityPage(catalog, entryFor(catalog, ref), kindWords('region'), 'sv');
    expect(page.stated).toBeUndefined();
    expect(page.reports.map((r) => [r.title, r.date])).toEqual([
      ['Tertialrapport per april 2024', 'Datum saknas i källan'],
      ['Delårsrapport per augusti 2024', formatDate('2024-09-20')],
    ]);
  });
});
