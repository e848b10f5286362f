/**
 * The bundled content reproduces the facts of the source documents (../shared/DOMAIN.md, copied into test/fixtures/sources/):
 * every count here is computed from the content files, never typed into the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { itemsOfPlan, planSummary } from '#lib/views/status-summary.ts';
import { isExampleField } from '#lib/content/examples.ts';
import { sourceLine } from '#lib/views/nyckeltal-view.ts';
import { ROOT } from '../helpers/content.ts';
import { validateLive } from '../helpers/live-content.ts';

const { catalog, entries: all } = validateLive();
const PLAN = 'rs-plan-och-budget-2024';
/** The Kolada indicators the sources name; staff may add more with `npm run kolada`, which are not source facts. */
const SOURCED = ['N70060', 'N71007'];
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
    // Later reports on the plan (per augusti, helår) may follow; these two are the sources'.
    expect(reports.map((r) => `${r.data.kind} ${r.data.period.id} ${r.data.dnr} ${r.data.date}`)).toEqual(
      expect.arrayContaining([
        `tertialrapport ${APRIL} RS/99/2024 null`,
        `uppfoljning ${APRIL} RS/595/2023 2024-05-07`,
      ]),
    );
  });

  it('keeps the IT-säkerhet targets for 2025, as the May follow-up proposed', () => {
    expect(MAY).toContain('målvärdena föreslås ändå stå kvar för både 2024 och 2025');
    for (const id of ['it-sakerhet-databaser', 'it-sakerhet-system']) {
      const earlier = catalog.nyckeltal.get(id)!.data;
      const later = entries(catalog, 'nyckeltal').filter((n) => n.data.continues?.id === id);
      expect(later, id).toHaveLength(1);
      const target2024 = earlier.targets.find((t) => t.year === 2024)!.value;
      expect(later[0].data.targets.find((t) => t.year === 2025)?.value, later[0].id).toBe(target2024);
    }
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

/** The seed documents and the files of test/fixtures/sources/seeds they come from. */
const SEED_DOCUMENTS: Record<string, string> = {
  'uppfoljning-rs-plan-och-budget-2024': '000_6b9c4ecd2412b392.txt',
  'revidering-rs-plan-och-budget-2024': '001_9a666193cf85c8d8.txt',
  'reviderad-styrmodell-2021': '003_7058d519eb93de53.txt',
  'rs-verksamhetsplan-2020': '004_50b064dbbee1197f.txt',
};

/** The decisions the seed documents cite. */
const SEED_DECISIONS = [
  'rs-2023-11-08-194',
  'rs-2024-01-23-6',
  'rs-2023-12-07-294',
  'rf-2024-02-paragraf-19',
  'rf-2020-06-17-60',
  'rs-2020-12-08-225',
  'rf-2019-10-14-109',
];

describe('decisions and documents', () => {
  it('holds the decisions the documents cite, with body, date, § and dnr', () => {
    const cited = entries(catalog, 'decisions').map(
      (d) => `${d.data.body.id} ${d.data.date} § ${d.data.paragraph} ${d.data.dnr}`,
    );
    expect(SEED_DECISIONS.every((id) => catalog.decisions.has(id))).toBe(true);
    expect(cited).toEqual(
      expect.arrayContaining([
        'regionstyrelsen 2023-11-08 § 194 RS/595/2023',
        'regionstyrelsen 2024-01-23 § 6 RS/595/2023',
        'regionstyrelsen 2023-12-07 § 294 RS/494/2023',
        'regionfullmaktige 2024-02 § 19 null',
        'regionfullmaktige 2020-06-17 § 60 null',
        'regionstyrelsen 2020-12-08 § 225 null',
        'regionfullmaktige 2019-10-14 § 109 null',
      ]),
    );
  });

  it('has no address of a protocol, a case or an original that the seeds do not give', () => {
    for (const id of SEED_DECISIONS) {
      const d = decision(id);
      expect([d.protocolUrl, d.caseUrl], id).toEqual([undefined, undefined]);
    }
    for (const id of Object.keys(SEED_DOCUMENTS))
      expect(catalog.documents.get(id)!.data.originalUrl, id).toBeUndefined();
  });

  it('holds the four distinct seed documents once each, attributed', () => {
    const documents = Object.keys(SEED_DOCUMENTS).map((id) => catalog.documents.get(id)!);
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
    for (const [id, seed] of Object.entries(SEED_DOCUMENTS)) {
      const documentText = all.find((e) => e.collection === 'documents' && e.id === id)!.text!;
      const title = catalog.documents.get(id)!.data.title;
      const lines = readFileSync(join(SOURCES, 'seeds', seed), 'utf8')
        .split('\n')
        .map((l) => l.trim());
      const text = lines.slice(lines.indexOf(title) + 1).filter(Boolean);
      for (const paragraph of text) expect(documentText, `${id}: ${paragraph.slice(0, 40)}`).toContain(paragraph);
    }
  });
});

describe('långsiktiga nyckeltal from Kolada', () => {
  const kolada = entries(catalog, 'nyckeltal').filter((n) => SOURCED.includes(n.data.source.kolada ?? ''));

  const KOLADA = join(SOURCES, 'kolada/regioner');
  const municipalities = JSON.parse(readFileSync(join(KOLADA, 'municipality.json'), 'utf8')).values as {
    id: string;
    title: string;
  }[];

  it('include the two of the sources, långsiktiga, credited to Kolada, for every region and the whole country', () => {
    expect(kolada.map((n) => n.data.source.kolada).sort()).toEqual(SOURCED);
    expect(municipalities).toHaveLength(22);
    for (const n of kolada) {
      expect(n.data.term).toBe('langsiktig');
      expect(n.data.source.name).toBe('Kolada');
      expect(n.data.series.slice(0, 2).map((s) => s.area)).toEqual(['0023', '0000']);
      expect(n.data.series.map((s) => `${s.area} ${s.name}`).sort()).toEqual(
        municipalities.map((m) => `${m.id} ${m.title}`).sort(),
      );
    }
  });

  it('hold exactly the values in the Kolada files (copied from ../shared/data/kolada/regioner/)', () => {
    for (const n of kolada) {
      const file = JSON.parse(readFileSync(join(KOLADA, `data-${n.data.source.kolada!.toLowerCase()}.json`), 'utf8'));
      for (const series of n.data.series) {
        const expected = file.values
          .filter((row: { municipality: string }) => row.municipality === series.area)
          .map((row: { period: number; values: { gender: string; value: number | null }[] }) => ({
            year: row.period,
            value: row.values.find((v) => v.gender === 'T')!.value,
          }))
          .sort((a: { year: number }, b: { year: number }) => a.year - b.year);
        expect(series.values, `${n.id} ${series.area}`).toEqual(expected);
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

/** The seed documents (test/fixtures/sources/seeds), whitespace folded, to check the corrections against. */
const SEEDS = join(SOURCES, 'seeds');
const seed = (file: string) => readFileSync(join(SEEDS, file), 'utf8').replace(/\s+/g, ' ');
const MAY = seed('000_6b9c4ecd2412b392.txt');
const REVISION = seed('001_9a666193cf85c8d8.txt');
const STYRMODELL = seed('003_7058d519eb93de53.txt');
const PLAN_2020 = seed('004_50b064dbbee1197f.txt');
const decision = (id: string) => catalog.decisions.get(id)!.data;

describe('corrections against the seeds', () => {
  it('the 2020 revision of the styrmodell: the source gives only the date and § 60, so no dnr, and the rest is marked', () => {
    expect(STYRMODELL).toContain('senaste revideringen genomfördes den 17 juni 2020, § 60');
    const d = decision('rf-2020-06-17-60');
    expect(d.dnr).toBeNull();
    expect(d.illustrative).toMatch(/bara .*17 juni 2020, § 60/);
    expect(d.illustrative).toMatch(/Organet .* och rubriken är exempel/);
  });

  it('decision titles written after the sources, not taken from a protocol, say so', () => {
    for (const id of ['rs-2023-12-07-294', 'rs-2020-12-08-225', 'rf-2019-10-14-109'])
      expect(decision(id).illustrative, id).toMatch(/Rubriken är skriven efter .*inte hämtad ur protokollet/);
  });

  it('the January 2024 revision states as decided only what the May follow-up confirms', () => {
    expect(MAY).toContain('Planen reviderades sedan 23 januari 2024, § 6');
    expect(MAY).toContain('ströks några uppföljningspunkter');
    const { summary } = decision('rs-2024-01-23-6');
    expect(summary).toContain('uppföljningspunkter ströks');
    // The samisk uppdrag, the nyckeltal and the regiondirektör's mandate are only in the proposal (seed 001).
    expect(REVISION).toContain('Regiondirektörens förslag');
    expect(summary).toMatch(/Förslaget \(tjänsteskrivelse 17 januari 2024\) .*samisk kulturkompetens/);
  });

  it('the February 2024 decision is known only by month and §, and its id does not read as a date', () => {
    expect(MAY).toContain('beslut av fullmäktige i februari 2024, § 19');
    const ids = entries(catalog, 'decisions').filter((d) => d.data.date === '2024-02');
    expect(ids.map((d) => d.id)).toContain('rf-2024-02-paragraf-19');
    const monthOnly = entries(catalog, 'decisions').filter((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d.data.date));
    expect(monthOnly.map((d) => d.id)).toContain('rf-2024-02-paragraf-19');
    for (const d of monthOnly) expect(d.id, d.id).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('the revised åtgärdslista is an appendix within the regiondirektör’s mandate, not adopted', () => {
    expect(REVISION).toContain('de flesta förslag inryms inom regiondirektörens mandat');
    const uppdrag = catalog.uppdrag.get('reviderad-atgardslista')!.data;
    const text = uppdrag.statuses.map((s) => s.text).join(' ');
    expect(text).not.toMatch(/fastställ/);
    expect(text).toContain('regiondirektörens mandat');
  });

  it('the 2020–2022 regionplan has "avgifter och taxor", as the source', () => {
    expect(PLAN_2020).toContain('riktade statsbidrag och avgifter och taxor');
    expect(catalog.plans.get('regionplan-2020-2022')!.data.summary).toContain(
      'riktade statsbidrag och avgifter och taxor',
    );
  });

  it('the 2024–2026 regionplan does not state a number of strategies that no source gives for it', () => {
    expect(catalog.plans.get('regionplan-2024-2026')!.data.summary).not.toMatch(/fyra strategier/);
  });

  it('follow-up periods that no source gives are marked as examples', () => {
    expect(catalog.plans.get('rs-verksamhetsplan-2020')!.data.illustrative).toMatch(
      /Uppföljningstillfällena .* är exempel/,
    );
    expect(MAY).toContain('Enligt den ska en uppföljning av planen genomföras i maj');
    expect(catalog.plans.get('rs-plan-och-budget-2024')!.data.illustrative).toMatch(/per augusti och helår är exempel/);
  });

  it('short names, the web address and the unit hierarchy that no source gives are marked', () => {
    expect(catalog.bodies.get('regionfullmaktige')!.data.illustrative).toMatch(/RF/);
    expect(catalog.bodies.get('regionala-utvecklingsnamnden')!.data.illustrative).toMatch(/RUN/);
    expect(catalog.organisations.get('region-jamtland-harjedalen')!.data.illustrative).toMatch(/Webbadressen/);
    expect(catalog.units.get('sekretariatet')!.data.illustrative).toMatch(/regionstaben/);
  });

  it('every uppdrag says its origin is an example: only the totals 30 and 8 are sourced', () => {
    expect(MAY).toContain(
      '30 av dem har tilldelats till styrelsen från regionplanen och åtta är regionstyrelsens egna',
    );
    for (const u of itemsOfPlan(catalog, 'uppdrag', PLAN)) expect(u.data.illustrative, u.id).toMatch(/ursprung/);
  });
});

describe('links the seeds give', () => {
  it('the May follow-up links the decisions its document cites: § 194, § 6, § 294 (RS/494/2023) and RF § 19', () => {
    const report = catalog.reports.get('uppfoljning-rs-plan-och-budget-2024')!.data;
    expect(report.decisions.map((d) => d.id).sort()).toEqual(
      ['rf-2024-02-paragraf-19', 'rs-2023-11-08-194', 'rs-2023-12-07-294', 'rs-2024-01-23-6'].sort(),
    );
    for (const text of ['8 november 2023, § 194', '23 januari 2024, § 6', 'RS/494/2023', 'februari 2024, § 19'])
      expect(MAY).toContain(text);
    expect(REVISION).toContain('den 7 december 2023, § 294');
  });

  it('the tertialrapport links the plan’s decision and the follow-up document that reports it', () => {
    expect(MAY).toContain('tertialrapporten per april (RS/99/2024)');
    const report = catalog.reports.get('tertialrapport-per-april-2024')!.data;
    expect(report.documents.map((d) => d.id)).toEqual(['uppfoljning-rs-plan-och-budget-2024']);
    expect(report.decisions.map((d) => d.id)).toEqual(['rs-2023-11-08-194']);
  });

  it('every uppdrag of the 2024 plan links the plan’s decision, or the revision that added it', () => {
    for (const u of itemsOfPlan(catalog, 'uppdrag', PLAN)) {
      const ids = u.data.decisions.map((d) => d.id);
      expect(ids.includes('rs-2023-11-08-194') || ids.includes('rs-2024-01-23-6'), u.id).toBe(true);
    }
  });
});

describe('example values are never credited to a real document', () => {
  it('every nyckeltal with made-up values says so in its source line, and names what the source does give', () => {
    const withExamples = entries(catalog, 'nyckeltal').filter((n) =>
      isExampleField(n.data, n.data.series.length > 0 ? 'series' : 'results'),
    );
    for (const n of entries(catalog, 'nyckeltal')) {
      const line = sourceLine(n.data, n.data.series.length > 0 ? 'series' : 'results');
      expect(line.includes('exempel'), n.id).toBe(withExamples.includes(n));
    }
    // The 2024 plan's nyckeltal have made-up values (only the counts per status are sourced).
    const notKolada = withExamples.filter((n) => n.data.source.name !== 'Kolada');
    expect(notKolada.length).toBeGreaterThanOrEqual(itemsOfPlan(catalog, 'nyckeltal', PLAN).length);
    for (const n of notKolada) expect(n.data.source.gives, n.id).toBeDefined();
  });

  it('the 2024 nyckeltal whose names appear in no source say their name is an example', () => {
    const text = MAY.toLowerCase();
    const nyckeltal = itemsOfPlan(catalog, 'nyckeltal', PLAN);
    for (const n of nyckeltal) expect(n.data.exampleFields, n.id).toContain('title');
    const unnamed = nyckeltal.filter((n) => !text.includes(n.data.title.toLowerCase()));
    expect(unnamed.length).toBeGreaterThan(0);
    for (const n of unnamed) expect(n.data.illustrative, n.id).toMatch(/namn|exakta namn/);
  });

  it('Kolada’s values are not examples, while the link to the plan is', () => {
    for (const n of entries(catalog, 'nyckeltal').filter((k) => SOURCED.includes(k.data.source.kolada ?? ''))) {
      expect(isExampleField(n.data, 'series'), n.id).toBe(false);
      expect(isExampleField(n.data, 'plan'), n.id).toBe(true);
    }
  });
});
