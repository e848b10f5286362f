/** Links to entries as pages list them, and the plan's year span. */
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { formatDate } from '#lib/core/format.ts';
import { hrefFor, siteAddress } from '#lib/core/routes.ts';
import { planYears } from '#lib/core/titles.ts';
import { sv } from '#lib/i18n/sv.ts';
import { documentFacts, entryLink, reportDate } from '#lib/views/links.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

describe('planYears', () => {
  it('writes one year alone and several as a span', () => {
    expect(planYears({ startYear: 2024, endYear: 2024 })).toBe('2024');
    expect(planYears({ startYear: 2024, endYear: 2026 })).toBe('2024–2026');
  });
});

describe('entryLink', () => {
  it('links every plan, uppdrag, nyckeltal, report and document to its page with its title', () => {
    for (const collection of ['plans', 'uppdrag', 'nyckeltal', 'reports', 'documents'] as const) {
      expect(entries(catalog, collection).length, collection).toBeGreaterThan(0);
      for (const entry of entries(catalog, collection)) {
        const link = entryLink(entry);
        expect(link.href).toBe(hrefFor({ collection, id: entry.id }));
        expect(link.title).toBe(entry.data.title);
        expect(link.illustrative).toBe(entry.data.illustrative !== undefined);
        expect('meta' in link).toBe(false);
      }
    }
  });

  it('names organisations, bodies and units by their name', () => {
    for (const collection of ['organisations', 'bodies', 'units'] as const) {
      expect(entries(catalog, collection).length, collection).toBeGreaterThan(0);
      for (const entry of entries(catalog, collection)) expect(entryLink(entry).title).toBe(entry.data.name);
    }
  });

  it('carries the facts line when given', () => {
    const [report] = entries(catalog, 'reports');
    expect(entryLink(report, 'x').meta).toBe('x');
  });
});

describe('reportDate and documentFacts', () => {
  it('give the date when the sources do, and say so when they do not', () => {
    for (const report of entries(catalog, 'reports'))
      expect(reportDate(report)).toBe(report.data.date ? formatDate(report.data.date) : sv.source.dateMissing);
    const undated = { ...entries(catalog, 'reports')[0] };
    undated.data = { ...undated.data, date: null };
    expect(reportDate(undated)).toBe(sv.source.dateMissing);
  });

  it('name a document by its diarienummer and date', () => {
    expect(entries(catalog, 'documents').length).toBeGreaterThan(0);
    for (const document of entries(catalog, 'documents')) {
      expect(documentFacts(document)).toBe(`${document.data.dnr}, ${formatDate(document.data.date)}`);
    }
  });
});

describe('siteAddress', () => {
  it('is the configured address, and a clear error without one', () => {
    const site = new URL('https://insyn.example/');
    expect(siteAddress(site)).toBe(site);
    expect(() => siteAddress(undefined)).toThrow('site');
  });
});
