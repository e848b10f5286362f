/**
 * The bundled content reproduces the facts of the source documents (../shared/DOMAIN.md, copied into test/fixtures/sources/):
 * every count here is computed from the content files, never typed into the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { itemsOfPlan, planSummary } from '#lib/views/status-summary.ts';
import { ROOT, validateBundled } from '../helpers/content.ts';

const { catalog, entries: all } = validateBundled();
const PLAN = 'rs-plan-och-budget-2024';
const APRIL = 'per-april-2024';
/** Copies of ../shared's source files, so these run on a fresh clone (test/fixtures/sources/README.md). */
const SOURCES = join(ROOT, 'test/fixtures/sources');

describe('Regionstyrelsens plan och budget 2024', () => {
  const plan = catalog.plans.get(PLAN)!;

  it('has the dnr and the adopting and revising decisions of the sources', () => {
    expect(plan.data.dnr).toBe('RS/595/2023');
    const decisions = plan.data.decisions.map((d) => {
      const decision = catalog.decisions.get(d.decision.id)!.data;
      return `${d.role} ${decision.body.id} ${decision.date} § ${decision.paragraph}`;
    });
    expect(decisions).toEqual([
      'faststalld regionstyrelsen 2023-11-08 § 194',
      'reviderad regionstyrelsen 2024-01-23 § 6',
    ]);
  });

  it('has 38 uppdrag: 30 from the regionplan and 8 of its own, as the plan states', () => {
    const uppdrag = itemsOfPlan(catalog, 'uppdrag', PLAN);
    expect(uppdrag).toHaveLength(38);
    expect(uppdrag.filter((u) => u.data.origin === 'regionplan')).toHaveLength(30);
    expect(uppdrag.filter((u) => u.data.origin === 'egen')).toHaveLength(8);
    expect(plan.data.stated).toMatchObject({
      uppdrag: 38,
      uppdragFromRegionplan: 30,
      uppdragOwn: 8,
      nyckeltal: 23,
      activities: 231,
    });
  });

  it('includes the samisk kulturkompetens uppdrag added by the January 2024 revision', () => {
    const samisk = itemsOfPlan(catalog, 'uppdrag', PLAN).filter((u) => /samisk kulturkompetens/i.test(u.data.title));
    expect(samisk).toHaveLength(1);
    expect(samisk[0].data.origin).toBe('egen');
    expect(samisk[0].data.decisions.map((d) => d.id)).toContain('rs-2024-01-23-6');
  });

  it('reproduces the uppdrag statuses per april 2024: 2 / 35 / 1', () => {
    expect(planSummary(catalog, PLAN, APRIL).uppdrag).toEqual({
      counts: { 'helt-uppfyllt': 2, 'delvis-uppfyllt': 35, 'ej-uppfyllt': 1 },
      unreported: 0,
      total: 38,
    });
  });

  it('reproduces the 23 kortsiktiga nyckeltal per april 2024: 7 / 3 / 8 / 5 with "går ej att mäta" as its own state', () => {
    const nyckeltal = itemsOfPlan(catalog, 'nyckeltal', PLAN);
    expect(nyckeltal.every((n) => n.data.term === 'kortsiktig')).toBe(true);
    expect(planSummary(catalog, PLAN, APRIL).nyckeltal).toEqual({
      counts: { 'helt-uppfyllt': 7, 'delvis-uppfyllt': 3, 'ej-uppfyllt': 8, 'gar-ej-att-mata': 5 },
      unreported: 0,
      total: 23,
    });
    const unmeasurable = nyckeltal.flatMap((n) => n.data.results).filter((r) => r.status === 'gar-ej-att-mata');
    expect(unmeasurable.every((r) => r.value === null)).toBe(true);
  });

  it('names the themes the report names among the statuses', () => {
    const statusOf = (id: string) => catalog.nyckeltal.get(id)!.data.results.find((r) => r.period.id === APRIL)!.status;
    for (const id of [
      'bruttokostnadsutveckling',
      'nettokostnadsutveckling',
      'it-sakerhet-databaser',
      'koldioxidutslapp',
      'minskad-avfallsmangd',
    ]) {
      expect(statusOf(id), id).toBe('ej-uppfyllt');
    }
    for (const id of ['serviceniva-helpdesk', 'riktade-halsosamtal-nyckeltal', 'kostnadsutveckling-lakemedel']) {
      expect(statusOf(id), id).toBe('helt-uppfyllt');
    }
    expect(statusOf('frisktal')).toBe('gar-ej-att-mata');
  });

  it('has activity counts 47 / 164 / 10 / 10, adding up to the 231 activities stated', () => {
    const activities = entries(catalog, 'activities').filter((a) => a.data.plan.id === PLAN);
    expect(activities).toHaveLength(1);
    const april = activities[0].data.counts.find((c) => c.period.id === APRIL)!;
    expect(april.counts).toEqual({ planerad: 47, pagaende: 164, forsenad: 10, genomford: 10 });
    expect(Object.values(april.counts).reduce((a, b) => a + b, 0)).toBe(plan.data.stated?.activities);
  });

  it('has the tertial report per april (RS/99/2024) and the May follow-up dated 2024-05-07', () => {
    const reports = entries(catalog, 'reports').filter((r) => r.data.plan.id === PLAN);
    expect(reports.map((r) => `${r.data.kind} ${r.data.dnr} ${r.data.date}`).sort()).toEqual([
      'tertialrapport RS/99/2024 null',
      'uppfoljning RS/595/2023 2024-05-07',
    ]);
  });
});

describe('Regionstyrelsens verksamhetsplan 2020', () => {
  it('is kept in its own terms: resultatmål and mätetal, 26 and 14', () => {
    const plan = catalog.plans.get('rs-verksamhetsplan-2020')!;
    expect(plan.data.vocabulary).toBe('resultatmal-matetal');
    expect(plan.data.dnr).toBe('RS/654/2019');
    expect(plan.data.stated).toMatchObject({ uppdrag: 26, nyckeltal: 14 });
    expect(catalog.plans.get(plan.data.parent!.id)!.data.decisions[0].decision.id).toBe('rf-2019-10-14-109');
  });
});

describe('decisions and documents', () => {
  it('holds the decisions the documents cite, with body, date, § and dnr', () => {
    const cited = entries(catalog, 'decisions').map(
      (d) => `${d.data.body.id} ${d.data.date} § ${d.data.paragraph} ${d.data.dnr}`,
    );
    expect(cited).toEqual(
      expect.arrayContaining([
        'regionstyrelsen 2023-11-08 § 194 RS/595/2023',
        'regionstyrelsen 2024-01-23 § 6 RS/595/2023',
        'regionstyrelsen 2023-12-07 § 294 RS/494/2023',
        'regionfullmaktige 2024-02 § 19 null',
        'regionfullmaktige 2020-06-17 § 60 RS/101/2015',
        'regionstyrelsen 2020-12-08 § 225 null',
        'regionfullmaktige 2019-10-14 § 109 null',
      ]),
    );
  });

  it('holds the four distinct seed documents once each, attributed', () => {
    const documents = entries(catalog, 'documents');
    expect(documents.map((d) => `${d.data.dnr} ${d.data.date}`).sort()).toEqual([
      'RS/101/2015 2021-10-04',
      'RS/595/2023 2024-01-17',
      'RS/595/2023 2024-05-07',
      'RS/654/2019 2019-12-04',
    ]);
    expect(
      documents.every(
        (d) => d.data.organisation.id === 'region-jamtland-harjedalen' && d.data.unit.id === 'sekretariatet',
      ),
    ).toBe(true);
  });

  it('keeps every paragraph of the seed documents in the full text', () => {
    const seeds: Record<string, string> = {
      'uppfoljning-rs-plan-och-budget-2024': '000_6b9c4ecd2412b392.txt',
      'revidering-rs-plan-och-budget-2024': '001_9a666193cf85c8d8.txt',
      'reviderad-styrmodell-2021': '003_7058d519eb93de53.txt',
      'rs-verksamhetsplan-2020': '004_50b064dbbee1197f.txt',
    };
    for (const [id, seed] of Object.entries(seeds)) {
      const body = all.find((e) => e.collection === 'documents' && e.id === id)!.body!;
      const title = catalog.documents.get(id)!.data.title;
      const lines = readFileSync(join(SOURCES, 'seeds', seed), 'utf8')
        .split('\n')
        .map((l) => l.trim());
      const text = lines.slice(lines.indexOf(title) + 1).filter(Boolean);
      for (const paragraph of text) expect(body, `${id}: ${paragraph.slice(0, 40)}`).toContain(paragraph);
    }
  });
});

describe('långsiktiga nyckeltal from Kolada', () => {
  const kolada = entries(catalog, 'nyckeltal').filter((n) => n.data.source.kolada);

  it('are two, långsiktiga, credited to Kolada, for the region and the whole country', () => {
    expect(kolada.map((n) => n.data.source.kolada).sort()).toEqual(['N70060', 'N71007']);
    for (const n of kolada) {
      expect(n.data.term).toBe('langsiktig');
      expect(n.data.source.name).toBe('Kolada');
      expect(n.data.series.map((s) => s.area)).toEqual(['0023', '0000']);
    }
  });

  it('hold exactly the values in the Kolada files', () => {
    for (const n of kolada) {
      const file = JSON.parse(
        readFileSync(join(SOURCES, `kolada/data-${n.data.source.kolada!.toLowerCase()}.json`), 'utf8'),
      );
      for (const series of n.data.series) {
        const expected = file.values
          .filter((row: { municipality: string }) => row.municipality === series.area)
          .map((row: { period: number; values: { gender: string; value: number | null }[] }) => ({
            year: row.period,
            value: row.values.find((v) => v.gender === 'T')!.value,
          }))
          .sort((a: { year: number }, b: { year: number }) => a.year - b.year);
        expect(series.values).toEqual(expected);
      }
    }
  });
});

describe('illustrative content', () => {
  it('marks every uppdrag and kortsiktigt nyckeltal, whose item-level details are not in the sources', () => {
    const items = [...itemsOfPlan(catalog, 'uppdrag', PLAN), ...itemsOfPlan(catalog, 'nyckeltal', PLAN)];
    expect(items.filter((i) => !i.data.illustrative).map((i) => i.id)).toEqual([]);
  });
});
