/** What changed between reports: which items, in which direction, and the flow between statuses. */
import { describe, expect, it } from 'vitest';
import {
  changeDirection,
  compareWithPrevious,
  planTransitions,
  reportsOfPlan,
  statusChanges,
  transitions,
} from '#lib/views/period-diff.ts';
import { uppdragStatusAt } from '#lib/views/status-summary.ts';
import { followedUpPlan } from '../helpers/catalog.ts';
import { validateBundled } from '../helpers/content.ts';

describe('changeDirection', () => {
  it('orders helt > delvis > ej uppfyllt', () => {
    expect(changeDirection('delvis-uppfyllt', 'helt-uppfyllt')).toBe('battre');
    expect(changeDirection('ej-uppfyllt', 'delvis-uppfyllt')).toBe('battre');
    expect(changeDirection('helt-uppfyllt', 'ej-uppfyllt')).toBe('samre');
  });

  it('does not rank "går ej att mäta": a change to or from it is its own kind', () => {
    expect(changeDirection('helt-uppfyllt', 'gar-ej-att-mata')).toBe('ej-jamforbar');
    expect(changeDirection('gar-ej-att-mata', 'ej-uppfyllt')).toBe('ej-jamforbar');
  });

  it('tells a first status and a missing one apart from a change, and sees no change as none', () => {
    expect(changeDirection(undefined, 'delvis-uppfyllt')).toBe('ny');
    expect(changeDirection('delvis-uppfyllt', undefined)).toBe('utgar');
    expect(changeDirection('delvis-uppfyllt', 'delvis-uppfyllt')).toBeUndefined();
    expect(changeDirection(undefined, undefined)).toBeUndefined();
  });
});

describe('a plan followed up in April and August', () => {
  const catalog = followedUpPlan();
  const uppdrag = [...catalog.uppdrag.values()];

  it('lists the items that changed, with direction, and leaves the unchanged out', () => {
    const changes = statusChanges(uppdrag, uppdragStatusAt, 'per-april-2025', 'per-augusti-2025');
    expect(changes.map((c) => [c.item.id, c.from, c.to, c.direction]).sort()).toEqual([
      ['battre', 'delvis-uppfyllt', 'helt-uppfyllt', 'battre'],
      ['ny', undefined, 'helt-uppfyllt', 'ny'],
      ['samre', 'delvis-uppfyllt', 'ej-uppfyllt', 'samre'],
    ]);
  });

  it('counts the flow between statuses, unchanged items included, adding up to all items', () => {
    const flow = transitions(uppdrag, uppdragStatusAt, 'per-april-2025', 'per-augusti-2025');
    expect(flow).toContainEqual({ from: 'delvis-uppfyllt', to: 'delvis-uppfyllt', count: 1 });
    expect(flow).toContainEqual({ from: 'delvis-uppfyllt', to: 'helt-uppfyllt', count: 1 });
    expect(flow.reduce((sum, f) => sum + f.count, 0)).toBe(uppdrag.length);
  });

  it('compares consecutive reported periods only, never one not yet followed up', () => {
    const moves = planTransitions(catalog, 'plan-2025');
    expect(moves.map((m) => [m.from.id, m.to.id])).toEqual([['per-april-2025', 'per-augusti-2025']]);
    expect(moves[0].nyckeltal).toContainEqual({ from: 'delvis-uppfyllt', to: 'gar-ej-att-mata', count: 1 });
  });

  it('orders reports by period, and an undated report first within its period', () => {
    expect(reportsOfPlan(catalog, 'plan-2025').map((r) => r.id)).toEqual([
      'tertialrapport',
      'delarsrapport',
      'augusti-uppfoljning',
    ]);
  });

  it('compares a report with the previous report on an earlier period, and names those on the same period', () => {
    const comparison = compareWithPrevious(catalog, catalog.reports.get('augusti-uppfoljning')!);
    expect(comparison.previous?.id).toBe('tertialrapport');
    expect(comparison.samePeriod.map((r) => r.id)).toEqual(['delarsrapport']);
    expect(comparison.uppdrag.map((c) => c.item.id).sort()).toEqual(['battre', 'ny', 'samre']);
    expect(comparison.nyckeltal.map((c) => [c.item.id, c.direction])).toEqual([
      ['matbar', 'ej-jamforbar'],
      ['over', 'utgar'],
    ]);
  });

  it('has nothing to compare for the first report', () => {
    const comparison = compareWithPrevious(catalog, catalog.reports.get('tertialrapport')!);
    expect(comparison).toMatchObject({ previous: undefined, uppdrag: [], nyckeltal: [] });
  });
});

describe('the bundled reports', () => {
  it('are both on April 2024, so neither has an earlier report to compare with', () => {
    const { catalog } = validateBundled();
    const reports = reportsOfPlan(catalog, 'rs-plan-och-budget-2024');
    expect(reports.map((r) => r.id)).toEqual(['tertialrapport-per-april-2024', 'uppfoljning-rs-plan-och-budget-2024']);
    for (const report of reports) {
      const comparison = compareWithPrevious(catalog, report);
      expect(comparison.previous).toBeUndefined();
      expect(comparison.samePeriod).toHaveLength(1);
    }
  });
});
