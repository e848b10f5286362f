/** /beslut/ as a register: sorted by date as dates, filterable by body and year through pre-built views. */
import { describe, expect, it } from 'vitest';
import {
  ALL_DECISIONS,
  compareDecisionsNewestFirst,
  decisionRegister,
  registerHref,
  registerViews,
  type RegisterRow,
} from '#lib/views/decisions-view.ts';
import { catalogOf } from '../helpers/catalog.ts';
import { SAMPLE_FILES, SAMPLE_TEXTS, sampleCatalog } from '../helpers/sample-site.ts';
import { decisionSchema } from '../../src/schemas/decision.ts';

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
