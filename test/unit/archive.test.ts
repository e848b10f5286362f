/**
 * Pages as they were (src/lib/history/archive.ts): which versions of an entry get a frozen
 * page under /arkiv/, that a version is validated as the live content is and left out when
 * today's schema refuses it, and how the history, the citation and the sitemap treat them.
 */
import { describe, expect, it } from 'vitest';
import { entryMdx } from '#lib/content/content-writer.ts';
import { textHtml } from '#lib/content/text-html.ts';
import type { Change } from '#lib/history/git-history.ts';
import {
  archivedPages,
  changesUntil,
  supersededVersions,
  versionEntry,
  versionsByEntry,
} from '#lib/history/archive.ts';
import { pagePathOf } from '#lib/open-data/sitemap.ts';
import { citation } from '#lib/views/cite.ts';
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
  const byEntry = new Map<string, Change[]>([
    [
      'uppdrag/heltid',
      [
        change('3', '2026-12-06T10:00:00+01:00', heltid(april('helt-uppfyllt'))),
        change('2', '2026-12-05T10:00:00+01:00', heltid(april('pagaende'))),
        change('1', '2026-12-01T10:00:00+01:00', heltid(april('ej-uppfyllt')), 'added'),
      ],
    ],
    // An entry since removed from the content has no live page to be a version of.
    [
      'uppdrag/borttaget',
      [
        change('b', '2026-12-06T10:00:00+01:00', undefined, 'deleted'),
        change('a', '2026-12-01T10:00:00+01:00', heltid(april('ej-uppfyllt')), 'added'),
      ],
    ],
    // A plan's page shows its items' statuses from today's items: no frozen copy of it.
    [
      `plans/${SAMPLE_PLAN}`,
      [
        change('p2', '2026-12-06T10:00:00+01:00', JSON.stringify(SAMPLE_FILES.plans[SAMPLE_PLAN])),
        change('p1', '2026-12-01T10:00:00+01:00', JSON.stringify(SAMPLE_FILES.plans[SAMPLE_PLAN]), 'added'),
      ],
    ],
  ]);

  it('gives a page per valid superseded version of each entry still there whose figures are its own, at /arkiv/<day>/<live path>', () => {
    const pages = archivedPages(catalog, byEntry);
    // The version of 5 December no longer validates and is left out, not invented.
    expect(pages.map((p) => [p.href, p.liveHref, p.day])).toEqual([
      ['/arkiv/2026-12-01/uppdrag/heltid/', '/uppdrag/heltid/', '2026-12-01'],
    ]);
    expect(versionsByEntry(pages).get('uppdrag/heltid')).toEqual([
      { day: '2026-12-01', href: '/arkiv/2026-12-01/uppdrag/heltid/' },
    ]);
  });

  it('has no pages without history', () => {
    expect(archivedPages(catalog, new Map())).toEqual([]);
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
