/** A strategy's page model: its plan, and the items of every plan that work towards it. */
import { describe, expect, it } from 'vitest';
import { entryFor } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { strategyAnchor } from '#lib/views/plan-view.ts';
import { strategyPage } from '#lib/views/strategy-page.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const pageOf = (id: string) => strategyPage(catalog, entryFor(catalog, { collection: 'strategies', id }), 'sv');

describe('strategyPage', () => {
  it('names its order in the plan it belongs to', () => {
    expect(pageOf('vard').kind).toBe('Strategi 1 i Regionplan 2024–2026');
  });

  it('groups the items towards it by plan, each linking to the strategy in its plan', () => {
    const plans = pageOf('medarbetare').plans;
    expect(plans.map((p) => [p.headingId, p.title])).toEqual([
      [`plan-${SAMPLE_PLAN}`, 'Styrelsens plan 2024'],
      ['plan-rs-plan-2025', 'Styrelsens plan 2025'],
    ]);
    expect(plans[0].href).toBe(`${hrefFor({ collection: 'plans', id: SAMPLE_PLAN })}#${strategyAnchor('medarbetare')}`);
    expect(plans[0].rows.map((r) => r.id).sort()).toEqual(['frisktal', 'heltid', 'sjukfranvaro']);
    expect(plans.flatMap((p) => p.rows).every((r) => r.strategy === 'medarbetare')).toBe(true);
  });

  it('leaves out the plans with no item towards it', () => {
    const titles = pageOf('vard').plans.map((p) => p.title);
    expect(titles).not.toContain('Styrelsens plan 2025');
    expect(titles).not.toContain('Verksamhetsplan 2020');
  });
});
