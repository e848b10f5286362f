/**
 * Change notes for the lists of records a reader follows period by period or year by year:
 * an uppdrag's statuses, a nyckeltal's results, targets and statistics, a plan's activity
 * counts and the decisions behind it. Each new, changed or removed record is one note with
 * its values before and after (src/lib/history/change-notes.ts puts them together).
 */
import { joinList } from '#lib/core/format.ts';
import { isKeyOf, isRecord } from '#lib/core/guards.ts';
import { ACTIVITY_COUNT_LABELS, DECISION_ROLE_LABELS, STATUS_LABELS } from '#lib/core/labels.ts';
import { CHANGE_NOTES } from './history-text.ts';
import {
  type ChangeNote,
  type Context,
  dataOf,
  type EntryVersion,
  isNumber,
  keyed,
  note,
  numbers,
  plain,
  same,
  shorten,
  textPair,
  unitOf,
  valueIn,
} from './note-values.ts';

const statusWord = (status: unknown) =>
  typeof status === 'string' && isKeyOf(STATUS_LABELS, status) ? STATUS_LABELS[status] : CHANGE_NOTES.noStatus;

/** Notes on an uppdrag's statuses or a nyckeltal's results, period by period. */
export function periodNotes(kind: 'statuses' | 'results', ctx: Context): ChangeNote[] {
  const before = keyed(dataOf(ctx.before)[kind], 'period');
  const after = keyed(dataOf(ctx.after)[kind], 'period');
  const results = kind === 'results';
  const comment = results ? 'comment' : 'text';
  const unit = { before: unitOf(ctx.before), after: unitOf(ctx.after) };
  const at = (version: 'before' | 'after', text: string | undefined) =>
    valueIn(version === 'before' ? ctx.before : ctx.after, kind, text);
  /** The result as a reader reads it: the value with its unit (none when it cannot be measured) and the status. */
  const result = (item: Record<string, unknown>, version: 'before' | 'after') => {
    const value = isNumber(item.value) ? numbers([item.value], unit[version])[0] : undefined;
    return at(version, results ? CHANGE_NOTES.result(value, statusWord(item.status)) : statusWord(item.status));
  };
  const notes: ChangeNote[] = [];
  const latestBefore = [...before.values()].at(-1);
  for (const [id, now] of after) {
    const was = before.get(id);
    const period = ctx.names.period(id);
    if (!was) {
      notes.push(
        note(
          results ? CHANGE_NOTES.resultPublished(period) : CHANGE_NOTES.statusPublished(period),
          undefined,
          result(now, 'after'),
        ),
      );
      // A new period's status beside the last one reported: the transition a reader looks for.
      if (latestBefore && now.status && latestBefore.status && latestBefore.status !== now.status)
        notes.push(
          note(
            CHANGE_NOTES.statusChanged,
            at('before', statusWord(latestBefore.status)),
            at('after', statusWord(now.status)),
          ),
        );
      continue;
    }
    if (same(was, now)) continue;
    const own: ChangeNote[] = [];
    if (results && !same(was.value, now.value)) {
      const [from, to] =
        isNumber(was.value) && isNumber(now.value)
          ? numbers([was.value, now.value], unit.after)
          : [result(was, 'before')?.text, result(now, 'after')?.text];
      own.push(note(CHANGE_NOTES.resultChanged(period), at('before', from), at('after', to)));
    }
    if (was.status !== now.status)
      own.push(
        note(
          CHANGE_NOTES.statusCorrected(period),
          at('before', statusWord(was.status)),
          at('after', statusWord(now.status)),
        ),
      );
    if (!same(was[comment], now[comment])) {
      const [from, to] =
        typeof was[comment] === 'string' && typeof now[comment] === 'string'
          ? textPair(was[comment], now[comment]).map(CHANGE_NOTES.quoted)
          : [undefined, undefined];
      const what = results ? CHANGE_NOTES.resultCommentChanged(period) : CHANGE_NOTES.statusTextChanged(period);
      own.push(note(what, at('before', from), at('after', to)));
    }
    notes.push(...(own.length > 0 ? own : [note(CHANGE_NOTES.details)]));
  }
  for (const [id, was] of before)
    if (!after.has(id)) notes.push(note(CHANGE_NOTES.periodRemoved(ctx.names.period(id)), result(was, 'before')));
  return notes;
}

/** Notes on a nyckeltal's targets, year by year. */
export function targetNotes(ctx: Context): ChangeNote[] {
  const before = keyed(dataOf(ctx.before).targets, 'year');
  const after = keyed(dataOf(ctx.after).targets, 'year');
  const value = (item: Record<string, unknown>, version: EntryVersion) =>
    valueIn(version, 'targets', isNumber(item.value) ? numbers([item.value], unitOf(version))[0] : undefined);
  const notes: ChangeNote[] = [];
  for (const [year, now] of after) {
    const was = before.get(year);
    if (!was) {
      notes.push(note(CHANGE_NOTES.targetAdded(Number(year)), undefined, value(now, ctx.after)));
      continue;
    }
    if (!same(was.value, now.value)) {
      const [from, to] =
        isNumber(was.value) && isNumber(now.value)
          ? numbers([was.value, now.value], unitOf(ctx.after))
          : [undefined, undefined];
      notes.push(
        note(
          CHANGE_NOTES.targetChanged(Number(year)),
          valueIn(ctx.before, 'targets', from),
          valueIn(ctx.after, 'targets', to),
        ),
      );
    }
    if (!same(was.note, now.note)) {
      const text = (v: unknown) => (typeof v === 'string' ? CHANGE_NOTES.quoted(shorten(plain(v))) : undefined);
      notes.push(
        note(
          CHANGE_NOTES.targetNoteChanged(Number(year)),
          valueIn(ctx.before, 'targets', text(was.note)),
          valueIn(ctx.after, 'targets', text(now.note)),
        ),
      );
    }
  }
  for (const [year, was] of before)
    if (!after.has(year)) notes.push(note(CHANGE_NOTES.targetRemoved(Number(year)), value(was, ctx.before)));
  return notes;
}

/** The years a nyckeltal's statistics hold a value for, in any area. */
function seriesYears(series: unknown): Set<number> {
  const years = new Set<number>();
  if (!Array.isArray(series)) return years;
  for (const area of series)
    if (isRecord(area) && Array.isArray(area.values))
      for (const v of area.values) if (isRecord(v) && isNumber(v.year) && isNumber(v.value)) years.add(v.year);
  return years;
}

/**
 * Kolada's yearly values for every region are too many to list: the note names the years
 * that were added, else says that the statistics were updated.
 */
export function seriesNotes(ctx: Context): ChangeNote[] {
  const before = seriesYears(dataOf(ctx.before).series);
  const added = [...seriesYears(dataOf(ctx.after).series)].filter((year) => !before.has(year)).sort((a, b) => a - b);
  return [note(added.length > 0 ? CHANGE_NOTES.seriesYears(joinList(added.map(String))) : CHANGE_NOTES.series)];
}

/** An activity count per status, in words: `3 planerade, 10 pågående enligt plan`. */
function countsText(counts: unknown): string | undefined {
  if (!isRecord(counts)) return undefined;
  const parts = Object.entries(ACTIVITY_COUNT_LABELS).flatMap(([status, word]) =>
    isNumber(counts[status]) ? [CHANGE_NOTES.count(counts[status], word)] : [],
  );
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** Notes on a plan's activity counts, period by period. */
export function countNotes(ctx: Context): ChangeNote[] {
  const before = keyed(dataOf(ctx.before).counts, 'period');
  const after = keyed(dataOf(ctx.after).counts, 'period');
  const at = (version: EntryVersion, text: string | undefined) => valueIn(version, 'counts', text);
  const report = (value: unknown) =>
    typeof value === 'string' ? ctx.names.entry?.({ collection: 'reports', id: value }) : undefined;
  const notes: ChangeNote[] = [];
  for (const [id, now] of after) {
    const was = before.get(id);
    const period = ctx.names.period(id);
    if (!was) notes.push(note(CHANGE_NOTES.countsPublished(period), undefined, at(ctx.after, countsText(now.counts))));
    else if (!same(was.counts, now.counts))
      notes.push(
        note(
          CHANGE_NOTES.countsChanged(period),
          at(ctx.before, countsText(was.counts)),
          at(ctx.after, countsText(now.counts)),
        ),
      );
    else if (!same(was, now))
      notes.push(
        note(
          CHANGE_NOTES.countsSourceChanged(period),
          at(ctx.before, report(was.report)),
          at(ctx.after, report(now.report)),
        ),
      );
  }
  for (const [id, was] of before)
    if (!after.has(id))
      notes.push(note(CHANGE_NOTES.countsRemoved(ctx.names.period(id)), at(ctx.before, countsText(was.counts))));
  return notes;
}

/** Notes on the decisions that adopted and revised a plan. */
export function planDecisionNotes(ctx: Context): ChangeNote[] {
  const before = keyed(dataOf(ctx.before).decisions, 'decision');
  const after = keyed(dataOf(ctx.after).decisions, 'decision');
  const name = (id: string) => ctx.names.entry?.({ collection: 'decisions', id });
  const role = (value: unknown) =>
    typeof value === 'string' && isKeyOf(DECISION_ROLE_LABELS, value) ? DECISION_ROLE_LABELS[value] : undefined;
  const withRole = (id: string, item: Record<string, unknown>) => {
    const [decision, did] = [name(id), role(item.role)];
    return decision && did ? CHANGE_NOTES.withRole(decision, did) : decision;
  };
  const notes: ChangeNote[] = [];
  for (const [id, now] of after) {
    const was = before.get(id);
    if (!was)
      notes.push(note(CHANGE_NOTES.planDecisionAdded, undefined, valueIn(ctx.after, 'decisions', withRole(id, now))));
    else if (!same(was, now)) {
      const decision = name(id);
      notes.push(
        decision
          ? note(
              CHANGE_NOTES.planDecisionRole(decision),
              valueIn(ctx.before, 'decisions', role(was.role)),
              valueIn(ctx.after, 'decisions', role(now.role)),
            )
          : note(CHANGE_NOTES.details),
      );
    }
  }
  for (const [id, was] of before)
    if (!after.has(id))
      notes.push(note(CHANGE_NOTES.planDecisionRemoved, valueIn(ctx.before, 'decisions', withRole(id, was))));
  return notes;
}
