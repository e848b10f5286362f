/** Decisions by case, the citation of a decision, breadcrumbs and a nyckeltal against its target. */
import { describe, expect, it } from 'vitest';
import { HOME, breadcrumbsFor, navCurrent } from '#lib/views/breadcrumbs.ts';
import { sv } from '#lib/i18n/sv.ts';
import { caseAnchor, caseLinkGroups, decisionsByCase } from '#lib/views/decisions-view.ts';
import { formatDate } from '#lib/core/format.ts';
import { entryLink } from '#lib/views/links.ts';
import { latestSeriesValues, resultAgainstTarget } from '#lib/views/nyckeltal-view.ts';
import { decisionCitation } from '#lib/core/titles.ts';
import { catalogOf, followedUpPlan, type Input } from '../helpers/catalog.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';
import { plain } from '../helpers/text.ts';
import { SAMPLE_CONFIG } from '../helpers/configuration.ts';

const catalog = sampleCatalog();

describe('decisionsByCase', () => {
  // A small catalog of its own: cases with decisions, a plan, documents and a report, a case
  // with only a document, a month-only date and decisions without a diarienummer.
  const decision = (date: string, paragraph: number, dnr: string | null) => ({
    body: 'rs',
    date,
    paragraph,
    dnr,
    title: `Beslut ${date}`,
    summary: 'Beslutet.',
  });
  const document = (dnr: string, date: string): Input['documents'] => ({
    title: `Dokument ${dnr}`,
    kind: 'tjansteskrivelse',
    dnr,
    date,
    organisation: 'region',
    unit: 'stab',
  });
  const cases = decisionsByCase(
    catalogOf({
      organisations: { region: { name: 'Region', website: 'https://example.org/' } },
      bodies: {
        rs: { name: 'Regionstyrelsen', shortName: 'RS', kind: 'styrelse', organisation: 'region', description: 'S.' },
      },
      units: { stab: { name: 'Staben', organisation: 'region' } },
      periods: { 'per-april-2025': { year: 2025, kind: 'april', endDate: '2025-04-30' } },
      decisions: {
        'rs-2024-11-08-1': decision('2024-11-08', 1, 'RS/1/2024'),
        'rs-2025-01-23-2': decision('2025-01-23', 2, 'RS/1/2024'),
        'rs-2023-05-01-3': decision('2023-05-01', 3, 'RS/2/2023'),
        'rs-2025-02': decision('2025-02', 4, null),
        'rs-2022-03-01-5': decision('2022-03-01', 5, null),
      },
      plans: {
        'plan-2025': {
          title: 'Plan 2025',
          body: 'rs',
          kind: 'plan-och-budget',
          startYear: 2025,
          endYear: 2025,
          vocabulary: 'uppdrag-nyckeltal',
          summary: 'Plan.',
          dnr: 'RS/1/2024',
          decisions: [{ decision: 'rs-2024-11-08-1', role: 'faststalld' }],
          periods: ['per-april-2025'],
        },
      },
      documents: {
        'dokument-a': document('RS/1/2024', '2024-10-01'),
        'dokument-b': document('RS/9/2019', '2019-12-04'),
      },
      reports: {
        'rapport-april': {
          title: 'Rapport per april',
          kind: 'tertialrapport',
          plan: 'plan-2025',
          period: 'per-april-2025',
          date: null,
          dnr: 'RS/1/2024',
          summary: 'Läget.',
        },
      },
    }),
  );

  it('groups by diarienummer, newest case first, undated cases after and decisions without dnr last', () => {
    expect(cases.map((c) => c.dnr)).toEqual(['RS/1/2024', 'RS/2/2023', 'RS/9/2019', null]);
    expect(cases[0].decisions.map((d) => d.id)).toEqual(['rs-2025-01-23-2', 'rs-2024-11-08-1']);
  });

  it('puts the case’s plans, documents and reports beside its decisions, also in cases without a decision', () => {
    expect(cases[0].plans.map((p) => p.id)).toEqual(['plan-2025']);
    expect(cases[0].documents.map((d) => d.id)).toEqual(['dokument-a']);
    expect(cases[0].reports.map((r) => r.id)).toEqual(['rapport-april']);
    const documentOnly = cases.find((c) => c.dnr === 'RS/9/2019')!;
    expect(documentOnly.decisions).toEqual([]);
    expect(documentOnly.documents.map((d) => d.id)).toEqual(['dokument-b']);
    expect(cases.at(-1)!.documents).toEqual([]);
  });

  it('sorts a month-only date among the others without inventing a day', () => {
    expect(cases.at(-1)!.decisions.map((d) => d.data.date)).toEqual(['2025-02', '2022-03-01']);
  });

  it('gives each case its plans, documents and reports as link groups, leaving out empty ones', () => {
    expect(caseLinkGroups(cases[0])).toEqual([
      { heading: 'Planer i ärendet', links: [entryLink(cases[0].plans[0])] },
      {
        heading: 'Dokument i ärendet',
        links: [entryLink(cases[0].documents[0], formatDate(cases[0].documents[0].data.date))],
      },
      { heading: 'Rapporter i ärendet', links: [entryLink(cases[0].reports[0], sv.source.dateMissing)] },
    ]);
    expect(caseLinkGroups(cases.at(-1)!)).toEqual([]);
  });

  it('anchors each case', () => {
    expect(caseAnchor('RS/595/2023')).toBe('arende-rs-595-2023');
    expect(caseAnchor(null)).toBe('utan-diarienummer');
  });
});

describe('decisionCitation', () => {
  it('cites body, date and paragraph as the region does', () => {
    expect(decisionCitation(catalog, catalog.decisions.get('rs-2023-11-08-100')!)).toBe('RS 2023-11-08 § 100');
    expect(decisionCitation(catalog, catalog.decisions.get('rf-2023-06-14-50')!)).toBe('RF 2023-06-14–15 § 50');
  });

  it('writes a month-only date as the month, never with a day', () => {
    expect(decisionCitation(catalog, catalog.decisions.get('rf-2024-02-paragraf-19')!)).toBe('RF februari 2024 § 19');
  });

  it('cites a body whose short name the sources do not give by its name, and lists no prefix or link mark for it', () => {
    const other = catalogOf({
      organisations: { r: { name: 'R' } },
      bodies: {
        f: { name: 'Fullmäktige', kind: 'fullmaktige', organisation: 'r', description: 'F.' },
        s: {
          name: 'Styrelsen',
          shortName: 'RS',
          kind: 'styrelse',
          organisation: 'r',
          description: 'S.',
          illustrative: 'Förkortningen är påhittad.',
          exampleFields: ['shortName'],
        },
      },
      decisions: {
        'f-1': { body: 'f', date: '2024-02-19', paragraph: 1, dnr: null, title: 'T', summary: 'S.' },
        's-2': { body: 's', date: '2024-03-04', paragraph: 2, dnr: null, title: 'T', summary: 'S.' },
      },
    });
    expect(decisionCitation(other, other.decisions.get('f-1')!)).toBe('Fullmäktige 2024-02-19 § 1');
    // An invented short name travels nowhere a mark cannot follow: the citation uses the real name.
    expect(decisionCitation(other, other.decisions.get('s-2')!)).toBe('Styrelsen 2024-03-04 § 2');
    // Only the short name is invented: a list links to the body unmarked, and marks the short name after it.
    expect(entryLink(other.bodies.get('s')!, 'RS', true)).toMatchObject({ illustrative: false, metaExample: true });
    expect(entryLink(other.bodies.get('f')!).illustrative).toBe(false);
  });
});

describe('breadcrumbsFor', () => {
  it('leads from the start page through the plan to the strategy’s section', () => {
    const crumbs = breadcrumbsFor(catalog, catalog.uppdrag.get('heltid')!);
    expect(crumbs.map((c) => c.href)).toEqual([
      '/',
      '/planer/',
      `/planer/${SAMPLE_PLAN}/`,
      `/planer/${SAMPLE_PLAN}/#strategi-medarbetare`,
    ]);
    expect(crumbs.map((c) => c.label)).toEqual(['Start', 'Planer', 'Styrelsens plan 2024', 'Våra medarbetare']);
  });

  it('puts a report under Rapporter, the menu’s section for it', () => {
    const report = catalog.reports.get('tertialrapport-april-2024')!;
    expect(breadcrumbsFor(catalog, report).map((c) => c.href)).toEqual(['/', '/rapporter/']);
  });

  it('puts a unit under its parent unit', () => {
    const crumbs = breadcrumbsFor(catalog, catalog.units.get('kansliet')!);
    expect(crumbs.map((c) => c.href)).toEqual(['/', '/enheter/', '/enheter/staben/']);
  });
});

describe('navCurrent', () => {
  const nav = sv.nav;
  it('marks the page itself as the page and its section as the breadcrumbs say', () => {
    const crumbs = breadcrumbsFor(catalog, catalog.uppdrag.get('heltid')!);
    const current = navCurrent(nav, '/uppdrag/heltid/', crumbs);
    expect(nav.map((item) => current(item.href))).toEqual(
      nav.map((item) => (item.href === '/planer/' ? 'true' : undefined)),
    );
    expect(navCurrent(nav, '/uppdrag/', [HOME])('/uppdrag/')).toBe('page');
  });

  it('falls back to the address where the breadcrumbs name no menu section', () => {
    expect(navCurrent(nav, '/beslut/rf-2023-06-14-50/', [HOME])('/beslut/')).toBe('true');
    expect(nav.map((item) => navCurrent(nav, '/om/', [HOME])(item.href)).filter(Boolean)).toEqual([]);
  });
});

describe('resultAgainstTarget', () => {
  it('states the result, the target and the distance in the unit', () => {
    const result = resultAgainstTarget(catalog, catalog.nyckeltal.get('helpdesk')!)!;
    expect(plain(result.sentence)).toBe(
      'Utfallet per april 2024 var 86 %. Målvärdet för 2024 är 80 %, så utfallet är 6 procentenheter över målvärdet.',
    );
  });

  it('says "går ej att mäta" in words and gives no number', () => {
    const result = resultAgainstTarget(catalog, catalog.nyckeltal.get('frisktal')!)!;
    expect(plain(result.sentence)).toBe('Nyckeltalet gick inte att mäta per april 2024. Målvärdet för 2024 är 75 %.');
    expect(result.sentence).not.toMatch(/\b0\b/);
  });

  it('handles a unit other than percent, a result under target and a missing target', () => {
    const followed = followedUpPlan();
    expect(resultAgainstTarget(followed, followed.nyckeltal.get('over')!)!.sentence).toContain('6 procentenheter över');
    const other = catalogOf({
      organisations: { r: { name: 'R', website: 'https://example.org/' } },
      bodies: { b: { name: 'B', shortName: 'B', kind: 'styrelse', organisation: 'r', description: 'B.' } },
      plans: {
        p: {
          title: 'P',
          body: 'b',
          kind: 'plan-och-budget',
          startYear: 2025,
          endYear: 2025,
          vocabulary: 'uppdrag-nyckeltal',
          summary: 'P.',
          decisions: [],
          periods: ['a'],
        },
      },
      strategies: { s: { title: 'S', plan: 'p', order: 1, description: 'S.' } },
      periods: { a: { year: 2025, kind: 'april', endDate: '2025-04-30' } },
      nyckeltal: {
        under: {
          title: 'U',
          plan: 'p',
          strategy: 's',
          term: 'kortsiktig',
          description: 'U.',
          unit: 'mnkr',
          direction: 'lower',
          targets: [{ year: 2025, value: -10 }],
          results: [{ period: 'a', value: -471.5, status: 'ej-uppfyllt', comment: 'K.' }],
          source: { name: 'R' },
        },
        utan: {
          title: 'V',
          plan: 'p',
          strategy: 's',
          term: 'kortsiktig',
          description: 'V.',
          unit: 'antal',
          direction: 'higher',
          targets: [],
          results: [{ period: 'a', value: 3, status: 'helt-uppfyllt', comment: 'K.' }],
          source: { name: 'R' },
        },
      },
    });
    expect(plain(resultAgainstTarget(other, other.nyckeltal.get('under')!)!.sentence)).toBe(
      'Utfallet per april 2025 var -471,5 mnkr. Målvärdet för 2025 är -10 mnkr, så utfallet är 461,5 mnkr under målvärdet.',
    );
    expect(resultAgainstTarget(other, other.nyckeltal.get('utan')!)!.sentence).toBe(
      'Utfallet per april 2025 var 3\u00a0antal. Planen anger inget målvärde för 2025.',
    );
  });
});

describe('latestSeriesValues', () => {
  it('gives the latest known value per area, the region first', () => {
    const values = latestSeriesValues(catalog.nyckeltal.get('primarvard')!, SAMPLE_CONFIG);
    expect(values.map((v) => [v.area, v.year])).toEqual([
      ['0023', 2022],
      ['0000', 2022],
    ]);
  });
});
