/** A nyckeltal's page model: the latest result beside its charts, its targets, its ranking and its facts. */
import { describe, expect, it } from 'vitest';
import { nyckeltalFigures } from '#lib/charts/page-charts.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { nyckeltalPage } from '#lib/views/nyckeltal-page.ts';
import { formatMeasure, resultAgainstTarget } from '#lib/views/nyckeltal-view.ts';
import { SAMPLE_CONFIG } from '../helpers/configuration.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const nyckeltal = (id: string) => catalog.nyckeltal.get(id)!;
/** The page as the site builds it, with the figures the charts layer makes. */
const pageOf = (id: string) =>
  nyckeltalPage(
    catalog,
    SAMPLE_CONFIG,
    nyckeltal(id),
    nyckeltalFigures(catalog, nyckeltal(id), SAMPLE_CONFIG, 'sv'),
    'sv',
  );

describe('nyckeltalPage', () => {
  it('names only the period beside a result chart, and says the numbers in a sentence without one', () => {
    const item = nyckeltal('helpdesk');
    const charted = pageOf('helpdesk');
    expect(charted.charts.map((c) => c.spec.id)).toContain('nyckeltal-helpdesk-utfall');
    expect(charted.latest).toEqual({ status: 'helt-uppfyllt', text: 'Per april 2024.' });
    const plain = nyckeltalPage(catalog, SAMPLE_CONFIG, item, {}, 'sv');
    expect(plain.latest?.text).toBe(resultAgainstTarget(catalog, item)!.sentence);
    expect(plain.charts).toEqual([]);
  });

  it('dates the result chart and the citation by the newest dated report on the latest period', () => {
    const page = pageOf('helpdesk');
    expect(page.reportedOn).toBe('2024-05-07');
    expect(page.charts.find((c) => c.spec.id === 'nyckeltal-helpdesk-utfall')?.reported).toBe('2024-05-07');
  });

  it('leaves out of the facts the targets the result chart shows, and lists them all without it', () => {
    expect(pageOf('helpdesk').targets).toEqual({ none: false, others: true, text: undefined });
    expect(nyckeltalPage(catalog, SAMPLE_CONFIG, nyckeltal('helpdesk'), {}, 'sv').targets).toEqual({
      none: false,
      others: false,
      text: `2024: ${formatMeasure(80, '%')}`,
    });
    expect(pageOf('primarvard').targets).toEqual({ none: true, others: false, text: undefined });
  });

  it('lists the statuses newest first with the comments', () => {
    expect(pageOf('sjukfranvaro').statuses.map((s) => [s.period, s.status, s.text])).toEqual([
      ['Per augusti 2024', 'delvis-uppfyllt', 'Lägre under sommaren.'],
      ['Per april 2024', 'ej-uppfyllt', 'Vinterns infektioner.'],
    ]);
    expect(pageOf('sjukfranvaro').exampleResults).toBe(true);
  });

  it('ranks every compared region in the latest year, marking the own one, with values written the Swedish way', () => {
    const page = pageOf('primarvard');
    expect(page.ranking?.year).toBe(2022);
    const [table] = page.ranking!.tables;
    expect(table.id).toBe('alla-regioner');
    expect(table.rows.filter((r) => r.own).map((r) => r.name)).toEqual(['Region Exempel']);
    expect(table.rows.map((r) => r.place)).toEqual([...table.rows.map((r) => r.place)].sort((a, b) => a - b));
    expect(table.rows.find((r) => r.own)?.value).toBe('5\u00a0200,3');
    expect(pageOf('helpdesk').ranking).toBeUndefined();
  });

  it('says the latest statistics in words only when no chart of them shows them', () => {
    expect(pageOf('primarvard').latestSeries).toBeUndefined();
    const words = nyckeltalPage(catalog, SAMPLE_CONFIG, nyckeltal('primarvard'), {}, 'sv').latestSeries;
    expect(words).toContain('Region Exempel (2022)');
  });

  it('cites its decisions newest first, ready to list', () => {
    expect(pageOf('helpdesk').links.decisions).toEqual([]);
    const item = nyckeltal('helpdesk');
    const decided = {
      ...item,
      data: {
        ...item.data,
        decisions: ['rs-2023-11-08-100', 'rs-2024-01-23-5'].map((id) => ({ collection: 'decisions' as const, id })),
      },
    };
    const cites = nyckeltalPage(catalog, SAMPLE_CONFIG, decided, {}, 'sv').links.decisions;
    expect(cites.map((c) => c.href)).toEqual(
      ['rs-2024-01-23-5', 'rs-2023-11-08-100'].map((id) => hrefFor({ collection: 'decisions', id })),
    );
    expect(cites[0].body).toBe('Regionstyrelsen');
  });

  it('writes out an abbreviated unit in kronor, and links the responsible unit when there is one', () => {
    const page = pageOf('primarvard');
    expect(page.unit.name).toBe('kr/inv');
    expect(page.unit.kronor).toBe(true);
    expect(page.unit.term?.expansion).toBeTruthy();
    expect(page.responsibleUnit).toBeUndefined();
    expect(pageOf('helpdesk').responsibleUnit).toEqual({
      title: 'Regionstaben',
      href: hrefFor({ collection: 'units', id: 'staben' }),
    });
  });
});
