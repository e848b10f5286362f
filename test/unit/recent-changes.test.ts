/** The site-wide list of changes and its Atom feed, shaped from a history without git. */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '#lib/core/atom.ts';
import { escapeXml } from '#lib/core/xml.ts';
import { type Commit, indexHistory, type NotesOf } from '#lib/history/git-history.ts';
import { sv } from '#lib/i18n/sv.ts';
import {
  ENTRIES_PER_CHANGE,
  entryNote,
  RECENT_LIMIT,
  recentFeedEntries,
  shapeRecent,
} from '#lib/history/recent-changes.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

const commit = (sha: string, date: string, notes: string[], files: Commit['files']): Commit => ({
  sha,
  date,
  parents: [],
  notes,
  files,
});

/** Every change visible, each said by its kind: what the content diff would say is tested in change-notes.test.ts. */
const byKind: NotesOf = (_commit, file) => [{ what: `${file.kind} ${file.path}` }];

describe('recent changes', () => {
  it('names and links the changed entries, says which no longer exist, and counts what it leaves out', () => {
    const many = [
      ...catalog.uppdrag.keys(),
      ...Array.from({ length: ENTRIES_PER_CHANGE }, (_, i) => `borta-${i}`),
    ].slice(0, ENTRIES_PER_CHANGE + 3);
    expect(many).toHaveLength(ENTRIES_PER_CHANGE + 3);
    const history = indexHistory(
      [
        commit(
          'b'.repeat(40),
          '2024-09-01T10:00:00+02:00',
          [],
          [
            { kind: 'deleted', path: 'uppdrag/gammalt-uppdrag.mdx' },
            { kind: 'modified', path: 'nyckeltal/rs-plan-2024/frisktal.json' },
          ],
        ),
        commit(
          'a'.repeat(40),
          '2024-08-01T10:00:00+02:00',
          ['Uppdragen i planen publicerade.'],
          many.map((id) => ({ kind: 'added' as const, path: `uppdrag/x/${id}.mdx` })),
        ),
      ],
      byKind,
    );
    const { items, total } = shapeRecent(history, catalog, 'sv', 'https://example.org/insyn');
    expect(total).toBe(2);
    // Without a note from staff the headline counts the entries; with one, it is the note.
    expect(items.map((i) => i.headline)).toEqual(['2 poster ändrade', 'Uppdragen i planen publicerade.']);
    expect(items[0].commitHref).toBe(`https://example.org/insyn/commit/${'b'.repeat(40)}`);
    expect(items[0].entries).toEqual([
      {
        kind: 'Uppdrag',
        title: 'gammalt-uppdrag',
        change: 'deleted',
        notes: [{ what: 'deleted uppdrag/gammalt-uppdrag.mdx' }],
      },
      {
        kind: 'Nyckeltal',
        title: catalog.nyckeltal.get('frisktal')!.data.title,
        href: '/nyckeltal/frisktal/',
        change: 'modified',
        notes: [{ what: 'modified nyckeltal/rs-plan-2024/frisktal.json' }],
      },
    ]);
    expect(entryNote(items[0].entries[0], 'sv')).toBe(
      'uppdrag: deleted uppdrag/gammalt-uppdrag.mdx, finns inte längre på webbplatsen',
    );
    expect(entryNote(items[0].entries[1], 'sv')).toBe('nyckeltal: modified nyckeltal/rs-plan-2024/frisktal.json');
    // Staff's note is the headline, not repeated beside every entry.
    expect(items[1].entries[0].notes).toEqual([{ what: `added uppdrag/x/${many[0]}.mdx` }]);
    expect(items[1].entries).toHaveLength(ENTRIES_PER_CHANGE);
    expect(items[1].more).toBe(3);

    const feed = recentFeedEntries(items, '/senaste-andringar/', (path) => new URL(path, 'https://insyn.example').href);
    expect(feed[0].href).toBe(`https://insyn.example/senaste-andringar/#${items[0].anchor}`);
    expect(feed[0].id).toBe(feed[0].href);
    expect(feed[0].updated).toBe(items[0].date);
    const frisktal = items[0].entries[1];
    expect(feed[0].html).toBe(
      `<ul><li>gammalt-uppdrag (${entryNote(items[0].entries[0], 'sv')})</li>` +
        `<li><a href="https://insyn.example${frisktal.href}">${escapeXml(frisktal.title)}</a> (${entryNote(frisktal, 'sv')})</li></ul>`,
    );
    expect(feed[1].html!.match(/<li>/g)).toHaveLength(ENTRIES_PER_CHANGE + 1);
    expect(feed[1].html).toContain(`<li>${sv.history.recent.more(3)}</li>`);
  });

  it('gives each changed value before and after, in words on the page and in <del> and <ins> in the feed', () => {
    const corrected: NotesOf = () => [
      {
        what: 'Utfall per april 2024 ändrat',
        from: { text: '82,5\u00a0%', example: true },
        to: { text: '83,0\u00a0%', example: true },
      },
      { what: 'Målvärde 2025 tillagt', to: { text: '90\u00a0%' } },
    ];
    const history = indexHistory(
      [
        commit(
          'c'.repeat(40),
          '2024-05-07T10:00:00+02:00',
          [],
          [{ kind: 'modified', path: 'nyckeltal/x/frisktal.json' }],
        ),
      ],
      corrected,
    );
    const { items } = shapeRecent(history, catalog, 'sv');
    const [entry] = items[0].entries;
    expect(entryNote(entry, 'sv')).toBe(
      'nyckeltal: Utfall per april 2024 ändrat från 82,5\u00a0% (exempel) till 83,0\u00a0% (exempel); Målvärde 2025 tillagt: 90\u00a0%',
    );
    // One entry's several changes are named in the headline; their values stand in the entry's line.
    expect(items[0].headline).toBe('Utfall per april 2024 ändrat, Målvärde 2025 tillagt');
    const [feed] = recentFeedEntries(
      items,
      '/senaste-andringar/',
      (path) => new URL(path, 'https://insyn.example').href,
    );
    expect(feed.html).toContain(
      '(nyckeltal: Utfall per april 2024 ändrat från <del>82,5\u00a0% (exempel)</del> till <ins>83,0\u00a0% (exempel)</ins>; Målvärde 2025 tillagt: <ins>90\u00a0%</ins>)',
    );
  });

  it(`shows at most the ${RECENT_LIMIT} newest changes`, () => {
    const commits = Array.from({ length: RECENT_LIMIT + 5 }, (_, i) =>
      commit(
        String(i).padStart(40, '0'),
        new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
        [`Ändring ${i}`],
        [{ kind: 'modified', path: 'nyckeltal/frisktal.json' }],
      ),
    ).reverse();
    const { items, total } = shapeRecent(indexHistory(commits, byKind), catalog, 'sv');
    expect(total).toBe(RECENT_LIMIT + 5);
    expect(items).toHaveLength(RECENT_LIMIT);
    expect(items[0].headline).toBe(`Ändring ${RECENT_LIMIT + 4}`);
    expect(items.every((i) => i.commitHref === undefined)).toBe(true);
  });
});

describe('Atom feed', () => {
  it('escapes every text so that any commit message gives well-formed XML', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;'&amp;'&lt;/a&gt;");
    const xml = atomFeed({
      id: 'https://insyn.example.org/senaste-andringar/',
      title: 'Senaste ändringar',
      updated: '2024-09-01T10:00:00+02:00',
      self: 'https://insyn.example.org/senaste-andringar/flode.xml',
      alternate: 'https://insyn.example.org/senaste-andringar/',
      author: 'Region Jämtland Härjedalen',
      entries: [
        {
          id: 'https://insyn.example.org/senaste-andringar/#andring-1',
          title: 'Rätta <b>fel</b> & "citat"',
          updated: '2024-09-01T10:00:00+02:00',
          href: 'https://insyn.example.org/senaste-andringar/#andring-1',
          html: '<ul><li><a href="https://insyn.example.org/nyckeltal/frisktal/">Frisktal &amp; mer</a></li></ul>',
        },
      ],
    });
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const entry = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml).feed.entry;
    expect(entry.title).toBe('Rätta <b>fel</b> & "citat"');
    expect(entry.content['#text']).toContain(
      '<a href="https://insyn.example.org/nyckeltal/frisktal/">Frisktal &amp; mer</a>',
    );
  });
});
