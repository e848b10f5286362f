/**
 * An example note (`illustrative`) is written at a period: "… status per april 2024 … utfall
 * och status är exempel". A real result or status for a later period, added under a note
 * that still calls the results or statuses examples, would be shown as an example. This
 * finds such results, for `npm run check` (a warning) and the editor (a question beside the form).
 */
import { PERIOD_KINDS } from '../../schemas/plan.ts';
import { isExampleField } from './examples.ts';
import { recordOrEmpty, textOf } from './records.ts';
import { periodName } from '../core/titles.ts';

export interface NotePeriod {
  kind: (typeof PERIOD_KINDS)[number];
  year: number;
}

/** The word a note uses for a period's kind: "april 2024", "augusti 2024", "helåret 2024". */
const KIND_WORDS: Record<NotePeriod['kind'], string> = { april: 'april', augusti: 'augusti', helar: 'helår' };

/** Periods in time order: by year, then april, augusti, helår. */
function order({ kind, year }: NotePeriod): number {
  return year * 10 + PERIOD_KINDS.indexOf(kind);
}

/** The latest of `periods` that the note names, as "april 2024" or "helåret 2024"; undefined when it names none. */
export function notePeriod(note: string, periods: readonly NotePeriod[]): NotePeriod | undefined {
  const text = note.toLowerCase();
  const named = periods.filter(({ kind, year }) => new RegExp(`${KIND_WORDS[kind]}\\S* ${year}\\b`).test(text));
  return named.sort((a, b) => order(b) - order(a))[0];
}

export interface OutdatedNote {
  /** The field path of the result or status, as `npm run check` names fields. */
  field: string;
  period: string;
  note: string;
  notePeriod: NotePeriod;
}

/**
 * The results (nyckeltal) or statuses (uppdrag) for a period later than the one their
 * entry's example note was written at, while the note still covers them.
 */
export function outdatedExampleNote(
  collection: 'uppdrag' | 'nyckeltal',
  data: Record<string, unknown>,
  periods: ReadonlyMap<string, NotePeriod>,
): OutdatedNote[] {
  const key = collection === 'nyckeltal' ? 'results' : 'statuses';
  const note = textOf(data.illustrative);
  if (!note || !isExampleField(data, key)) return [];
  const written = notePeriod(note, [...periods.values()]);
  if (!written) return [];
  const list = data[key];
  return (Array.isArray(list) ? list : []).flatMap((item: unknown, index) => {
    // A file holds the period's id; parsed content holds a reference `{ collection, id }`.
    const ref = recordOrEmpty(item).period;
    const period = textOf(ref) ?? textOf(recordOrEmpty(ref).id);
    const when = period === undefined ? undefined : periods.get(period);
    return period && when && order(when) > order(written) ? [{ field: `${key}[${index}]`, period, note, notePeriod: written }] : [];
  });
}

/**
 * What `npm run check` and the editor say about one such result or status: which period,
 * what the note says, and what to do.
 */
export function outdatedNoteMessage(collection: 'uppdrag' | 'nyckeltal', outdated: OutdatedNote, periods: ReadonlyMap<string, NotePeriod>): string {
  const when = periods.get(outdated.period);
  const what = collection === 'nyckeltal' ? { one: 'utfallet', many: 'utfall och status', key: 'results' } : { one: 'statusen', many: 'status', key: 'statuses' };
  return `${what.one} för ${when ? periodName(when) : outdated.period} är nyare än exempelnoten (illustrative), som skrevs ${periodName(outdated.notePeriod)} och säger att ${what.many} är exempel: är ${what.one} riktigt, skriv om noten och ta bort ${what.key} ur exampleFields`;
}
