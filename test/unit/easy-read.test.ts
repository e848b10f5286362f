/** The easy-to-read page's facts: the newest follow-up's counts, from the content. */
import { describe, expect, it } from 'vitest';
import { easyReadFacts } from '#lib/views/easy-read.ts';
import { startHeadline } from '#lib/views/start-view.ts';
import { buildCatalog } from '#lib/core/catalog.ts';
import { periodLabel } from '#lib/core/titles.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

describe('easyReadFacts', () => {
  const catalog = sampleCatalog();

  it('counts the newest follow-up’s uppdrag and nyckeltal per status, leaving out statuses no item has', () => {
    const facts = easyReadFacts(catalog)!;
    const headline = startHeadline(catalog)!;
    expect(facts.plan.title).toBe(headline.plan.data.title);
    expect(facts.report.href).toBe(`/rapporter/${headline.report.id}/`);
    for (const kind of ['uppdrag', 'nyckeltal'] as const) {
      expect(facts[kind].total).toBe(headline[kind].total);
      expect(facts[kind].counts).toEqual(headline[kind].figures.filter((f) => f.count > 0));
      expect(facts[kind].counts.every((c) => c.count > 0)).toBe(true);
      const said = facts[kind].counts.reduce((sum, c) => sum + c.count, 0);
      expect(said + facts[kind].unreported).toBe(facts[kind].total);
    }
  });

  it('names the period in the page’s language', () => {
    const period = startHeadline(catalog)!.period;
    expect(easyReadFacts(catalog)!.period).toBe(periodLabel(period));
    expect(easyReadFacts(catalog, 'en')!.period).toBe(periodLabel(period, 'en'));
    expect(periodLabel(period, 'en')).not.toBe(periodLabel(period));
  });

  it('has nothing to say before the first follow-up', () => {
    expect(easyReadFacts(buildCatalog([]))).toBeUndefined();
  });
});
