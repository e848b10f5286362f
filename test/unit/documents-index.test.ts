/** The /dokument/ page model: every document, newest first, with its kind, date and diarienummer. */
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { documentsIndex } from '#lib/views/documents-index.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

describe('documentsIndex', () => {
  it('lists every document once, the newest first', () => {
    const links = documentsIndex(catalog, 'sv');
    expect(links).toHaveLength(entries(catalog, 'documents').length);
    expect(links.map((l) => l.href)).toEqual(['/dokument/uppfoljning-2024/', '/dokument/forslag-plan-2024/']);
  });

  it('gives each its kind, date and diarienummer after the link', () => {
    expect(documentsIndex(catalog, 'sv')[1]).toEqual({
      href: '/dokument/forslag-plan-2024/',
      title: 'Förslag till styrelsens plan 2024',
      illustrative: false,
      meta: 'Tjänsteskrivelse, 20 oktober 2023, dnr RS/10/2023',
      metaExample: false,
    });
  });
});
