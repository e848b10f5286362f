/** A decision's page model: its facts, its case, and the entries that refer to it. */
import { describe, expect, it } from 'vitest';
import { buildBacklinks, entryFor } from '#lib/core/catalog.ts';
import { decisionPage } from '#lib/views/decision-page.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const backlinks = buildBacklinks(catalog);
const pageOf = (id: string) =>
  decisionPage(
    catalog,
    entryFor(catalog, { collection: 'decisions', id }),
    backlinks({ collection: 'decisions', id }),
    'sv',
  );

describe('decisionPage', () => {
  it('links the case on the list of decisions and the other decisions in it', () => {
    const page = pageOf('rs-2023-11-08-100');
    expect(page.dnr).toEqual({ href: '/beslut/#arende-rs-10-2023', text: 'RS/10/2023' });
    expect(page.sameCase.heading).toBe('Fler beslut i ärende RS/10/2023');
    expect(page.sameCase.cites.map((c) => c.href)).toEqual(['/beslut/rs-2024-01-23-5/']);
    expect(page.body).toEqual({ href: '/organ/styrelsen/', name: 'Regionstyrelsen' });
  });

  it('says the sources give no diarienummer, gives a meeting over two days as a range, and has no case', () => {
    const page = pageOf('rf-2023-06-14-50');
    expect(page.dnr).toEqual({ href: undefined, text: 'Saknas i källan' });
    expect(page.date).toMatch(/14.*15 juni 2023/);
    expect(page.sameCase.cites).toEqual([]);
  });

  it('names each plan the decision concerns with the roles it had', () => {
    const page = pageOf('rs-2023-11-08-100');
    expect(page.plans).toEqual([
      { href: `/planer/${SAMPLE_PLAN}/`, title: 'Styrelsens plan 2024', roles: '(fastställd genom beslutet)' },
    ]);
    const sections = Object.fromEntries(page.linkSections.map((s) => [s.id, s.links.length]));
    expect(sections.rapporter).toBeGreaterThan(0);
    expect(sections.dokument).toBeGreaterThan(0);
  });
});
