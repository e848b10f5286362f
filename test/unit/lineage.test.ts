/**
 * Items followed across years: the chain of an uppdrag or nyckeltal through the years'
 * plans, and its series for a chart spanning the years.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Entry } from '#lib/core/catalog.ts';
import { buildLineage, lineageSeries, lineageSteps } from '#lib/views/lineage.ts';
import { collections } from '../../src/schemas/index.ts';
import { catalogOf, type Files, type Input, sourcesOf } from '../helpers/catalog.ts';
import { SAMPLE_FILES, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

describe('items continued from the 2024 plan into the 2025 plan', () => {
  const pairs = [
    ['nyckeltal', 'sjukfranvaro', 'sjukfranvaro-2025'],
    ['uppdrag', 'heltid', 'heltid-2025'],
  ] as const;

  it.each(pairs)('%s %s reads as one line from 2024 to 2025, from either end', (collection, earlier, later) => {
    const lineage = buildLineage(catalog);
    for (const id of [earlier, later]) {
      expect(lineage({ collection, id }).map((n) => n.id)).toEqual([earlier, later]);
    }
    const steps = lineageSteps(catalog, collection, lineage({ collection, id: later }), later);
    expect(steps.map((s) => [s.years, s.href, s.current])).toEqual([
      ['2024', `/${collection}/${earlier}/`, false],
      ['2025', `/${collection}/${later}/`, true],
    ]);
  });

  it('gives a chart one series across both years: 2024 results and the targets of both plans', () => {
    const chain = buildLineage(catalog)({ collection: 'nyckeltal', id: 'sjukfranvaro-2025' });
    const series = lineageSeries(catalog, chain);
    const earlier = SAMPLE_FILES.nyckeltal.sjukfranvaro;
    const later = SAMPLE_FILES.nyckeltal['sjukfranvaro-2025'];
    expect(series.targets.map((t) => [t.year, t.value, t.item])).toEqual([
      [2024, earlier.targets[0].value, 'sjukfranvaro'],
      [2025, later.targets[0].value, 'sjukfranvaro-2025'],
    ]);
    expect(series.results.map((r) => [r.period.id, r.value, r.status])).toEqual(
      earlier.results.map((r) => [r.period, r.value, r.status]),
    );
  });
});

/** A nyckeltal of the sample's regionplan, with what a test sets. */
const measure = (extra: Partial<Input['nyckeltal']>): Input['nyckeltal'] => ({
  title: 'Mått',
  plan: 'regionplan-2024',
  strategy: 'vard',
  term: 'langsiktig',
  description: 'Test',
  unit: '%',
  direction: 'higher',
  targets: [],
  results: [],
  source: { name: 'Test' },
  ...extra,
});

/** The sample site plus a regionplan for 2025–2027 that overlaps 2024–2026, and the given nyckeltal. */
function withRollingPlans(nyckeltal: Record<string, Input['nyckeltal']>): Files {
  return {
    ...SAMPLE_FILES,
    plans: {
      ...SAMPLE_FILES.plans,
      'regionplan-2024': { ...SAMPLE_FILES.plans['regionplan-2024'], periods: ['helar-2024'] },
      'regionplan-2025': {
        ...SAMPLE_FILES.plans['regionplan-2024'],
        title: 'Regionplan 2025–2027',
        startYear: 2025,
        endYear: 2027,
      },
    },
    strategies: {
      ...SAMPLE_FILES.strategies,
      'vard-2025': { ...SAMPLE_FILES.strategies.vard, plan: 'regionplan-2025' },
    },
    nyckeltal: { ...SAMPLE_FILES.nyckeltal, ...nyckeltal },
  };
}

describe('lineage', () => {
  it('is the item alone when it neither continues nor is continued', () => {
    expect(buildLineage(catalog)({ collection: 'uppdrag', id: 'samverkan' }).map((u) => u.id)).toEqual(['samverkan']);
    expect(buildLineage(catalog)({ collection: 'nyckeltal', id: 'no-such-item' })).toEqual([]);
  });

  it('lets the later plan win where rolling plans overlap, and names where each value came from', () => {
    const overlap = catalogOf(
      withRollingPlans({
        'mal-2024': measure({
          targets: [
            { year: 2024, value: 10 },
            { year: 2025, value: 11 },
          ],
          results: [{ period: 'helar-2024', value: 9, status: 'delvis-uppfyllt', comment: 'x' }],
        }),
        'mal-2025': measure({
          plan: 'regionplan-2025',
          strategy: 'vard-2025',
          continues: 'mal-2024',
          targets: [
            { year: 2025, value: 12 },
            { year: 2026, value: 13 },
          ],
        }),
      }),
    );
    const chain = buildLineage(overlap)({ collection: 'nyckeltal', id: 'mal-2024' });
    expect(chain.map((n) => n.id)).toEqual(['mal-2024', 'mal-2025']);
    const series = lineageSeries(overlap, chain);
    expect(series.targets.map((t) => [t.year, t.value, t.item])).toEqual([
      [2024, 10, 'mal-2024'],
      [2025, 12, 'mal-2025'],
      [2026, 13, 'mal-2025'],
    ]);
    expect(series.results.map((r) => [r.endDate, r.value, r.item])).toEqual([['2024-12-31', 9, 'mal-2024']]);
    expect(lineageSteps(overlap, 'nyckeltal', chain, 'mal-2024').map((s) => s.years)).toEqual([
      '2024–2026',
      '2025–2027',
    ]);
  });

  it('ends even when content that failed the integrity check loops', () => {
    // Parsed by the schema, without the integrity check that would refuse the loop.
    const files = withRollingPlans({
      'ring-a': measure({ continues: 'ring-b' }),
      'ring-b': measure({ continues: 'ring-a' }),
    });
    const looping = buildCatalog(
      sourcesOf(files).map((f) => ({ ...f, data: collections[f.collection].schema.parse(f.data) }) as Entry),
    );
    expect(buildLineage(looping)({ collection: 'nyckeltal', id: 'ring-a' }).map((n) => n.id)).toEqual([
      'ring-b',
      'ring-a',
    ]);
  });
});
