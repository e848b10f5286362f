/** A document's page model: its facts, who it is from, and the decisions, plans, reports and items it is linked to. */
import { describe, expect, it } from 'vitest';
import { buildBacklinks, entryFor } from '#lib/core/catalog.ts';
import { formatDate } from '#lib/core/format.ts';
import { DOCUMENT_KIND_LABELS } from '#lib/core/labels.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { decisionCite } from '#lib/views/decision-cite.ts';
import { documentPage } from '#lib/views/document-page.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const backlinks = buildBacklinks(catalog);
const documentOf = (id: string) => entryFor(catalog, { collection: 'documents', id });
const pageOf = (id: string) => documentPage(catalog, documentOf(id), backlinks({ collection: 'documents', id }), 'sv');

describe('documentPage', () => {
  it('gives its kind, its case on the list of decisions, its date, who it is from and who signed it', () => {
    const page = pageOf('forslag-plan-2024');
    expect(page.kind).toBe(DOCUMENT_KIND_LABELS.tjansteskrivelse);
    expect(page.caseHref).toBe('/beslut/#arende-rs-10-2023');
    expect(page.date).toBe(formatDate('2023-10-20'));
    expect(page.unit).toEqual({ title: 'Kansliet', href: hrefFor({ collection: 'units', id: 'kansliet' }) });
    expect(page.organisation).toEqual({
      title: 'Region Exempel',
      href: hrefFor({ collection: 'organisations', id: 'region' }),
    });
    expect(page.signedBy).toBe('Anna Andersson, regiondirektör');
    expect(pageOf('uppfoljning-2024').signedBy).toBeUndefined();
  });

  it('names by its id a unit or organisation the content does not have yet', () => {
    const document = documentOf('forslag-plan-2024');
    const moved = {
      ...document,
      data: {
        ...document.data,
        unit: { collection: 'units' as const, id: 'ny-enhet' },
        organisation: { collection: 'organisations' as const, id: 'ny-region' },
      },
    };
    const page = documentPage(catalog, moved, backlinks({ collection: 'documents', id: moved.id }), 'sv');
    expect([page.unit, page.organisation]).toEqual([{ title: 'ny-enhet' }, { title: 'ny-region' }]);
  });

  it('cites its decisions, and links each plan and report once whichever side names the link', () => {
    const page = pageOf('forslag-plan-2024');
    expect(page.decisions).toEqual([
      decisionCite(catalog, entryFor(catalog, { collection: 'decisions', id: 'rs-2023-11-08-100' })),
    ]);
    const plans = page.plans.map((p) => p.href);
    expect(plans).toContain(hrefFor({ collection: 'plans', id: SAMPLE_PLAN }));
    expect(new Set(plans).size).toBe(plans.length);
    // The report names the document, and the document the report: one link, with the report's date.
    expect(pageOf('uppfoljning-2024').reports).toEqual([
      {
        href: hrefFor({ collection: 'reports', id: 'uppfoljning-2024' }),
        title: 'Uppföljning av planen 2024',
        illustrative: false,
        meta: formatDate('2024-05-07'),
        metaExample: false,
      },
    ]);
  });

  it('lists the uppdrag that refer to it, then the nyckeltal', () => {
    const links = {
      ...backlinks({ collection: 'documents', id: 'uppfoljning-2024' }),
      uppdrag: [entryFor(catalog, { collection: 'uppdrag', id: 'heltid' })],
      nyckeltal: [entryFor(catalog, { collection: 'nyckeltal', id: 'helpdesk' })],
    };
    expect(documentPage(catalog, documentOf('uppfoljning-2024'), links, 'sv').items.map((i) => i.href)).toEqual([
      hrefFor({ collection: 'uppdrag', id: 'heltid' }),
      hrefFor({ collection: 'nyckeltal', id: 'helpdesk' }),
    ]);
  });
});
