/** A report's page model: its facts, what changed since the previous report, its snapshot per status. */
import { describe, expect, it } from 'vitest';
import { buildBacklinks, entries, entryFor } from '#lib/core/catalog.ts';
import { compareWithPrevious } from '#lib/views/period-diff.ts';
import { changeGroups, reportPage } from '#lib/views/report-page.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const backlinks = buildBacklinks(catalog);
const report = (id: string) => entryFor(catalog, { collection: 'reports', id });
const pageOf = (id: string) => reportPage(catalog, report(id), backlinks({ collection: 'reports', id }), 'sv');

describe('reportPage', () => {
  it('gives the plan, the period and a date the sources do not give in words', () => {
    const page = pageOf('tertialrapport-april-2024');
    expect(page.plan).toEqual({ href: '/planer/rs-plan-2024/', title: 'Styrelsens plan 2024' });
    expect(page.period.href).toBe('/perioder/per-april-2024/');
    expect(page.date).toBe('Saknas i källan');
    expect(page.decisions.map((d) => d.href)).toEqual(['/beslut/rs-2023-11-08-100/']);
  });

  it('has nothing to compare the first follow-up with, and names the other report on its period', () => {
    const page = pageOf('tertialrapport-april-2024');
    expect(page.comparison.previous).toBeUndefined();
    expect(page.comparison.samePeriod?.links.map((l) => l.href)).toEqual(['/rapporter/uppfoljning-2024/']);
  });

  it('compares a later report with the previous period, one group per direction items took', () => {
    const page = pageOf('delarsrapport-augusti-2024');
    const previous = page.comparison.previous!;
    expect(previous.period).toBe('som redovisade läget per april 2024.');
    expect(previous.kinds.map((k) => k.heading)).toEqual(['Uppdrag', 'Nyckeltal']);
    const comparison = compareWithPrevious(catalog, report('delarsrapport-augusti-2024'));
    const counted = previous.kinds.flatMap((k) => k.groups.flatMap((g) => g.changes)).length;
    expect(counted).toBe(comparison.uppdrag.length + comparison.nyckeltal.length);
  });

  it('lists every item of the plan once in the snapshot, under a heading that counts it', () => {
    for (const entry of entries(catalog, 'reports')) {
      const page = pageOf(entry.id);
      for (const kind of page.snapshots.kinds)
        for (const group of kind.groups) expect(group.count).toMatch(new RegExp(`^${group.links.length} `));
    }
  });

  it('lists documents named by the report and those that name it, once each', () => {
    const hrefs = pageOf('uppfoljning-2024').documents.map((d) => d.href);
    expect(hrefs).toContain('/dokument/uppfoljning-2024/');
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
});

describe('changeGroups', () => {
  it('groups changes by direction, better first, and counts each group in the plan’s words', () => {
    const items = entries(catalog, 'uppdrag').slice(0, 3);
    const noun = { one: 'uppdrag', many: 'uppdrag' };
    const groups = changeGroups(
      [
        { item: items[0], from: 'helt-uppfyllt', to: 'ej-uppfyllt', direction: 'samre' },
        { item: items[1], from: 'ej-uppfyllt', to: 'delvis-uppfyllt', direction: 'battre' },
        { item: items[2], from: 'ej-uppfyllt', to: 'helt-uppfyllt', direction: 'battre' },
      ],
      'uppdrag',
      noun,
      'sv',
    );
    expect(groups.map((g) => g.heading)).toEqual(['Bättre: 2 uppdrag', 'Sämre: 1 uppdrag']);
    expect(groups[0].changes[0].href).toBe(`/uppdrag/${items[1].id}/`);
    expect(changeGroups([], 'uppdrag', noun, 'sv')).toEqual([]);
  });
});
