/**
 * Pages as they were (src/lib/history/archive.ts): which versions of a page get a frozen
 * page under /arkiv/ (an item for each day its file changed, a plan for each day what it shows
 * changed), that each is drawn from its day's catalogue and left out when it would show an
 * entry today's schema refuses, and how the history, the citation and the sitemap treat them.
 */
import { describe, expect, it } from 'vitest';
import { entryMdx } from '#lib/content/content-writer.ts';
import { textHtml } from '#lib/content/text-html.ts';
import type { Change } from '#lib/history/git-history.ts';
import {
  archivedPages,
  changesUntil,
  type PageData,
  supersededVersions,
  versionEntry,
  versionsByEntry,
} from '#lib/history/archive.ts';
import { dayCatalogs } from '#lib/history/day-catalogs.ts';
import { buildBacklinks, resolve } from '#lib/core/catalog.ts';
import { planPage } from '#lib/views/plan-page.ts';
import { planItemRows } from '#lib/views/plan-view.ts';
import { pagePathOf } from '#lib/open-data/sitemap.ts';
import { citation } from '#lib/views/cite.ts';
import { unlinkGone } from '#lib/history/gone-links.ts';
import { sampleFile, sampleHistory } from '../helpers/sample-history.ts';
import { SAMPLE_FILES, SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const change = (sha: string, date: string, text: string | undefined, kind: Change['kind'] = 'modified'): Change => ({
  sha,
  date,
  kind,
  notes: [],
  ...(text === undefined ? {} : { text }),
});

/** The sample uppdrag `heltid` as a file, with its statuses replaced. */
function heltid(statuses: unknown[], extra: Record<string, unknown> = {}, text = 'Fler ska arbeta heltid.'): string {
  return entryMdx('uppdrag', { ...SAMPLE_FILES.uppdrag.heltid, statuses, ...extra }, text);
}
const april = (status: string) => [{ period: 'per-april-2024', status, text: 'Läget i april.' }];

describe('supersededVersions', () => {
  it('gives one version per earlier day, the last change of each day, newest first, and none for the newest day', () => {
    const versions = supersededVersions([
      change('e', '2026-12-07T09:00:00+01:00', 'E'),
      change('d', '2026-12-07T08:00:00+01:00', 'D'),
      change('c', '2026-12-05T16:00:00+01:00', 'C'),
      change('b', '2026-12-05T10:00:00+01:00', 'B'),
      change('a', '2026-11-23T10:00:00+01:00', 'A'),
    ]);
    expect(versions.map(({ day, sha, text }) => ({ day, sha, text }))).toEqual([
      { day: '2026-12-05', sha: 'c', text: 'C' },
      { day: '2026-11-23', sha: 'a', text: 'A' },
    ]);
  });

  it('reads the day in Sweden, whatever order the changes come in', () => {
    // 23:30 UTC on 4 December is 00:30 on 5 December in Stockholm: the same day as the next change.
    const versions = supersededVersions([
      change('late', '2026-12-04T23:30:00Z', 'late'),
      change('first', '2026-12-01T12:00:00Z', 'first'),
      change('morning', '2026-12-05T09:00:00+01:00', 'morning'),
      change('next', '2026-12-06T09:00:00+01:00', 'next'),
    ]);
    expect(versions.map((v) => [v.day, v.sha])).toEqual([
      ['2026-12-05', 'morning'],
      ['2026-12-01', 'first'],
    ]);
  });

  it('has no version for a day that ended with the entry deleted, and none for a single day', () => {
    expect(
      supersededVersions([
        change('back', '2026-12-06T09:00:00+01:00', 'back', 'added'),
        change('gone', '2026-12-05T09:00:00+01:00', undefined, 'deleted'),
        change('first', '2026-12-04T09:00:00+01:00', 'first', 'added'),
      ]).map((v) => v.sha),
    ).toEqual(['first']);
    expect(
      supersededVersions([
        change('b', '2026-12-05T18:00:00+01:00', 'B'),
        change('a', '2026-12-05T08:00:00+01:00', 'A'),
      ]),
    ).toEqual([]);
    expect(supersededVersions([])).toEqual([]);
  });
});

describe('versionEntry', () => {
  const catalog = sampleCatalog();
  const ref = { collection: 'uppdrag', id: 'heltid' } as const;

  it('validates a version through the live schema and keeps its own text', () => {
    const entry = versionEntry(catalog, ref, heltid(april('ej-uppfyllt'), {}, 'Den gamla beskrivningen.'));
    expect(entry?.collection).toBe('uppdrag');
    expect(entry?.id).toBe('heltid');
    if (entry?.collection !== 'uppdrag') throw new Error('not an uppdrag');
    expect(entry.data.statuses.map((s) => s.status)).toEqual(['ej-uppfyllt']);
    expect(entry.data.plan).toMatchObject({ collection: 'plans', id: SAMPLE_PLAN });
    expect(entry.text?.trim()).toBe('Den gamla beskrivningen.');
  });

  it('skips a version today’s schema refuses, one that is not a file it can read, and one with unsafe MDX', () => {
    // A status word the schema has since dropped, a field it does not know, and no plan at all.
    expect(versionEntry(catalog, ref, heltid(april('pagaende')))).toBeUndefined();
    expect(versionEntry(catalog, ref, heltid(april('helt-uppfyllt'), { gammaltFalt: 'x' }))).toBeUndefined();
    expect(versionEntry(catalog, ref, heltid(april('helt-uppfyllt'), { plan: undefined }))).toBeUndefined();
    expect(versionEntry(catalog, ref, '---\ntitle: [\n---\n\nText.\n')).toBeUndefined();
    expect(
      versionEntry(catalog, ref, heltid(april('helt-uppfyllt'), {}, 'Text <script>alert(1)</script>')),
    ).toBeUndefined();
  });

  it('skips a version that links to an entry no longer in the catalogue', () => {
    expect(
      versionEntry(catalog, ref, heltid(april('helt-uppfyllt'), { decisions: ['rs-2020-01-01-1'] })),
    ).toBeUndefined();
  });

  it('skips a version that breaks a rule across entries: a status for a period outside its plan', () => {
    const outside = [{ period: 'per-april-2025', status: 'helt-uppfyllt', text: 'Läget i april 2025.' }];
    expect(versionEntry(catalog, ref, heltid(outside))).toBeUndefined();
    expect(versionEntry(catalog, ref, heltid(april('helt-uppfyllt')))).toBeDefined();
  });

  it('validates a JSON entry too', () => {
    const text = JSON.stringify({ ...SAMPLE_FILES.units.kansliet, name: 'Gamla kansliet' });
    const entry = versionEntry(catalog, { collection: 'units', id: 'kansliet' }, text);
    expect(entry?.data).toMatchObject({ name: 'Gamla kansliet' });
  });
});

describe('archivedPages', () => {
  const catalog = sampleCatalog();
  const D2 = '2026-12-03T10:00:00+01:00';
  const D3 = '2026-12-05T10:00:00+01:00';
  const heltidIn = (august: string) =>
    sampleFile('uppdrag/heltid', {
      statuses: [
        SAMPLE_FILES.uppdrag.heltid.statuses[0],
        { period: 'per-augusti-2024', status: august, text: `Läget i augusti: ${august}.` },
      ],
    });
  /** A plan's page as its template draws it; other pages by their entry alone. */
  const pageData: PageData = (day, entry) =>
    JSON.stringify(
      entry.collection === 'plans'
        ? planPage(day, entry, buildBacklinks(day)({ collection: 'plans', id: entry.id }), 'sv').rows
        : entry.data,
    );
  const archiveOf = (later: Parameters<typeof sampleHistory>[0]) => {
    const byEntry = sampleHistory(later);
    return archivedPages(catalog, dayCatalogs(byEntry), byEntry, pageData);
  };
  const planHref = (day: string) => `/arkiv/${day}/planer/${SAMPLE_PLAN}/`;

  it('freezes an item for each earlier day its own file changed, drawn from that day’s catalogue', () => {
    const { pages } = archiveOf({
      'uppdrag/heltid': [change('2', D2, heltidIn('ej-uppfyllt')), change('3', D3, heltidIn('delvis-uppfyllt'))],
    });
    const heltid = pages.filter((p) => p.entry.collection === 'uppdrag');
    expect(heltid.map((p) => [p.href, p.liveHref, p.day])).toEqual([
      ['/arkiv/2026-12-03/uppdrag/heltid/', '/uppdrag/heltid/', '2026-12-03'],
      ['/arkiv/2026-12-01/uppdrag/heltid/', '/uppdrag/heltid/', '2026-12-01'],
    ]);
    expect(
      versionsByEntry(pages)
        .get('uppdrag/heltid')
        ?.map((v) => v.day),
    ).toEqual(['2026-12-03', '2026-12-01']);
    // The entry is the one in its day's catalogue, the catalogue its page is drawn from.
    for (const page of heltid) expect(resolve(page.catalog, page.entry)).toBe(page.entry);
  });

  it('freezes a plan for each earlier day its items’ statuses changed, with the statuses of that day', () => {
    const { pages, current } = archiveOf({
      'uppdrag/heltid': [change('2', D2, heltidIn('ej-uppfyllt')), change('3', D3, heltidIn('delvis-uppfyllt'))],
    });
    const plans = pages.filter((p) => p.entry.collection === 'plans');
    expect(plans.map((p) => p.href)).toEqual([planHref('2026-12-01'), planHref('2026-12-03')]);
    const statusOf = (page: (typeof plans)[number]) =>
      planItemRows(page.catalog, SAMPLE_PLAN).find((row) => row.id === 'heltid')?.status;
    expect(plans.map(statusOf)).toEqual(['helt-uppfyllt', 'ej-uppfyllt']);
    // The live page's version dates from the day it was last drawn differently.
    expect(current.get(`plans/${SAMPLE_PLAN}`)).toBe('2026-12-05');
    // The other plans showed the same all along: no versions, their live version from the first day.
    expect(plans.every((p) => p.entry.id === SAMPLE_PLAN)).toBe(true);
    expect(current.get('plans/rs-plan-2025')).toBe('2026-12-01');
  });

  it('gives a drawn page no version for a day on which what it shows did not change', () => {
    const { pages } = archiveOf({
      'units/staben': [change('s2', D2, sampleFile('units/staben', { name: 'Regionstaben och kansliet' }))],
    });
    expect(pages.filter((p) => p.entry.collection === 'plans')).toEqual([]);
    expect(pages.map((p) => p.href)).toEqual(['/arkiv/2026-12-01/enheter/staben/']);
  });

  it('leaves a plan out for a day one of its items cannot be read, rather than count it wrong', () => {
    const refused = sampleFile('uppdrag/vantetider', {
      statuses: [{ period: 'per-april-2024', status: 'pagaende', text: 'Pågår.' }],
    });
    const { pages, current } = archiveOf({
      'uppdrag/heltid': [change('2', D2, heltidIn('ej-uppfyllt')), change('3', D3, heltidIn('delvis-uppfyllt'))],
      'uppdrag/vantetider': [change('v2', D2, refused), change('v3', D3, sampleFile('uppdrag/vantetider'))],
    });
    expect(pages.filter((p) => p.entry.id === SAMPLE_PLAN).map((p) => p.href)).toEqual([planHref('2026-12-01')]);
    expect(current.get(`plans/${SAMPLE_PLAN}`)).toBe('2026-12-05');
    // A day that could not be drawn ends a version: what came after is dated anew.
    expect(current.get('plans/regionplan-2024')).toBe('2026-12-05');
    // heltid's own page shows nothing of vantetider: its version of that day stays.
    expect(pages.filter((p) => p.entry.id === 'heltid').map((p) => p.day)).toEqual(['2026-12-03', '2026-12-01']);
  });

  it('has no pages for an entry no longer there, and none without history', () => {
    const { pages } = archiveOf({
      'uppdrag/nytt': [
        change('n2', D2, sampleFile('uppdrag/samverkan', { title: 'Nytt' }), 'added'),
        change('n3', D3, undefined, 'deleted'),
      ],
    });
    expect(pages.filter((p) => p.entry.id === 'nytt')).toEqual([]);
    expect(archivedPages(catalog, [], new Map(), pageData)).toEqual({ pages: [], current: new Map() });
  });
});

describe('around the frozen pages', () => {
  it('shows a frozen page the changes up to its day, all of them on the live page', () => {
    const changes = [{ day: '2026-12-06' }, { day: '2026-12-05' }, { day: '2026-12-01' }];
    expect(changesUntil(changes, '2026-12-05')).toEqual([{ day: '2026-12-05' }, { day: '2026-12-01' }]);
    expect(changesUntil(changes, undefined)).toEqual(changes);
  });

  it('cites a version by its day, beside the address that keeps showing it', () => {
    const url = 'https://insyn.example/arkiv/2026-12-05/uppdrag/heltid/#innehall';
    expect(citation({ title: 'Heltid', url, changed: { day: '2026-12-05', scope: 'version' }, owner: 'K' }, 'sv')).toBe(
      `Heltid. K, Insyn. Version från 5 december 2026, ${url}.`,
    );
  });

  it('leaves the frozen pages out of the sitemap', () => {
    expect(pagePathOf('arkiv/2026-12-05/uppdrag/heltid/index.html')).toBeUndefined();
    expect(pagePathOf('uppdrag/heltid/index.html')).toBe('/uppdrag/heltid/');
  });

  it('renders a version’s text as the page does, its headings one level down', () => {
    expect(
      textHtml('Text med [länk](https://x.example/).\n\n## Del\n\nMer <abbr title="regionstyrelsen">RS</abbr>.'),
    ).toBe(
      '<p>Text med <a href="https://x.example/">länk</a>.</p>\n<h3>Del</h3>\n<p>Mer <abbr title="regionstyrelsen">RS</abbr>.</p>\n',
    );
  });
});

describe('links on a frozen page to entries deleted since', () => {
  const live = (ref: { collection: string; id: string }) => ref.id !== 'borttaget';

  it('become plain text, the name kept; links to entries still there, and other links, stay', () => {
    const html =
      '<li><a href="/uppdrag/borttaget/" lang="sv">Borttaget</a> <a class="x" href="/planer/borttaget/flode.xml">flöde</a></li>' +
      '<a href="/uppdrag/heltid/#status">Heltid</a> <a href="/sok/">Sök</a> <link href="/uppdrag/borttaget/">';
    expect(unlinkGone(html, live)).toBe(
      '<li><a lang="sv">Borttaget</a> <a class="x">flöde</a></li>' +
        '<a href="/uppdrag/heltid/#status">Heltid</a> <a href="/sok/">Sök</a> <link href="/uppdrag/borttaget/">',
    );
  });
});
