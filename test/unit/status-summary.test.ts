/** Status summaries and how they read in words, on a small plan followed up twice (the bundled counts are source facts: content-facts.test.ts). */
import { describe, expect, it } from 'vitest';
import { STATUS_COUNT_LABELS } from '#lib/core/labels.ts';
import {
  countByStatus,
  latestNyckeltalResult,
  latestUppdragStatus,
  nyckeltalHistory,
  planSummaries,
  planSummary,
  statusSentence,
  uppdragHistory,
} from '#lib/views/status-summary.ts';
import { followedUpPlan } from '../helpers/catalog.ts';
import { plain } from '../helpers/text.ts';

const UPPDRAG = { one: 'uppdrag', many: 'uppdrag' };

describe('countByStatus', () => {
  it('counts in vocabulary order and keeps items without status apart', () => {
    const result = countByStatus(['a', 'b'] as const, ['b', undefined, 'b']);
    expect(result).toEqual({ counts: { a: 0, b: 2 }, unreported: 1, total: 3 });
    expect(Object.keys(result.counts)).toEqual(['a', 'b']);
  });
});

describe('statusSentence', () => {
  it('words the counts as the reports do, singular and plural by count, in vocabulary order', () => {
    const catalog = followedUpPlan();
    const summary = planSummary(catalog, 'plan-2025', 'per-augusti-2025');
    expect(plain(statusSentence(summary.uppdrag, UPPDRAG, STATUS_COUNT_LABELS))).toBe(
      '2 av 4 uppdrag helt uppfyllda, 1 delvis uppfyllt och 1 ej uppfyllt',
    );
    expect(statusSentence(summary.nyckeltal, { one: 'nyckeltal', many: 'nyckeltal' }, STATUS_COUNT_LABELS)).toBe(
      '0 av 2 nyckeltal helt uppfyllda, 0 delvis uppfyllda, 0 ej uppfyllda, 1 går ej att mäta och 1 utan rapporterad status',
    );
  });

  it('names items that have no status instead of hiding them', () => {
    const summary = countByStatus(['helt-uppfyllt'] as const, ['helt-uppfyllt', undefined]);
    expect(statusSentence(summary, UPPDRAG, STATUS_COUNT_LABELS)).toBe(
      '1 av 2 uppdrag helt uppfyllt och 1 utan rapporterad status',
    );
  });
});

describe('a plan followed up in April and August', () => {
  const catalog = followedUpPlan();

  it('summarises every period of the follow-up plan in time order, marking those not yet reported', () => {
    const summaries = planSummaries(catalog, 'plan-2025');
    expect(summaries.map((s) => [s.period.id, s.reported])).toEqual([
      ['per-april-2025', true],
      ['per-augusti-2025', true],
      ['helar-2025', false],
    ]);
    expect(summaries[0].uppdrag).toEqual({
      counts: { 'helt-uppfyllt': 0, 'delvis-uppfyllt': 3, 'ej-uppfyllt': 0 },
      unreported: 1,
      total: 4,
    });
    expect(summaries[1].uppdrag.counts).toEqual({ 'helt-uppfyllt': 2, 'delvis-uppfyllt': 1, 'ej-uppfyllt': 1 });
    expect(summaries[1].nyckeltal).toEqual({
      counts: { 'helt-uppfyllt': 0, 'delvis-uppfyllt': 0, 'ej-uppfyllt': 0, 'gar-ej-att-mata': 1 },
      unreported: 1,
      total: 2,
    });
  });

  it('finds the latest status of each item by the periods’ dates, not the order written', () => {
    expect(latestUppdragStatus(catalog, catalog.uppdrag.get('battre')!)).toMatchObject({
      status: 'helt-uppfyllt',
      period: { id: 'per-augusti-2025' },
    });
    expect(latestNyckeltalResult(catalog, catalog.nyckeltal.get('matbar')!)).toMatchObject({
      status: 'gar-ej-att-mata',
      result: { value: null },
    });
    expect(latestNyckeltalResult(catalog, catalog.nyckeltal.get('over')!)?.period.id).toBe('per-april-2025');
  });

  it('lists an item’s history newest first', () => {
    expect(uppdragHistory(catalog, catalog.uppdrag.get('samre')!).map((s) => [s.period.id, s.status])).toEqual([
      ['per-augusti-2025', 'ej-uppfyllt'],
      ['per-april-2025', 'delvis-uppfyllt'],
    ]);
    expect(nyckeltalHistory(catalog, catalog.nyckeltal.get('matbar')!).map((r) => r.value)).toEqual([null, 70]);
  });
});
