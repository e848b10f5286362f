/**
 * The built search index answers the questions journalists and citizens ask. The index is
 * written by the build's own `writeSearchIndex` and searched with Pagefind's own browser
 * script, the query normalised as the search page does it. Expected pages are worked out
 * from the content, not typed in, wherever the content decides them.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { buildSearchRecords } from '#lib/search/search-records.ts';
import { HIDDEN_MARK, excerptParts } from '#lib/search/search-excerpt.ts';
import { STATUS_LABELS } from '#lib/core/labels.ts';
import { latestFollowedUpPlans } from '#lib/content/plan-order.ts';
import { swedishWordList } from '../../src/data/word-list.ts';
import { SEARCH_WORDS_FILE } from '../../src/schemas/search-words.ts';
import { contentWithFixture, validateFrozen } from '../helpers/content.ts';
import { type Hit, type SearchIndex, openSearchIndex } from '../helpers/search-index.ts';

const { catalog, entries: all, searchWords } = validateFrozen();
const texts = new Map(all.map((e) => [`${e.collection}/${e.id}`, e.text]));
const records = new Map(
  buildSearchRecords(catalog, (c, id) => texts.get(`${c}/${id}`), { searchWords, wordList: swedishWordList() }).map(
    (r) => [r.url, r],
  ),
);
/** A record's visible text, lower case. */
const visible = (url: string) => records.get(url)!.content.split(HIDDEN_MARK)[0].toLowerCase();

let index: SearchIndex;
beforeAll(async () => {
  index = await openSearchIndex();
}, 60_000);
afterAll(() => index?.close());

const urls = (hits: Hit[]) => hits.map((hit) => hit.url);

/** Asserts `url` is among the first `n` hits of `query`, and returns the hits. */
async function expectAmongFirst(query: string, url: string, n: number): Promise<Hit[]> {
  const hits = await index.search(query);
  expect(urls(hits).slice(0, n), `${query} → ${url}`).toContain(url);
  return hits;
}

describe('words from the documents, with Swedish stemming', () => {
  it.each([
    // query, expected page, within the first n, a form the page itself has
    ['ekonomin', '/uppdrag/langsiktig-plan-ekonomi-i-balans/', 3, 'ekonomi'],
    ['kostnadsbesparingarna', '/beslut/rs-2023-12-07-294/', 3, 'kostnadsbesparingar'],
    ['kostnadsbesparingarna', '/uppdrag/administrativa-kostnadsbesparingar/', 3, 'kostnadsbesparingar'],
    ['styrmodellerna', '/dokument/reviderad-styrmodell-2021/', 3, 'styrmodellen'],
    ['databaserna', '/nyckeltal/it-sakerhet-databaser/', 3, 'databaser'],
  ])('%s finds %s among the first %i, though the page only says %s', async (query, url, n, form) => {
    const content = records.get(url)!.content.toLowerCase();
    expect(content).not.toContain(query);
    expect(content).toContain(form);
    await expectAmongFirst(query, url, n);
  });

  // Each of these fails when the records are indexed as English instead (checked by
  // switching the records' language): only the Swedish stemmer relates the two forms.
  it.each([
    ['kostnadsbesparingen', '/beslut/rs-2023-12-07-294/', 2, 'kostnadsbesparingar'],
    ['kostnadsbesparingen', '/uppdrag/administrativa-kostnadsbesparingar/', 2, 'kostnadsbesparingar'],
    ['regionplanens', '/planer/regionplan-2024-2026/', 5, 'regionplan'],
    ['förslagen', '/dokument/reviderad-styrmodell-2021/', 3, 'förslag'],
  ])('%s finds %s among the first %i by its Swedish stem (the page says %s)', async (query, url, n, form) => {
    const content = records.get(url)!.content.toLowerCase();
    expect(content).not.toMatch(new RegExp(`(?<![\\p{L}])${query}(?![\\p{L}])`, 'u'));
    expect(content).toContain(form);
    await expectAmongFirst(query, url, n);
  });

  it('is a Swedish index', () => {
    const entry = JSON.parse(readFileSync(join(index.dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['sv']);
  });

  it.each([
    ['styrmodellen', '/dokument/reviderad-styrmodell-2021/', 2],
    ['samisk kulturkompetens', '/uppdrag/samisk-kulturkompetens/', 1],
    ['Helpdesk', '/nyckeltal/serviceniva-helpdesk/', 1],
    ['tertialrapport', '/rapporter/tertialrapport-per-april-2024/', 1],
    ['nollbasbudgetering', '/dokument/rs-verksamhetsplan-2020/', 1],
  ])('%s finds %s among the first %i', async (query, url, n) => {
    await expectAmongFirst(query, url, n);
  });

  it('finds the start of a compound word typed so far (kostnadsbesp)', async () => {
    await expectAmongFirst('kostnadsbesp', '/beslut/rs-2023-12-07-294/', 3);
  });
});

describe('figures', () => {
  it('finds the −471 mnkr result in the revision of the plan', async () => {
    await expectAmongFirst('471', '/dokument/revidering-rs-plan-och-budget-2024/', 1);
  });

  it('finds a nyckeltal by its result', async () => {
    const helpdesk = catalog.nyckeltal.get('serviceniva-helpdesk')!;
    // Kolada's statistics count as sources and may rank before an invented result with the same digits.
    await expectAmongFirst(String(helpdesk.data.results[0].value), '/nyckeltal/serviceniva-helpdesk/', 3);
  });

  it('finds a Kolada value written with a thousands separator, as typed either way', async () => {
    const nyckeltal = entries(catalog, 'nyckeltal').find((n) =>
      n.data.series.some((s) => s.values.some((v) => (v.value ?? 0) >= 1000)),
    )!;
    const value = nyckeltal.data.series.flatMap((s) => s.values).find((v) => (v.value ?? 0) >= 1000)!.value!;
    const spaced = Math.round(value).toLocaleString('sv-SE').replace(/\s/g, ' ');
    const url = hrefFor({ collection: 'nyckeltal', id: nyckeltal.id });
    await expectAmongFirst(spaced, url, 3);
  });
});

describe('diarienummer', () => {
  const DNR = 'RS/595/2023';
  const own = [...records.values()].filter((r) => r.meta.dnr === DNR).map((r) => r.url);
  const decisions = entries(catalog, 'decisions')
    .filter((d) => d.data.dnr === DNR)
    .map((d) => hrefFor({ collection: 'decisions', id: d.id }));
  const documents = entries(catalog, 'documents')
    .filter((d) => d.data.dnr === DNR)
    .map((d) => hrefFor({ collection: 'documents', id: d.id }));

  it.each(['RS/595/2023', 'RS 595/2023', '595/2023', 'rs-595-2023', 'Dnr RS 595 / 2023'])(
    '%s finds the case’s decisions and documents first',
    async (query) => {
      expect(decisions.length).toBeGreaterThan(0);
      expect(documents.length).toBeGreaterThan(0);
      const hits = urls(await index.search(query));
      expect(new Set(hits.slice(0, own.length))).toEqual(new Set(own));
      for (const url of [...decisions, ...documents]) expect(hits.indexOf(url)).toBeLessThan(own.length);
    },
  );

  it('finds a case that a document only mentions in its text, the decision first', async () => {
    const hits = await expectAmongFirst('RS/494/2023', '/beslut/rs-2023-12-07-294/', 1);
    expect(urls(hits)).toContain('/dokument/revidering-rs-plan-och-budget-2024/');
  });
});

describe('decisions by paragraph', () => {
  it.each([
    ['§ 194', '/beslut/rs-2023-11-08-194/'],
    ['§194', '/beslut/rs-2023-11-08-194/'],
    ['RS § 194', '/beslut/rs-2023-11-08-194/'],
    ['§ 194 2023-11-08', '/beslut/rs-2023-11-08-194/'],
    ['RS 2023-11-08 § 194', '/beslut/rs-2023-11-08-194/'],
    ['8 november 2023 § 194', '/beslut/rs-2023-11-08-194/'],
    ['§ 6', '/beslut/rs-2024-01-23-6/'],
    ['RS § 6', '/beslut/rs-2024-01-23-6/'],
    ['§ 60', '/beslut/rf-2020-06-17-60/'],
    ['regionfullmäktige § 19', '/beslut/rf-2024-02-paragraf-19/'],
  ])('%s finds %s first', async (query, url) => {
    await expectAmongFirst(query, url, 1);
  });

  it('does not find § 60 or § 194 for § 6: a paragraph matches exactly', async () => {
    const hits = urls(await index.search('§ 6'));
    expect(hits).not.toContain('/beslut/rf-2020-06-17-60/');
    expect(hits).not.toContain('/beslut/rs-2023-11-08-194/');
  });
});

describe('status', () => {
  const notMeasurable = entries(catalog, 'nyckeltal')
    .filter((n) => n.data.results.at(-1)?.status === 'gar-ej-att-mata')
    .map((n) => hrefFor({ collection: 'nyckeltal', id: n.id }));

  it('går ej att mäta finds the nyckeltal not measurable yet, first', async () => {
    // Some nyckeltal cannot be measured yet (the sources say several stay so after the year's end).
    expect(notMeasurable.length).toBeGreaterThan(0);
    const hits = urls(await index.search('går ej att mäta'));
    expect(new Set(hits.slice(0, notMeasurable.length))).toEqual(new Set(notMeasurable));
  });

  it('the status filter lists exactly the items whose latest status it names', async () => {
    const hits = await index.search(null, { filters: { status: STATUS_LABELS['gar-ej-att-mata'] } });
    expect(new Set(urls(hits))).toEqual(new Set(notMeasurable));
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.meta.status).toMatch(/^Går ej att mäta per /);
  });
});

describe('filters and sorting', () => {
  it('type narrows a search to that type', async () => {
    const everything = await index.search('ekonomi');
    const decisions = await index.search('ekonomi', { filters: { typ: 'Beslut' } });
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.length).toBeLessThan(everything.length);
    for (const hit of decisions) expect(hit.url).toMatch(/^\/beslut\//);
  });

  it('offers the six types, each counting its own entries', async () => {
    const { typ } = await index.filters();
    expect(typ).toEqual({
      Uppdrag: catalog.uppdrag.size,
      Nyckeltal: catalog.nyckeltal.size,
      Plan: catalog.plans.size,
      Rapport: catalog.reports.size,
      Beslut: catalog.decisions.size,
      Dokument: catalog.documents.size,
    });
  });

  it('body, year, plan and strategy narrow as they should', async () => {
    const rf = await index.search(null, { filters: { organ: 'Regionfullmäktige', typ: 'Beslut' } });
    expect(new Set(urls(rf))).toEqual(
      new Set(
        entries(catalog, 'decisions')
          .filter((d) => d.data.body.id === 'regionfullmaktige')
          .map((d) => hrefFor({ collection: 'decisions', id: d.id })),
      ),
    );

    const year2020 = await index.search(null, { filters: { ar: '2020' } });
    expect(year2020.length).toBeGreaterThan(0);
    expect(urls(year2020)).toContain('/planer/rs-verksamhetsplan-2020/');
    expect(urls(year2020)).not.toContain('/planer/rs-plan-och-budget-2024/');

    const plan = catalog.plans.get('rs-plan-och-budget-2024')!.data.title;
    const strategy = catalog.strategies.get('ekonomi-i-balans')!.data.title;
    const both = await index.search(null, { filters: { plan, strategi: strategy, typ: 'Uppdrag' } });
    const expected = entries(catalog, 'uppdrag').filter(
      (u) => u.data.plan.id === 'rs-plan-och-budget-2024' && u.data.strategy.id === 'ekonomi-i-balans',
    );
    expect(both.length).toBe(expected.length);
    for (const hit of both) expect(hit.meta.plan).toBe(plan);
  });

  it('sorts by date, newest or oldest first', async () => {
    const dates = (hits: Hit[]) => hits.map((hit) => records.get(hit.url)!.sort.date);
    const newest = dates(await index.search(null, { filters: { typ: 'Beslut' }, sort: { date: 'desc' } }));
    expect(newest.length).toBe(catalog.decisions.size);
    expect(newest).toEqual([...newest].sort().reverse());
    const oldest = dates(await index.search('plan', { sort: { date: 'asc' } }));
    expect(oldest).toEqual([...oldest].sort());
  });
});

describe('what a hit shows', () => {
  it('every hit has a title, a type and its plan or date', async () => {
    const hits = await index.search(null, { filters: {} });
    expect(hits.length).toBe(records.size);
    for (const hit of hits) {
      expect(hit.meta.title, hit.url).toBeTruthy();
      expect(hit.meta.type, hit.url).toBeTruthy();
      expect(hit.meta.plan || hit.meta.date, hit.url).toBeTruthy();
    }
  });

  it('an uppdrag shows its latest status in words and its plan', async () => {
    const [hit] = await index.search('samisk kulturkompetens');
    expect(hit.meta).toMatchObject({ type: 'Uppdrag', plan: 'Regionstyrelsens plan och budget 2024' });
    expect(hit.meta.status).toMatch(/^(Helt|Delvis|Ej) uppfyllt per april 2024$/);
  });

  it('leaves page chrome out: the skip link, menu and footer are not in the index', async () => {
    expect(await index.search('"Hoppa till innehållet"')).toEqual([]);
    expect(await index.search('Huvudmeny')).toEqual([]);
    expect(await index.search('"Insyn publiceras av"')).toEqual([]);
    expect((await index.search('"plan och budget"')).length).toBeGreaterThan(0); // the phrase search itself works
  });
});

describe('compound words, split from the site’s own vocabulary', () => {
  const wordIn = (url: string, word: string) =>
    new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(records.get(url)!.content.split(HIDDEN_MARK)[0]);
  /** The records whose visible text has `compound` as a word of its own (not only inside a longer one). */
  const having = (compound: string) => [...records.keys()].filter((url) => wordIn(url, compound));

  it.each([
    ['besparingar', 'kostnadsbesparingar'],
    ['vård', 'primärvården'],
    ['säkerhet', 'informationssäkerheten'],
    ['frånvaro', 'sjukfrånvaro'],
    ['frånvaro', 'korttidsfrånvaro'],
    ['säkerhet', 'IT-säkerhet'],
  ])('%s finds every record with %s', async (part, compound) => {
    const expected = having(compound);
    expect(expected.length, `the content has ${compound}`).toBeGreaterThan(0);
    const hits = urls(await index.search(part));
    for (const url of expected) expect(hits, `${part} → ${url}`).toContain(url);
  });

  it('vård also finds vårdcentraler and the like, which start with it, by prefix', async () => {
    const starting = [...records.keys()].filter((url) =>
      /(?<![\p{L}])vård\p{L}+/iu.test(records.get(url)!.content.split(HIDDEN_MARK)[0]),
    );
    expect(starting.length).toBeGreaterThan(0);
    const hits = urls(await index.search('vård'));
    for (const url of starting) expect(hits).toContain(url);
  });

  it('ort does not find rapport: short words are never split off', async () => {
    const withRapport = [...records.keys()].filter((url) => /rapport/i.test(records.get(url)!.content));
    expect(withRapport.length).toBeGreaterThan(5);
    const hits = await index.search('ort');
    for (const hit of hits) expect(hit.content.split(HIDDEN_MARK)[0], hit.url).toMatch(/(?<![\p{L}])ort/iu);
    for (const url of withRapport.filter((u) => !wordIn(u, 'ort\\p{L}*'))) expect(urls(hits)).not.toContain(url);
  });
});

describe('the reader’s words', () => {
  it('vårdcentral puts entries about primärvård in the top three, not IT-säkerhet by its “vård”', async () => {
    const hits = await index.search('vårdcentral');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits.slice(0, 3)) expect(visible(hit.url), hit.url).toContain('primärvård');
  });

  it('sjukfrånvaro finds the Frisktal nyckeltal, and the sources still without examples', async () => {
    const frisktal = entries(catalog, 'nyckeltal')
      .filter((e) => /^frisktal/i.test(e.data.title))
      .map((e) => hrefFor(e));
    expect(frisktal.length).toBeGreaterThan(0);
    expect(urls(await index.search('sjukfrånvaro')).some((url) => frisktal.includes(url))).toBe(true);
    const sources = await index.search('sjukfrånvaro', { withoutExamples: true });
    expect(sources.length).toBeGreaterThan(0);
    for (const hit of sources) expect(hit.meta.example, hit.url).toBeUndefined();
  });

  it('användning finds what is called Energianvändning, and ort still does not find rapport', async () => {
    const energy = [...records.values()].filter((r) => /^energianvändning/i.test(r.meta.title)).map((r) => r.url);
    expect(energy.length).toBeGreaterThan(0);
    const found = urls(await index.search('användning'));
    for (const url of energy) expect(found).toContain(url);
  });

  it('budget puts an entry of a current plan first, not the archived 2020–2022 plan', async () => {
    const current = new Set(
      latestFollowedUpPlans(catalog).flatMap(({ plan, newer }) => [plan, ...newer].map((p) => p.data.title)),
    );
    const [first] = await index.search('budget');
    const plans = records.get(first.url)!.filters.plan ?? [];
    expect(plans.length === 0 || plans.some((title) => current.has(title)), first.url).toBe(true);
  });
});

describe('ranking', () => {
  it('an exact diarienummer lists its decisions first, then the plan or report with it, then its documents', async () => {
    for (const dnr of ['RS/595/2023', 'RS/99/2024']) {
      const withDnr = (path: RegExp) =>
        [...records.values()].filter((r) => r.meta.dnr === dnr && path.test(r.url)).map((r) => r.url);
      const groups = [withDnr(/^\/beslut\//), withDnr(/^\/(planer|rapporter)\//), withDnr(/^\/dokument\//)];
      expect(groups[1].length, dnr).toBeGreaterThan(0);
      const hits = urls(await index.search(dnr));
      let at = 0;
      for (const group of groups) {
        expect(new Set(hits.slice(at, at + group.length)), dnr).toEqual(new Set(group));
        at += group.length;
      }
    }
  });

  it('§ N lists the decision with that paragraph first', async () => {
    for (const decision of entries(catalog, 'decisions')) {
      const hits = await index.search(`${decision.data.paragraph === 6 ? 'RS ' : ''}§ ${decision.data.paragraph}`);
      const own = entries(catalog, 'decisions')
        .filter((d) => d.data.paragraph === decision.data.paragraph)
        .map((d) => hrefFor({ collection: 'decisions', id: d.id }));
      expect(own).toContain(urls(hits)[0]);
    }
  });

  it('ekonomi puts an entry from the sources in the top three', async () => {
    const hits = await index.search('ekonomi');
    expect(hits.some((h) => h.meta.example)).toBe(true); // there are examples to rank below
    expect(hits.slice(0, 3).some((h) => !h.meta.example)).toBe(true);
  });

  it('weighs sources above examples: more sources lead than Pagefind alone would put there', async () => {
    const ranked = await index.search('ekonomi');
    const sourcesIn = (hits: Hit[]) => hits.slice(0, 5).filter((h) => !h.meta.example).length;
    const plain = await index.plainSearch('ekonomi');
    expect(sourcesIn(ranked)).toBeGreaterThan(sourcesIn(plain));
  });

  it('"Visa inte exempel" leaves every example out and keeps every source', async () => {
    const all = await index.search('ekonomi');
    const sources = await index.search('ekonomi', { withoutExamples: true });
    expect(new Set(urls(sources))).toEqual(new Set(urls(all.filter((h) => !h.meta.example))));
  });
});

describe('a word’s longer forms, wherever a chunk of the index ends', () => {
  let undivided: SearchIndex;
  beforeAll(async () => {
    undivided = await openSearchIndex({ chunkSize: 2 ** 30 });
  }, 60_000);
  afterAll(() => undivided?.close());

  const chunks = (found: SearchIndex) =>
    readdirSync(join(found.dir, 'pagefind', 'index')).filter((file) => file.startsWith('sv_')).length;

  it('the index is divided into small chunks, the one to compare with is not', () => {
    expect(chunks(index)).toBeGreaterThanOrEqual(6);
    expect(chunks(undivided)).toBe(1);
  });

  it('every start of a word finds the pages one undivided index finds', async () => {
    const words = new Set([...records.keys()].flatMap((url) => visible(url).split(/[^\p{L}\p{N}]+/u)));
    const starts = new Set([...words].flatMap((word) => [3, 4].map((n) => word.slice(0, n))));
    const differing: string[] = [];
    for (const start of [...starts].filter((s) => s.length >= 3).sort()) {
      const [divided, whole] = await Promise.all([index.search(start), undivided.search(start)]);
      if (urls(divided).sort().join() !== urls(whole).sort().join())
        differing.push(`${start}: ${divided.length} of ${whole.length}`);
    }
    expect(differing).toEqual([]);
  }, 120_000);
});

describe('excerpts', () => {
  it.each(['RS/595/2023', '§ 194', 'besparingar', 'källa', 'ekonomi', 'frånvaro'])(
    '%s: excerpts from the visible text only, no look-up tokens, no label left hanging',
    async (query) => {
      const hits = await index.search(query);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        const text = excerptParts(hit.content, hit.locations)
          .map((p) => p.text)
          .join('');
        expect(text, hit.url).not.toMatch(/paragraf\d|insyn[a-z]*\d|insynkalla|\u2063/);
        expect(text, hit.url).not.toMatch(/(?<![\p{L}\p{N}/])\d+\/\d{4}(?![\p{L}\p{N}])/u); // 595/2023 alone
        expect(text, hit.url).not.toMatch(/\p{L}:( …)?$/u);
        expect(records.get(hit.url)!.content.split(HIDDEN_MARK)[0].replace(/\s+/g, ' ')).toContain(
          text.replace(/^… | …$/g, ''),
        );
      }
    },
  );

  it('marks the visible compound for a part found among the hidden tokens', async () => {
    const hit = (await index.search('besparingar')).find(
      (h) => h.url === '/uppdrag/administrativa-kostnadsbesparingar/',
    )!;
    const marked = excerptParts(hit.content, hit.locations).filter((p) => p.mark);
    expect(marked.map((p) => p.text.toLowerCase())).toContain('kostnadsbesparingar');
  });
});

describe('the index split by year, the archive merged as the search page merges it', () => {
  const years = [...new Set([...records.values()].map((r) => Number(r.sort.date.slice(0, 4))))].sort((a, b) => b - a);
  const inYears = (kept: number[]) =>
    [...records.values()].filter((r) => kept.includes(Number(r.sort.date.slice(0, 4))));
  // A limit that holds the two newest years exactly, so the bundled content splits whatever its size.
  const newest = years.slice(0, 2);
  const limit = inYears(newest).length;
  let split: SearchIndex;
  beforeAll(async () => {
    split = await openSearchIndex({ firstLimit: limit });
  }, 60_000);
  afterAll(() => split?.close());

  it('holds exactly the newest years in the first index and the rest in the archive', async () => {
    expect(years.length, 'the content spans more than two years').toBeGreaterThan(2);
    expect(split.split.firstYears).toEqual({ from: newest[1], to: newest[0] });
    expect(new Set(urls(await split.firstOnly.search(null, { filters: {} })))).toEqual(
      new Set(inYears(newest).map((r) => r.url)),
    );
    expect(new Set(split.split.archive.map((r) => r.url))).toEqual(new Set(inYears(years.slice(2)).map((r) => r.url)));
    expect(readFileSync(join(split.dir, 'pagefind', 'arkiv', 'pagefind-entry.json'), 'utf8')).toContain('"sv"');
  });

  it('has no archive when everything fits, as with the bundled content at the build’s own limit', () => {
    expect(index.split.archive).toEqual([]);
    expect(existsSync(join(index.dir, 'pagefind', 'arkiv'))).toBe(false);
  });

  // Words with digits that only one part has (§ 60, 471) would bring the other part's near
  // matches, which Pagefind gives for a word an index lacks: those parts are left out.
  it.each([
    'ekonomi',
    'styrmodellen',
    'RS/595/2023',
    'kostnadsbesp',
    'tertialrapport',
    '§ 60',
    '471',
    '§ 194 2023-11-08',
  ])('%s finds the same records as the unsplit index', async (query) => {
    expect(new Set(urls(await split.search(query)))).toEqual(new Set(urls(await index.search(query))));
  });

  it('finds records that only the archive holds', async () => {
    const whole = urls(await index.search('styrmodellen'));
    const first = urls(await split.firstOnly.search('styrmodellen'));
    expect(first.length).toBeLessThan(whole.length);
  });

  it('lists by a filter alone in the same date order as the unsplit index, newest or oldest first', async () => {
    for (const sort of ['desc', 'asc'] as const) {
      const options = { filters: { typ: 'Beslut' }, sort: { date: sort } };
      expect(urls(await split.search(null, options)), sort).toEqual(urls(await index.search(null, options)));
      const withWords = { sort: { date: sort } };
      expect(urls(await split.search('plan', withWords)), sort).toEqual(urls(await index.search('plan', withWords)));
    }
  });

  it('finds § 60 first after the merge, though the first index alone does not have it', async () => {
    expect(split.split.archive.map((r) => r.url)).toContain('/beslut/rf-2020-06-17-60/');
    expect(urls(await split.firstOnly.search('§ 60'))).not.toContain('/beslut/rf-2020-06-17-60/');
    expect(urls(await split.search('§ 60'))[0]).toBe('/beslut/rf-2020-06-17-60/');
  });
});

describe('best bets from the search-word list, in a copy of the content', () => {
  // A page that does not say the query at all, pinned to it: only the pin can put it first.
  const pinned = [...records.keys()].find((url) => !visible(url).includes('budget'))!;
  let pinnedIndex: SearchIndex;
  beforeAll(async () => {
    const dir = contentWithFixture();
    writeFileSync(
      join(dir, 'content', SEARCH_WORDS_FILE),
      // The bundled list's synonyms kept, so that only the pin differs.
      JSON.stringify({ ...searchWords, bestBets: [{ query: 'Budget', pages: [pinned] }] }),
    );
    pinnedIndex = await openSearchIndex({ root: dir });
  }, 60_000);
  afterAll(() => pinnedIndex?.close());

  it('lists the pinned page first for its query, in any case, though the page lacks the word', async () => {
    const hits = await pinnedIndex.search('budget', { bestBets: ['budget'] });
    expect(urls(hits)[0]).toBe(pinned);
    expect(urls(hits).slice(1)).toEqual(urls(await index.search('budget')).filter((u) => u !== pinned));
  });

  it('leaves other queries as they were', async () => {
    expect(urls(await pinnedIndex.search('ekonomi', { bestBets: ['budget'] }))).not.toContain(pinned);
  });
});
