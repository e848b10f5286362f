/**
 * The catalogue as it stood at the end of each day (src/lib/history/day-catalogs.ts), from
 * fixture histories of the sample site: an entry created, changed on two days and deleted;
 * versions today's schema refuses, and the entries that link to them; and which pages would
 * show such an entry.
 */
import { describe, expect, it } from 'vitest';
import { type Catalog, resolve } from '#lib/core/catalog.ts';
import { dayCatalogs, nearUnreadable, readVersion } from '#lib/history/day-catalogs.ts';
import { change, sampleFile, sampleHistory } from '../helpers/sample-history.ts';
import { SAMPLE_FILES, SAMPLE_PLAN } from '../helpers/sample-site.ts';

const D2 = '2026-12-03T10:00:00+01:00';
const D3 = '2026-12-05T10:00:00+01:00';

/** `heltid` with its August status set to `status`. */
function heltidIn(august: string): string {
  const [april] = SAMPLE_FILES.uppdrag.heltid.statuses;
  return sampleFile('uppdrag/heltid', {
    statuses: [april, { period: 'per-augusti-2024', status: august, text: `Läget i augusti: ${august}.` }],
  });
}

const augustOf = (catalog: Catalog) =>
  resolve(catalog, { collection: 'uppdrag', id: 'heltid' })?.data.statuses.find(
    (s) => s.period.id === 'per-augusti-2024',
  )?.status;

describe('dayCatalogs', () => {
  const nytt = sampleFile('uppdrag/samverkan', { title: 'Ett nytt uppdrag' });
  const days = dayCatalogs(
    sampleHistory({
      'uppdrag/heltid': [change('h2', D2, heltidIn('ej-uppfyllt')), change('h3', D3, heltidIn('delvis-uppfyllt'))],
      'uppdrag/nytt': [change('n2', D2, nytt, 'added'), change('n3', D3, undefined, 'deleted')],
    }),
  );

  it('gives one catalogue per day with a change, oldest first', () => {
    expect(days.map((d) => d.day)).toEqual(['2026-12-01', '2026-12-03', '2026-12-05']);
    expect(days.every((d) => d.unreadable.size === 0)).toBe(true);
  });

  it('holds each entry as its last change on or before the day left it', () => {
    expect(days.map((d) => augustOf(d.catalog))).toEqual(['helt-uppfyllt', 'ej-uppfyllt', 'delvis-uppfyllt']);
  });

  it('leaves out an entry before it was created and after it was deleted', () => {
    const nyttIn = (catalog: Catalog) => resolve(catalog, { collection: 'uppdrag', id: 'nytt' })?.data.title;
    expect(days.map((d) => nyttIn(d.catalog))).toEqual([undefined, 'Ett nytt uppdrag', undefined]);
  });

  it('reads each version once: an entry unchanged between days is the same entry', () => {
    const plan = (catalog: Catalog) => resolve(catalog, { collection: 'plans', id: SAMPLE_PLAN });
    expect(plan(days[0].catalog)).toBeDefined();
    expect(plan(days[2].catalog)).toBe(plan(days[0].catalog));
  });

  it('takes the day in Sweden: a change at 23:30 UTC belongs to the next day', () => {
    const late = dayCatalogs(
      sampleHistory({ 'uppdrag/heltid': [change('late', '2026-12-02T23:30:00Z', heltidIn('ej-uppfyllt'))] }),
    );
    expect(late.map((d) => d.day)).toEqual(['2026-12-01', '2026-12-03']);
  });
});

describe('versions that no longer validate', () => {
  // `vantetider` published on 3 December with a status word today's schema does not know, corrected on 5 December.
  const refused = sampleFile('uppdrag/vantetider', {
    statuses: [{ period: 'per-april-2024', status: 'pagaende', text: 'Pågår.' }],
  });
  const days = dayCatalogs(
    sampleHistory({
      'uppdrag/vantetider': [change('v2', D2, refused), change('v3', D3, sampleFile('uppdrag/vantetider'))],
    }),
  );

  it('leaves the entry out of that day and lists it as unreadable, with the ids its file mentions', () => {
    const [, second, third] = days;
    expect(resolve(second.catalog, { collection: 'uppdrag', id: 'vantetider' })).toBeUndefined();
    expect([...second.unreadable.keys()]).toEqual(['uppdrag/vantetider']);
    expect(second.unreadable.get('uppdrag/vantetider')).toContain(SAMPLE_PLAN);
    expect(resolve(third.catalog, { collection: 'uppdrag', id: 'vantetider' })).toBeDefined();
    expect(third.unreadable.size).toBe(0);
  });

  it('leaves out an entry that links to an unreadable one: its link would dangle', () => {
    const broken = sampleFile('decisions/rs-2023-11-08-100', { paragraph: 'hundra' });
    const [, day] = dayCatalogs(sampleHistory({ 'decisions/rs-2023-11-08-100': [change('d2', D2, broken)] }));
    // heltid and the plan name the decision, and every item of the plan names the plan.
    expect([...day.unreadable.keys()]).toEqual(
      expect.arrayContaining([
        'decisions/rs-2023-11-08-100',
        'uppdrag/heltid',
        `plans/${SAMPLE_PLAN}`,
        'uppdrag/samverkan',
      ]),
    );
    expect(resolve(day.catalog, { collection: 'uppdrag', id: 'heltid' })).toBeUndefined();
    expect(resolve(day.catalog, { collection: 'units', id: 'kansliet' })).toBeDefined();
    expect(resolve(day.catalog, { collection: 'plans', id: 'regionplan-2024' })).toBeDefined();
  });

  it('finds the pages that would show it: the plan it belongs to, not an uppdrag beside it', () => {
    const [first, second] = days;
    expect(nearUnreadable(second, [{ collection: 'plans', id: SAMPLE_PLAN }], 2)).toBe(true);
    expect(nearUnreadable(second, [{ collection: 'uppdrag', id: 'heltid' }], 1)).toBe(false);
    expect(nearUnreadable(first, [{ collection: 'plans', id: SAMPLE_PLAN }], 2)).toBe(false);
  });

  it('counts a file that cannot be read at all as near every entry whose id it mentions', () => {
    const [, day] = dayCatalogs(
      sampleHistory({ 'uppdrag/samverkan': [change('s2', D2, '---\ntitle: [\nplan: rs-plan-2024\n---\n')] }),
    );
    expect(day.unreadable.get('uppdrag/samverkan')).toContain(SAMPLE_PLAN);
    expect(nearUnreadable(day, [{ collection: 'plans', id: SAMPLE_PLAN }], 1)).toBe(true);
  });

  it('reads a version through the live schema without the rules across entries', () => {
    expect(readVersion({ collection: 'uppdrag', id: 'vantetider' }, refused)).toBeUndefined();
    expect(
      readVersion({ collection: 'uppdrag', id: 'x' }, sampleFile('uppdrag/heltid', { decisions: ['saknas'] })),
    ).toBeDefined();
  });
});

describe('links written before an entry’s id changed', () => {
  it('read as pointing at the id it has today, under which the history keeps it', () => {
    const decision = 'decisions/rs-2023-11-08-100';
    const renamed = { ...change('r2', D2, sampleFile(decision)), from: 'rs-gammalt' };
    const days = dayCatalogs(
      sampleHistory({
        'uppdrag/heltid': [
          change('h1', '2026-12-01T12:00:00+01:00', sampleFile('uppdrag/heltid', { decisions: ['rs-gammalt'] })),
          change('h2', D2, sampleFile('uppdrag/heltid')),
        ],
        [decision]: [renamed],
      }),
    );
    const heltid = resolve(days[0].catalog, { collection: 'uppdrag', id: 'heltid' });
    expect(days[0].unreadable.size).toBe(0);
    expect(heltid?.data.decisions).toEqual([{ collection: 'decisions', id: 'rs-2023-11-08-100' }]);
  });
});
