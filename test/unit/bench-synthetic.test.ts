/** The benchmark's synthetic content is valid content of the expected size. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/bench/synthetic.ts';
import { entries } from '#lib/core/catalog.ts';
import { buildLineage } from '#lib/views/lineage.ts';
import { compareWithPrevious } from '#lib/views/period-diff.ts';
import { validateContent } from '../../src/data/content-files.ts';
import { itemsOfPlan } from '#lib/views/status-summary.ts';
import { FROZEN } from '../helpers/content.ts';

/** The plan that scripts/bench/synthetic.ts copies (here from the frozen content). */
const TEMPLATE = 'rs-plan-och-budget-2024';

describe('benchmark content', () => {
  it('scales the bundled plan and passes the same validation as real content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'insyn-synthetic-'));
    writeSyntheticContent(FROZEN, dir, 4);
    const { problems, catalog } = validateContent(dir);
    expect(problems).toEqual([]);
    const bundled = validateContent(FROZEN).catalog;
    // Three synthetic plans, each a copy of the 2024 board plan's uppdrag and nyckeltal.
    const uppdrag = itemsOfPlan(bundled, 'uppdrag', TEMPLATE).length;
    const nyckeltal = itemsOfPlan(bundled, 'nyckeltal', TEMPLATE).length;
    expect(uppdrag * nyckeltal).toBeGreaterThan(0);
    expect(entries(catalog, 'plans')).toHaveLength(entries(bundled, 'plans').length + 3);
    expect(entries(catalog, 'uppdrag')).toHaveLength(entries(bundled, 'uppdrag').length + 3 * uppdrag);
    expect(entries(catalog, 'nyckeltal')).toHaveLength(entries(bundled, 'nyckeltal').length + 3 * nyckeltal);
    expect(
      entries(catalog, 'uppdrag')
        .filter((u) => u.id.startsWith('syn') || u.data.plan.id.startsWith('syn-'))
        .every((u) => u.data.illustrative),
    ).toBe(true);
  });

  it('exercises every page type: chains across years, changing statuses, approved reports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'insyn-synthetic-'));
    writeSyntheticContent(FROZEN, dir, 4);
    const { catalog } = validateContent(dir);
    // Two bodies: the first has plans for 2023 and 2022, so its 2023 items continue the 2022 ones.
    const chained = entries(catalog, 'nyckeltal').filter((n) => n.data.plan.id === 'syn-plan-0-2023');
    expect(chained.length).toBe(itemsOfPlan(catalog, 'nyckeltal', TEMPLATE).length);
    for (const item of chained) {
      expect(buildLineage(catalog)({ collection: 'nyckeltal', id: item.id }).map((i) => i.data.plan.id)).toEqual([
        'syn-plan-0-2022',
        'syn-plan-0-2023',
      ]);
    }
    const reports = entries(catalog, 'reports').filter((r) => r.data.plan.id.startsWith('syn-'));
    expect(reports).toHaveLength(3 * 3);
    for (const report of reports) expect(report.data.decisions).toHaveLength(1);
    // Each plan's second and third reports compare with the one before, and statuses changed between them.
    const compared = reports.map((r) => compareWithPrevious(catalog, r)).filter((c) => c.previous);
    expect(compared).toHaveLength(3 * 2);
    for (const { uppdrag, nyckeltal } of compared) expect(uppdrag.length + nyckeltal.length).toBeGreaterThan(0);
  });
});
