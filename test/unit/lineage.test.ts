/**
 * Items followed across years: the chain of an uppdrag or nyckeltal through the years'
 * plans, its series for a chart spanning the years, and the bundled 2025 continuation.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Entry } from '#lib/core/catalog.ts';
import { buildLineage, lineageSeries, lineageSteps } from '#lib/views/lineage.ts';
import { collections } from '../../src/schemas/index.ts';
import { validateBundled } from '../helpers/content.ts';

const { catalog, entries: bundled } = validateBundled();

describe('the IT-säkerhet nyckeltal continued into 2025', () => {
  const pairs = [
    ['it-sakerhet-databaser', 'it-sakerhet-databaser-2025'],
    ['it-sakerhet-system', 'it-sakerhet-system-2025'],
  ] as const;

  it.each(pairs)('%s reads as one line from 2024 to 2025, from either end', (earlier, later) => {
    const lineage = buildLineage(catalog);
    for (const id of [earlier, later]) {
      expect(lineage({ collection: 'nyckeltal', id }).map((n) => n.id)).toEqual([earlier, later]);
    }
    const steps = lineageSteps(catalog, 'nyckeltal', lineage({ collection: 'nyckeltal', id: later }), later);
    expect(steps.map((s) => [s.years, s.href, s.current])).toEqual([
      ['2024', `/nyckeltal/${earlier}/`, false],
      ['2025', `/nyckeltal/${later}/`, true],
    ]);
  });

  it.each(pairs)(
    '%s keeps its target for 2025, as the May 2024 follow-up proposed, and has no invented results',
    (earlier, later) => {
      const previous = catalog.nyckeltal.get(earlier)!.data;
      const next = catalog.nyckeltal.get(later)!.data;
      expect(next.continues?.id).toBe(earlier);
      expect([next.unit, next.direction, next.title]).toEqual([previous.unit, previous.direction, previous.title]);
      expect(next.targets.map((t) => [t.year, t.value])).toEqual([
        [2025, previous.targets.find((t) => t.year === 2024)!.value],
      ]);
      expect(next.results).toEqual([]);
      expect(next.illustrative).toMatch(/2024 och 2025/);
      expect(next.documents.map((d) => d.id)).toContain('uppfoljning-rs-plan-och-budget-2024');
    },
  );

  it('gives a chart one series across both years: 2024 results and the targets of both plans', () => {
    const chain = buildLineage(catalog)({ collection: 'nyckeltal', id: 'it-sakerhet-databaser-2025' });
    const series = lineageSeries(catalog, chain);
    const earlier = catalog.nyckeltal.get('it-sakerhet-databaser')!.data;
    expect(series.targets.map((t) => [t.year, t.value, t.item])).toEqual([
      [2024, earlier.targets[0].value, 'it-sakerhet-databaser'],
      [2025, earlier.targets[0].value, 'it-sakerhet-databaser-2025'],
    ]);
    expect(series.results.map((r) => [r.period.id, r.value, r.status])).toEqual(
      earlier.results.map((r) => [r.period.id, r.value, r.status]),
    );
  });

  it('sits in a 2025 plan that says what is and is not from the sources, and cites no decision', () => {
    const plan = catalog.plans.get('rs-plan-och-budget-2025')!.data;
    expect(plan).toMatchObject({
      body: { id: 'regionstyrelsen' },
      kind: 'plan-och-budget',
      startYear: 2025,
      endYear: 2025,
      vocabulary: 'uppdrag-nyckeltal',
    });
    expect(plan.decisions).toEqual([]);
    expect(plan.dnr).toBeUndefined();
    expect(plan.summary).toMatch(/oktober 2024/);
    expect(plan.illustrative).toMatch(/Beslutet .* saknas i källorna/);
    expect(plan.periods.every((p) => catalog.periods.get(p.id)!.data.year === 2025)).toBe(true);
    const parent = catalog.plans.get(plan.parent!.id)!.data;
    expect([parent.title, parent.kind, parent.decisions]).toEqual([
      'Regionplan och budget 2025–2027',
      'regionplan',
      [],
    ]);
  });
});

/** Bundled content plus nyckeltal written for one test, parsed by the real schema. */
function catalogWith(extra: Record<string, Record<string, unknown>>) {
  const added = Object.entries(extra).map(([id, data]) => ({
    collection: 'nyckeltal' as const,
    id,
    data: collections.nyckeltal.schema.parse({
      title: id,
      plan: 'regionplan-2024-2026',
      strategy: 'god-och-nara-vard',
      term: 'langsiktig',
      description: 'Test',
      unit: '%',
      direction: 'higher',
      targets: [],
      results: [],
      source: { name: 'Test' },
      ...data,
    }) as Entry<'nyckeltal'>['data'],
  }));
  return buildCatalog([...bundled, ...added]);
}

describe('lineage', () => {
  it('is the item alone when it neither continues nor is continued', () => {
    expect(buildLineage(catalog)({ collection: 'uppdrag', id: 'heltid-som-norm' }).map((u) => u.id)).toEqual([
      'heltid-som-norm',
    ]);
    expect(buildLineage(catalog)({ collection: 'nyckeltal', id: 'no-such-item' })).toEqual([]);
  });

  it('lets the later plan win where rolling plans overlap, and names where each value came from', () => {
    const overlap = catalogWith({
      'mal-2024': {
        targets: [
          { year: 2024, value: 10 },
          { year: 2025, value: 11 },
        ],
        results: [{ period: 'helar-2024', value: 9, status: 'delvis-uppfyllt', comment: 'x' }],
      },
      'mal-2025': {
        plan: 'regionplan-2025-2027',
        strategy: 'god-och-nara-vard-2025-2027',
        continues: 'mal-2024',
        targets: [
          { year: 2025, value: 12 },
          { year: 2026, value: 13 },
        ],
      },
    });
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
    const looping = catalogWith({ 'ring-a': { continues: 'ring-b' }, 'ring-b': { continues: 'ring-a' } });
    expect(buildLineage(looping)({ collection: 'nyckeltal', id: 'ring-a' }).map((n) => n.id)).toEqual([
      'ring-b',
      'ring-a',
    ]);
  });
});
