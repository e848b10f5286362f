/** /beslut/ as a register: sorted by date as dates, filterable by body and year through pre-built views. */
import { describe, expect, it } from 'vitest';
import {
  ALL_DECISIONS,
  compareDecisionsNewestFirst,
  decisionExamples,
  sourceLinks,
  decisionRegister,
  registerHref,
  registerViews,
  wholeRegister,
  type RegisterRow,
} from '#lib/views/decisions-view.ts';
import { buildCatalog } from '#lib/core/catalog.ts';
import { catalogOf } from '../helpers/catalog.ts';
import { SAMPLE_FILES, SAMPLE_TEXTS, sampleCatalog } from '../helpers/sample-site.ts';
import { decisionSchema } from '../../src/schemas/decision.ts';
import { documentSchema } from '../../src/schemas/document.ts';

const catalog = sampleCatalog();

const row = (id: string, date: string, paragraph: number): RegisterRow => ({
  id,
  href: `/beslut/${id}/`,
  date,
  year: date.slice(0, 4),
  body: { id: 'rs', short: 'RS', name: 'Regionstyrelsen' },
  paragraph,
  title: id,
  dnr: null,
  illustrative: false,
  examples: decisionExamples({ ...catalog.decisions.values().next().value!.data, illustrative: undefined }),
});

describe('decisionRegister', () => {
  it('lists every decision once, newest meeting first, never by diarienummer', () => {
    const rows = decisionRegister(catalog);
    expect(rows).toHaveLength(catalog.decisions.size);
    expect(rows.map((r) => r.id)).toEqual([
      'rs-2024-10-01-150',
      'rf-2024-02-paragraf-19',
      'rs-2024-01-23-5',
      'rs-2023-11-08-100',
      'rf-2023-06-14-50',
    ]);
  });

  it('compares a month-only date as that month and breaks ties by paragraph, highest first', () => {
    const rows = [
      row('a', '2024-01-23', 6),
      row('b', '2024-02', 19),
      row('c', '2015-03-01', 101),
      row('d', '2024-01-23', 9),
    ];
    expect([...rows].sort(compareDecisionsNewestFirst).map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('wholeRegister', () => {
  it('is the unfiltered view with every decision', () => {
    const whole = wholeRegister(catalog);
    expect([whole.body, whole.year]).toEqual([ALL_DECISIONS, ALL_DECISIONS]);
    expect(whole.rows).toEqual(decisionRegister(catalog));
  });

  it('exists, empty, when there is no decision yet', () => {
    const empty = wholeRegister(buildCatalog([]));
    expect(empty.rows).toEqual([]);
    expect(empty.href).toBe(registerHref(ALL_DECISIONS, ALL_DECISIONS));
  });
});

describe('registerViews', () => {
  // The sample site plus a decision of fullmäktige in 2022, a year in which the board decided nothing.
  const withGap = catalogOf(
    {
      ...SAMPLE_FILES,
      decisions: {
        ...SAMPLE_FILES.decisions,
        'rf-2022-11-30-80': {
          body: 'fullmaktige',
          date: '2022-11-30',
          paragraph: 80,
          dnr: null,
          title: 'Budget 2023',
          summary: 'Fullmäktige antog budgeten.',
        },
      },
    },
    SAMPLE_TEXTS,
  );
  const views = registerViews(withGap);
  const all = decisionRegister(withGap);

  it('has the whole register at /beslut/ and a view per body, per year and per both that shows something', () => {
    const unfiltered = views.find((v) => v.body === ALL_DECISIONS && v.year === ALL_DECISIONS)!;
    expect(unfiltered.href).toBe('/beslut/');
    expect(unfiltered.rows).toEqual(all);
    for (const view of views) {
      expect(view.rows.length, view.href).toBeGreaterThan(0);
      const shown = (r: RegisterRow) =>
        (view.body === ALL_DECISIONS || r.body.id === view.body) &&
        (view.year === ALL_DECISIONS || r.year === view.year);
      expect(view.rows, view.href).toEqual(all.filter(shown));
      expect(view.href).toBe(registerHref(view.body, view.year));
    }
    const bodies = new Set(all.map((r) => r.body.id));
    expect(bodies.size).toBe(2);
    for (const body of bodies) expect(views.some((v) => v.body === body && v.year === ALL_DECISIONS)).toBe(true);
    expect(views.find((v) => v.body === 'fullmaktige' && v.year === '2022')!.rows.map((r) => r.id)).toEqual([
      'rf-2022-11-30-80',
    ]);
    expect(views.some((v) => v.body === 'styrelsen' && v.year === '2022')).toBe(false);
  });

  it('links only the choices that show something, with their counts, and marks the current one', () => {
    const hrefs = new Set(views.map((v) => v.href));
    const board = views.find((v) => v.body === 'styrelsen' && v.year === ALL_DECISIONS)!;
    expect(board.years.find((o) => o.key === '2022')).toMatchObject({ count: 0, href: undefined });
    for (const view of views) {
      for (const option of [...view.bodies, ...view.years]) {
        expect(option.href === undefined, option.key).toBe(option.count === 0);
        expect(option.href === undefined || hrefs.has(option.href), option.href).toBe(true);
      }
      expect(view.bodies.filter((o) => o.selected).map((o) => o.key)).toEqual([view.body]);
      expect(view.years.filter((o) => o.selected).map((o) => o.key)).toEqual([view.year]);
    }
  });
});

describe('addresses of protocols, cases and originals', () => {
  const decision = {
    body: 'rs',
    date: '2023-11-08',
    paragraph: 194,
    dnr: 'RS/595/2023',
    title: 'Plan',
    summary: 'Fastställde planen.',
  };

  it('are optional and https only', () => {
    expect(decisionSchema.safeParse(decision).success).toBe(true);
    expect(decisionSchema.safeParse({ ...decision, protocolUrl: 'https://regionjh.se/p.pdf' }).success).toBe(true);
    const plain = decisionSchema.safeParse({ ...decision, protocolUrl: 'http://regionjh.se/p.pdf' });
    expect(plain.success).toBe(false);
    expect(JSON.stringify(plain.error?.issues)).toContain('https://');
    expect(decisionSchema.safeParse({ ...decision, caseUrl: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('the originals of decisions and documents', () => {
  const decision = {
    body: 'rs',
    date: '2023-11-08',
    paragraph: 194,
    dnr: 'RS/595/2023',
    title: 'Plan',
    summary: 'Fastställde planen.',
  };
  const document = {
    title: 'Uppföljning',
    kind: 'rapport',
    dnr: 'RS/595/2023',
    date: '2024-05-07',
    organisation: 'region',
    unit: 'kansliet',
  };

  it('are the same three optional https addresses for both', () => {
    for (const [schema, data] of [
      [decisionSchema, decision],
      [documentSchema, document],
    ] as const) {
      for (const field of ['protocolUrl', 'caseUrl', 'originalUrl']) {
        expect(schema.safeParse({ ...data, [field]: 'https://www.regionjh.se/a.pdf' }).success, field).toBe(true);
        expect(schema.safeParse({ ...data, [field]: 'http://www.regionjh.se/a.pdf' }).success, field).toBe(false);
        expect(schema.safeParse({ ...data, [field]: 'https://namn@example.org/' }).success, field).toBe(false);
      }
    }
  });

  it('are linked in the order a reader goes to them, and not at all when none is known', () => {
    expect(
      sourceLinks({
        originalUrl: 'https://r.se/fil.pdf',
        protocolUrl: 'https://r.se/protokoll.pdf',
        caseUrl: 'https://r.se/diarium/1',
      }),
    ).toEqual([
      { kind: 'protocol', href: 'https://r.se/protokoll.pdf' },
      { kind: 'case', href: 'https://r.se/diarium/1' },
      { kind: 'original', href: 'https://r.se/fil.pdf' },
    ]);
    expect(sourceLinks({ caseUrl: 'https://r.se/diarium/1' })).toEqual([
      { kind: 'case', href: 'https://r.se/diarium/1' },
    ]);
    expect(sourceLinks({})).toEqual([]);
  });
});

describe('a partly reconstructed decision', () => {
  const decision = {
    body: 'rs',
    date: '2023-11-08',
    paragraph: 194,
    dnr: 'RS/595/2023',
    title: 'Plan',
    summary: 'Fastställde planen.',
    illustrative: 'Rubriken är skriven efter tjänsteskrivelsen.',
  };
  const parsed = (data: object) => {
    const result = decisionSchema.safeParse(data);
    if (!result.success) throw new Error(JSON.stringify(result.error.issues));
    return result.data;
  };

  it('marks only the fields exampleFields names', () => {
    const examples = decisionExamples(parsed({ ...decision, exampleFields: ['title'] }));
    expect(examples).toEqual({
      whole: false,
      citation: false,
      body: false,
      date: false,
      paragraph: false,
      dnr: false,
      title: true,
      summary: false,
      wording: false,
    });
    // An invented body is part of the citation (RF 2020-06-17 § 60), so the citation carries the mark.
    expect(decisionExamples(parsed({ ...decision, exampleFields: ['body', 'title'] })).citation).toBe(true);
  });

  it('is an example as a whole without exampleFields, with one mark; and none without illustrative', () => {
    const whole = decisionExamples(parsed(decision));
    expect(whole.whole).toBe(true);
    expect(Object.entries(whole).filter(([, v]) => v)).toEqual([['whole', true]]);
    const { illustrative: _, ...sourced } = decision;
    expect(Object.values(decisionExamples(parsed(sourced))).some(Boolean)).toBe(false);
  });

  it('names only parts a decision has, and only beside illustrative, which says why', () => {
    expect(decisionSchema.safeParse({ ...decision, exampleFields: ['rubrik'] }).success).toBe(false);
    const { illustrative: _, ...sourced } = decision;
    const alone = decisionSchema.safeParse({ ...sourced, exampleFields: ['title'] });
    expect(alone.success).toBe(false);
    expect(JSON.stringify(alone.error?.issues)).toContain('kräver fältet illustrative');
  });

  it('carries its marks into the register row by row', () => {
    const withTitle = sampleCatalog();
    const row = decisionRegister(withTitle).find((r) => r.illustrative)!;
    expect(row.examples).toEqual(decisionExamples(withTitle.decisions.get(row.id)!.data));
  });
});
