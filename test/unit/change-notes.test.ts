/** What a change means for a visitor, from an entry's content before and after. */
import { describe, expect, it } from 'vitest';
import { changeNotes, entryVersion, staffNotes } from '#lib/history/change-notes.ts';
import { headlineOf } from '#lib/history/recent-changes.ts';

const name = (id: string) => id.replace(/-(\d{4})$/, ' $1').replace(/-/g, ' ');
const json = (data: unknown) => entryVersion('nyckeltal', JSON.stringify(data, null, 2));
const nyckeltal = (results: unknown[], extra: Record<string, unknown> = {}) =>
  json({ $schema: '../../x.json', title: 'Frisktal', unit: '%', results, ...extra });

describe('change notes', () => {
  const april = { period: 'per-april-2024', value: 80, status: 'delvis-uppfyllt' };

  it('says a new entry was published and an old one removed', () => {
    expect(changeNotes(undefined, nyckeltal([]), name)).toEqual(['Publicerad på Insyn']);
    expect(changeNotes(nyckeltal([]), undefined, name)).toEqual(['Borttagen från Insyn']);
  });

  it("names a new period's result, and the change of status since the last report", () => {
    const august = { period: 'per-augusti-2024', value: 70, status: 'ej-uppfyllt' };
    expect(changeNotes(nyckeltal([april]), nyckeltal([april, august]), name)).toEqual([
      'Utfall per augusti 2024 publicerat',
      'Status ändrad från Delvis uppfyllt till Ej uppfyllt',
    ]);
    const same = { ...august, status: 'delvis-uppfyllt' };
    expect(changeNotes(nyckeltal([april]), nyckeltal([april, same]), name)).toEqual([
      'Utfall per augusti 2024 publicerat',
    ]);
  });

  it("names an uppdrag's new status, and a corrected one", () => {
    const uppdrag = (statuses: unknown[]) =>
      entryVersion('uppdrag', `---\ntitle: Ett uppdrag\nstatuses: ${JSON.stringify(statuses)}\n---\nText.\n`);
    const aprilStatus = { period: 'per-april-2024', status: 'delvis-uppfyllt' };
    expect(
      changeNotes(
        uppdrag([aprilStatus]),
        uppdrag([aprilStatus, { period: 'helar-2024', status: 'helt-uppfyllt' }]),
        name,
      ),
    ).toEqual(['Status helar 2024 publicerad', 'Status ändrad från Delvis uppfyllt till Helt uppfyllt']);
    expect(changeNotes(uppdrag([aprilStatus]), uppdrag([{ ...aprilStatus, status: 'ej-uppfyllt' }]), name)).toEqual([
      'Status per april 2024 ändrad från Delvis uppfyllt till Ej uppfyllt',
    ]);
    expect(changeNotes(uppdrag([aprilStatus]), uppdrag([{ ...aprilStatus, text: 'Arbetet pågår.' }]), name)).toEqual([
      'Kommentar till status per april 2024 ändrad',
    ]);
  });

  it("names a corrected result and a result's changed comment", () => {
    expect(changeNotes(nyckeltal([april]), nyckeltal([{ ...april, value: 81 }]), name)).toEqual([
      'Utfall per april 2024 ändrat',
    ]);
    expect(changeNotes(nyckeltal([april]), nyckeltal([{ ...april, comment: 'Ny.' }]), name)).toEqual([
      'Kommentar till utfall per april 2024 ändrad',
    ]);
  });

  it('names a changed title, targets, text and other details', () => {
    const before = nyckeltal([april], { targets: [{ year: 2024, value: 90 }] });
    const after = nyckeltal([april], {
      title: 'Frisktal, andel',
      targets: [{ year: 2024, value: 92 }],
      unit: 'procent',
    });
    expect(changeNotes(before, after, name)).toEqual(['Namnet ändrat', 'Målvärden ändrade', 'Uppgifter ändrade']);
    const mdx = (text: string) => entryVersion('uppdrag', `---\ntitle: X\n---\n${text}`);
    expect(changeNotes(mdx('Ett.\n'), mdx('Två.\n'), name)).toEqual(['Texten ändrad']);
  });

  it('has nothing to say about changes no visitor sees', () => {
    const data = { title: 'Frisktal', unit: '%', results: [april] };
    const reordered = {
      results: [{ status: april.status, value: april.value, period: april.period }],
      unit: '%',
      title: 'Frisktal',
    };
    const compact = entryVersion('nyckeltal', JSON.stringify(data));
    const formatted = entryVersion(
      'nyckeltal',
      `${JSON.stringify({ $schema: '../y.json', ...reordered }, null, 4)}\r\n`,
    );
    expect(changeNotes(compact, formatted, name)).toBeUndefined();
    const lf = entryVersion('uppdrag', '---\ntitle: X\n---\nText.\n');
    const crlf = entryVersion('uppdrag', '---\r\ntitle: X\r\n---\r\nText.\r\n\r\n');
    expect(changeNotes(lf, crlf, name)).toBeUndefined();
  });

  it("reads staff's notes from a commit message, never its subject", () => {
    expect(
      staffNotes('Rätta utfall\n\nÄndring: Utfallet per april rättat\n  efter ny mätning.\nandring: Två.\n'),
    ).toEqual(['Utfallet per april rättat efter ny mätning.', 'Två.']);
    expect(staffNotes('Ändring i texten\n\nEn ändring: inte en rad som börjar så.')).toEqual([]);
  });

  it('heads a change by staff note, else by what its entries share, else by their count', () => {
    const ref = { collection: 'nyckeltal' as const, id: 'a' };
    const entry = (notes: string[]) => ({ ref, kind: 'modified' as const, notes });
    const commit = (notes: string[], entries: ReturnType<typeof entry>[]) => ({
      sha: 'x',
      date: '2024-09-01',
      notes,
      entries,
    });
    expect(
      headlineOf(
        commit(
          ['Delårsrapporten publicerad.'],
          [entry(['Delårsrapporten publicerad.', 'Utfall per augusti 2024 publicerat'])],
        ),
      ),
    ).toBe('Delårsrapporten publicerad.');
    const published = 'Utfall per augusti 2024 publicerat';
    expect(headlineOf(commit([], [entry([published, 'Status ändrad från A till B']), entry([published])]))).toBe(
      `${published} för 2 poster`,
    );
    expect(headlineOf(commit([], [entry([published])]))).toBe(published);
    expect(headlineOf(commit([], [entry(['Namnet ändrat']), entry([published])]))).toBe('2 poster ändrade');
  });
});
