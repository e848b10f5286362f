/** An uppdrag's page model: its follow-ups, where it sits, and the reports and decisions behind it. */
import { describe, expect, it } from 'vitest';
import { entryFor } from '#lib/core/catalog.ts';
import { formatDate } from '#lib/core/format.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { decisionCite } from '#lib/views/decision-cite.ts';
import { uppdragPage } from '#lib/views/uppdrag-page.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const uppdrag = (id: string) => catalog.uppdrag.get(id)!;

describe('uppdragPage', () => {
  it('lists every follow-up newest first, with the period, its last day and what was reported', () => {
    const page = uppdragPage(catalog, uppdrag('heltid'), 'sv');
    expect(page.statuses.map((s) => [s.period, s.status])).toEqual([
      ['Per augusti 2024', 'helt-uppfyllt'],
      ['Per april 2024', 'delvis-uppfyllt'],
    ]);
    expect(page.statuses[0].until).toBe(formatDate('2024-08-31'));
    expect(page.statuses[0].text).toBe('Läget per-augusti-2024: helt-uppfyllt.');
    expect(page.latest).toEqual({ status: 'helt-uppfyllt', period: 'per augusti 2024' });
  });

  it('dates the latest status by the newest dated report on its period', () => {
    expect(uppdragPage(catalog, uppdrag('heltid'), 'sv').reportedOn).toBe('2024-09-20');
    // April's tertialrapport has no date: the follow-up report of May dates it.
    expect(uppdragPage(catalog, uppdrag('samverkan'), 'sv').reportedOn).toBe('2024-05-07');
  });

  it('links only the reports on periods the uppdrag has a status for', () => {
    const reports = (id: string) => uppdragPage(catalog, uppdrag(id), 'sv').links.reports.map((r) => r.href);
    const aprilReports = ['tertialrapport-april-2024', 'uppfoljning-2024'].map((id) =>
      hrefFor({ collection: 'reports', id }),
    );
    expect(reports('samverkan')).toEqual(aprilReports);
    expect(reports('heltid')).toEqual([
      ...aprilReports,
      hrefFor({ collection: 'reports', id: 'delarsrapport-augusti-2024' }),
    ]);
  });

  it('names its plan, strategy and unit as links, and cites its decisions', () => {
    const page = uppdragPage(catalog, uppdrag('heltid'), 'sv');
    expect(page.place).toEqual({
      plan: {
        title: catalog.plans.get(SAMPLE_PLAN)!.data.title,
        href: hrefFor({ collection: 'plans', id: SAMPLE_PLAN }),
      },
      strategy: { title: 'Våra medarbetare', href: hrefFor({ collection: 'strategies', id: 'medarbetare' }) },
    });
    expect(page.unit).toEqual({ title: 'Kansliet', href: hrefFor({ collection: 'units', id: 'kansliet' }) });
    expect(page.links.decisions).toEqual([
      decisionCite(catalog, entryFor(catalog, { collection: 'decisions', id: 'rs-2023-11-08-100' })),
    ]);
    expect(page.links.decisions[0].href).toBe(hrefFor({ collection: 'decisions', id: 'rs-2023-11-08-100' }));
    expect(page.links.documents).toEqual([]);
  });

  it('says nothing is followed up for an uppdrag without statuses, and links its earlier year', () => {
    const page = uppdragPage(catalog, uppdrag('heltid-2025'), 'sv');
    expect([page.latest, page.reportedOn, page.statuses, page.links.reports]).toEqual([undefined, undefined, [], []]);
    expect(page.lineage.steps.map((s) => s.href)).toEqual(
      ['heltid', 'heltid-2025'].map((id) => hrefFor({ collection: 'uppdrag', id })),
    );
  });

  it('marks examples: the whole uppdrag, and its statuses', () => {
    const invented = uppdragPage(catalog, uppdrag('vantetider'), 'sv');
    expect([invented.example, invented.exampleStatuses]).toEqual([true, true]);
    const real = uppdragPage(catalog, uppdrag('heltid'), 'sv');
    expect([real.example, real.exampleStatuses]).toEqual([false, false]);
  });
});

describe('uppdragPage in English', () => {
  it('says the status rows and the origin in English, the content as it is', () => {
    const [swedish, english] = [
      uppdragPage(catalog, uppdrag('heltid'), 'sv'),
      uppdragPage(catalog, uppdrag('heltid'), 'en'),
    ];
    expect(english.planTitle).toBe(swedish.planTitle);
    expect(english.statuses.map((s) => s.text)).toEqual(swedish.statuses.map((s) => s.text));
    expect(english.statuses[0].until).not.toBe(swedish.statuses[0].until);
    expect(english.origin).not.toBe(swedish.origin);
  });
});
