/** The report sheets offered on the site: each plan in use, its period last reported and the next. */
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { latestFollowedUpPlans } from '#lib/content/plan-order.ts';
import { SHEETS_PATH, sheetDownloads } from '#lib/import/sheet-downloads.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

describe('sheetDownloads', () => {
  const sheets = sheetDownloads(catalog);

  it('offers the sample plan’s last reported period and the one after it, by name', () => {
    expect(sheets.filter((sheet) => sheet.plan === SAMPLE_PLAN)).toEqual([
      {
        plan: SAMPLE_PLAN,
        planTitle: 'Styrelsens plan 2024',
        period: 'per-augusti-2024',
        periodLabel: 'per augusti 2024',
        role: 'current',
        href: `${SHEETS_PATH}${SAMPLE_PLAN}-per-augusti-2024.xlsx`,
      },
      {
        plan: SAMPLE_PLAN,
        planTitle: 'Styrelsens plan 2024',
        period: 'helar-2024',
        periodLabel: 'helår 2024',
        role: 'next',
        href: `${SHEETS_PATH}${SAMPLE_PLAN}-helar-2024.xlsx`,
      },
    ]);
  });

  it('offers only plans in use, each period of the plan’s own, and no address twice', () => {
    const inUse = new Set(
      latestFollowedUpPlans(catalog)
        .flatMap(({ plan, newer }) => [plan, ...newer])
        .map((p) => p.id),
    );
    for (const sheet of sheets) {
      expect(inUse.has(sheet.plan), sheet.plan).toBe(true);
      const plan = entries(catalog, 'plans').find((p) => p.id === sheet.plan)!;
      expect(plan.data.periods.map((ref) => ref.id)).toContain(sheet.period);
    }
    expect(new Set(sheets.map((sheet) => sheet.href)).size).toBe(sheets.length);
  });

  it('offers a plan with no report its first period as the next one', () => {
    const fresh = sheets.filter((sheet) => sheet.plan === 'rs-plan-2025');
    expect(fresh.map(({ period, role }) => ({ period, role }))).toEqual([{ period: 'per-april-2025', role: 'next' }]);
  });
});
