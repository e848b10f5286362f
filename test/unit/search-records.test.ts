/** The search records: what each kind of entry puts into the index, and what a hit shows. */
import { describe, expect, it } from 'vitest';
import { buildCatalog, entries } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { buildSearchRecords, filterValues, lookupPrefixes, mdxToText } from '#lib/search/search-records.ts';
import { HIDDEN_MARK } from '#lib/search/search-excerpt.ts';
import { SAMPLE_PLAN, sampleSite } from '../helpers/sample-site.ts';

const { catalog, entries: all } = sampleSite();
const texts = new Map(all.map((e) => [`${e.collection}/${e.id}`, e.text]));
const textOf = (collection: string, id: string) => texts.get(`${collection}/${id}`);
const records = buildSearchRecords(catalog, textOf);
const byUrl = new Map(records.map((r) => [r.url, r]));

describe('buildSearchRecords', () => {
  it('makes one record per uppdrag, nyckeltal, plan, report, decision and document, at its page', () => {
    const expected = (['uppdrag', 'nyckeltal', 'plans', 'reports', 'decisions', 'documents'] as const).flatMap(
      (collection) => entries(catalog, collection).map((e) => hrefFor({ collection, id: e.id })),
    );
    expect(records.map((r) => r.url).sort()).toEqual(expected.sort());
  });

  it('gives every record Swedish, a title, a type and a sortable date', () => {
    for (const r of records) {
      expect(r.language).toBe('sv');
      expect(r.meta.title, r.url).toBeTruthy();
      expect(r.meta.type, r.url).toBeTruthy();
      expect(r.sort.date, r.url).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    }
  });

  it('indexes an uppdrag with its description, its status texts and its plan, and shows the latest status in words', () => {
    const entry = catalog.uppdrag.get('heltid')!;
    const r = byUrl.get('/uppdrag/heltid/')!;
    expect(r.content).toContain(entry.data.title);
    expect(r.content).toContain('Fler ska arbeta heltid, med stöd till cheferna.'); // from the MDX text
    expect(r.content).toContain(entry.data.statuses[0].text);
    expect(r.content).toContain('Per april 2024: Delvis uppfyllt.');
    expect(r.content).toContain('Per augusti 2024: Helt uppfyllt.');
    expect(r.meta).toMatchObject({
      type: 'Uppdrag',
      status: 'Helt uppfyllt per augusti 2024',
      plan: 'Styrelsens plan 2024',
    });
    expect(r.filters).toMatchObject({
      typ: ['Uppdrag'],
      organ: ['Regionstyrelsen'],
      plan: ['Styrelsens plan 2024'],
      ar: ['2024'],
      status: ['Helt uppfyllt'],
      strategi: ['Våra medarbetare'],
    });
    expect(r.sort.date).toBe('2024-08-31');
  });

  it('indexes a nyckeltal with its figures as the page writes them, its target and comment', () => {
    const entry = catalog.nyckeltal.get('helpdesk')!;
    const r = byUrl.get('/nyckeltal/helpdesk/')!;
    expect(r.content).toContain(entry.data.description);
    expect(r.content).toContain('Per april 2024: 86 %, Helt uppfyllt.');
    expect(r.content).toContain('Målvärde 2024: 80 %');
    expect(r.content).toContain(entry.data.results[0].comment);
    expect(r.content).not.toMatch(/[\u00a0\u202f\u2212]/);
    expect(r.meta.status).toBe('Helt uppfyllt per april 2024');
  });

  it('says "Går ej att mäta" for a nyckeltal without a value, never a zero', () => {
    const r = byUrl.get('/nyckeltal/frisktal/')!;
    // An invented result says so in the record's own text.
    expect(r.content).toMatch(/Per april 2024: Går ej att mäta( \(exempel\))?\./);
    expect(r.meta.status).toBe('Går ej att mäta per april 2024');
    expect(r.filters.status).toEqual(['Går ej att mäta']);
  });

  it('shows the status of the latest period, whatever the order in the file', () => {
    const changed = all.map((e) =>
      e.collection === 'uppdrag' && e.id === 'samverkan'
        ? {
            ...e,
            data: {
              ...e.data,
              statuses: [
                {
                  period: { collection: 'periods', id: 'per-augusti-2024' },
                  status: 'helt-uppfyllt',
                  text: 'Klart i augusti.',
                },
                ...(e.data as { statuses: unknown[] }).statuses,
              ],
            } as never,
          }
        : e,
    );
    const r = buildSearchRecords(buildCatalog(changed)).find((x) => x.url === '/uppdrag/samverkan/')!;
    expect(r.meta.status).toBe('Helt uppfyllt per augusti 2024');
    expect(r.filters.status).toEqual(['Helt uppfyllt']);
    expect(r.sort.date).toBe('2024-08-31');
  });

  it('indexes a decision by its citation, body, date in words, paragraph and diarienummer', () => {
    const r = byUrl.get('/beslut/rs-2023-11-08-100/')!;
    expect(r.meta).toMatchObject({
      title: 'RS 2023-11-08 § 100: Styrelsens plan 2024',
      type: 'Beslut',
      date: '8 november 2023',
      dnr: 'RS/10/2023',
    });
    for (const text of ['Regionstyrelsen 8 november 2023, § 100', 'RS/10/2023', '10/2023', 'paragraf0100'])
      expect(r.content).toContain(text);
    expect(r.filters).toMatchObject({
      typ: ['Beslut'],
      organ: ['Regionstyrelsen'],
      ar: ['2023'],
      plan: ['Styrelsens plan 2024'],
    });
    expect(r.sort.date).toBe('2023-11-08');
  });

  it('indexes a document’s full text without its Markdown, and the cases it mentions', () => {
    const r = byUrl.get('/dokument/forslag-plan-2024/')!;
    expect(r.content).toContain('Planen ger tre uppdrag; kostnaderna följs i ärende RS/30/2024.');
    expect(r.content).not.toContain('## ');
    expect(r.content).not.toContain('**');
    expect(r.content).toContain('Ärendebeskrivning');
    const tokens = r.content.split('\n').at(-1)!.split(' ');
    expect(tokens).toEqual(expect.arrayContaining(['RS/10/2023', 'RS/30/2024', 'paragraf0100']));
    expect(r.meta).toMatchObject({ type: 'Dokument, tjänsteskrivelse', date: '20 oktober 2023', dnr: 'RS/10/2023' });
  });

  it('indexes plans and reports with their diarienummer, decisions and figures', () => {
    const plan = byUrl.get(`/planer/${SAMPLE_PLAN}/`)!;
    expect(plan.content).toContain('Fastställd: RS 2023-11-08 § 100');
    expect(plan.content).toContain('3 uppdrag, 2 från regionplanen, 1 egna, 3 nyckeltal, 20 aktiviteter');
    expect(plan.meta).toMatchObject({ type: 'Plan', date: '2024', dnr: 'RS/10/2023' });
    const report = byUrl.get('/rapporter/tertialrapport-april-2024/')!;
    expect(report.meta).toMatchObject({
      type: 'Tertialrapport',
      date: 'Per april 2024',
      dnr: 'RS/20/2024',
      plan: 'Styrelsens plan 2024',
    });
    expect(report.content).toContain('RS/20/2024');
  });

  it('marks illustrative entries "Exempel", and keeps the illustrative note out of the text', () => {
    const illustrative = byUrl.get('/uppdrag/vantetider/')!;
    expect(illustrative.meta.example).toBe('Exempel');
    expect(illustrative.content).not.toContain(catalog.uppdrag.get('vantetider')!.data.illustrative);
    expect(byUrl.get('/beslut/rs-2023-11-08-100/')!.meta.example).toBeUndefined();
  });

  it('gives the same pages and filters without bodies, as the search page builds them', () => {
    const withoutBodies = buildSearchRecords(catalog);
    expect(withoutBodies.map((r) => r.url)).toEqual(records.map((r) => r.url));
    expect(filterValues(withoutBodies)).toEqual(filterValues(records));
  });
});

describe('filterValues', () => {
  it('lists every value once, years newest first and statuses in vocabulary order', () => {
    const values = filterValues(records);
    expect(values.typ).toEqual(['Beslut', 'Dokument', 'Nyckeltal', 'Plan', 'Rapport', 'Uppdrag']);
    expect(values.ar).toEqual([...values.ar].sort().reverse());
    expect(values.status).toEqual(['Helt uppfyllt', 'Delvis uppfyllt', 'Ej uppfyllt', 'Går ej att mäta']);
    expect(values.organ).toEqual(['Regionfullmäktige', 'Regionstyrelsen']);
  });
});

describe('lookupPrefixes', () => {
  it('are the prefixes of the content’s diarienummer and the bodies’ short names', () => {
    expect(lookupPrefixes(catalog)).toEqual(expect.arrayContaining(['RS', 'RF']));
  });
});

describe('mdxToText', () => {
  it('keeps the words and drops headings, lists, emphasis, links’ addresses, imports and components', () => {
    const mdx =
      'import X from \'./x.astro\';\n\n## Rubrik\n\n- En **punkt** med [länk](https://example.se)\n1. Steg\n\n<X prop="a" />\n_Betonat_ och fil_namn.';
    expect(mdxToText(mdx)).toBe('Rubrik\nEn punkt med länk\nSteg\nBetonat och fil_namn.');
  });
});

describe('what a record hides and how it tells itself apart', () => {
  it('keeps look-up, case and compound tokens after the hidden mark, out of the visible text', () => {
    const r = byUrl.get(`/planer/${SAMPLE_PLAN}/`)!;
    const [visible, hidden] = r.content.split(HIDDEN_MARK);
    expect(hidden.trim().split(' ')).toEqual(expect.arrayContaining(['10/2023', 'paragraf0100', 'insynd10x2023z2']));
    expect(visible).not.toMatch(/paragraf\d|insyn[dp]\d/);
    for (const record of records) expect(record.content.split(HIDDEN_MARK).length, record.url).toBeLessThanOrEqual(2);
  });

  it('marks every record as an example or from the sources, as its entry says', () => {
    for (const r of records) {
      expect(r.filters.exempel, r.url).toEqual([r.meta.example ? 'ja' : 'nej']);
    }
    expect(records.some((r) => r.meta.example)).toBe(true);
    expect(records.some((r) => !r.meta.example)).toBe(true);
  });

  it('no two records of different kinds show the same title', () => {
    const kinds = new Map<string, Set<string>>();
    for (const r of records) kinds.set(r.meta.title, (kinds.get(r.meta.title) ?? new Set()).add(r.meta.type));
    expect([...kinds].filter(([, types]) => types.size > 1)).toEqual([]);
    // The report and its document, titled alike in the content, say which is which.
    const titled = records.filter((r) => r.meta.title.startsWith('Uppföljning av planen 2024'));
    expect(titled.map((r) => r.meta.title).sort()).toEqual([
      'Uppföljning av planen 2024 (dokument, rapport)',
      'Uppföljning av planen 2024 (rapport, uppföljning)',
    ]);
  });
});
