/** The /senaste-andringar/ page model: the changes as shaped for the list, each day in words and each entry's notes. */
import { describe, expect, it } from 'vitest';
import { indexHistory, type NotesOf } from '#lib/history/git-history.ts';
import { shapeRecent, shownNotes } from '#lib/history/recent-changes.ts';
import { recentChangesPage } from '#lib/views/recent-changes-page.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

/** A modified entry says what changed in it; an added one has no notes, so its line names the kind of change. */
const notes: NotesOf = (_commit, file) => (file.kind === 'modified' ? [{ what: `ändrad ${file.path}` }] : []);

const history = indexHistory(
  [
    {
      sha: 'c'.repeat(40),
      date: '2024-09-01T23:30:00+02:00',
      parents: [],
      notes: [],
      files: [
        { kind: 'modified', path: 'nyckeltal/rs-plan-2024/frisktal.json' },
        { kind: 'added', path: 'uppdrag/rs-plan-2024/heltid.mdx' },
      ],
    },
  ],
  notes,
);

describe('recentChangesPage', () => {
  it('keeps what shapeRecent gives, with the day in words and each entry with the notes its line shows', () => {
    const shaped = shapeRecent(history, catalog, 'sv', 'https://example.org/insyn');
    const page = recentChangesPage(history, catalog, 'sv', 'https://example.org/insyn');
    expect(page.total).toBe(shaped.total);
    expect(page.items).toHaveLength(shaped.items.length);
    const [item] = page.items;
    expect(item).toMatchObject({ ...shaped.items[0], entries: expect.any(Array) });
    expect(item.dayText).toBe('1 september 2024');
    expect(item.entries.map((e) => e.shown)).toEqual(shaped.items[0].entries.map((e) => shownNotes(e, 'sv')));
    expect(item.entries.some((e) => e.notes.length === 0 && e.shown.length === 1)).toBe(true);
  });
});
