/**
 * The report sheet: one row per uppdrag and nyckeltal of a plan, for staff to fill in one
 * period's status, value and comment in a spreadsheet, the way planning systems show a
 * period. This module decides what the sheet holds and how its columns are read back;
 * `xlsx.ts` writes and reads the workbook itself. Pure: it gets the read content.
 */
import type { SourceFile } from '#lib/content/content-files.ts';
import { recordOrEmpty, textOf } from '#lib/content/records.ts';
import { STATUS_LABELS } from '#lib/core/labels.ts';
import { PERIOD_KIND_LABELS } from '#lib/core/labels.ts';
import type { NyckeltalStatus } from '../../schemas/index.ts';
import type { ItemCollection, Mapping } from './mapping.ts';

/** The columns staff fill in, and the ones that say which entry a row is about. */
export const SHEET_COLUMNS = {
  id: 'Id',
  type: 'Typ',
  title: 'Titel',
  unit: 'Ansvarig',
  measure: 'Måttenhet',
  status: 'Status',
  value: 'Utfall',
  comment: 'Kommentar',
} as const;

const TYPE_WORDS: Record<ItemCollection, string> = { uppdrag: 'Uppdrag', nyckeltal: 'Nyckeltal' };

/** How the import reads a filled sheet: by id, with the site's own status words. */
export const REPORT_SHEET_MAPPING: Mapping = {
  description: 'Insyns rapportmall (npm run rapportmall).',
  columns: {
    id: SHEET_COLUMNS.id,
    title: SHEET_COLUMNS.title,
    type: SHEET_COLUMNS.type,
    status: SHEET_COLUMNS.status,
    value: SHEET_COLUMNS.value,
    comment: SHEET_COLUMNS.comment,
  },
  types: { [TYPE_WORDS.uppdrag]: 'uppdrag', [TYPE_WORDS.nyckeltal]: 'nyckeltal' },
  statuses: {},
  periods: {},
  // A sheet lists the whole plan; a row nobody filled in is reported as skipped, not as wrong.
  skipUnfilled: true,
};

/** The status words a row's dropdown offers: an uppdrag is never "Går ej att mäta". */
export function statusChoices(collection: ItemCollection): string[] {
  const keys = Object.keys(STATUS_LABELS) as NyckeltalStatus[];
  return keys.filter((key) => collection === 'nyckeltal' || key !== 'gar-ej-att-mata').map((k) => STATUS_LABELS[k]);
}

/** One period's result of an entry, as the sheet shows it. */
export interface SheetResult {
  status: string;
  value: number | null;
  comment: string;
}

export interface SheetRow {
  id: string;
  collection: ItemCollection;
  type: string;
  title: string;
  unit: string;
  /** The nyckeltal's unit of measurement, as `%`; empty for uppdrag. */
  measure: string;
  /** The previous period's result, for reference. */
  previous?: SheetResult;
  /** What the file already holds for the period, so that a re-filled sheet changes nothing unasked. */
  current?: SheetResult;
  /** Decimals the nyckeltal's values have had, for the number format (at most 3). */
  decimals: number;
}

export interface ReportSheet {
  planTitle: string;
  period: string;
  periodLabel: string;
  previousPeriodLabel?: string;
  rows: SheetRow[];
}

export type ReportSheetResult = { sheet: ReportSheet; problems: [] } | { sheet?: undefined; problems: string[] };

function periodLabelOf(files: readonly SourceFile[], id: string): string {
  const data = recordOrEmpty(files.find((f) => f.collection === 'periods' && f.id === id)?.data);
  const kind = String(data.kind) as keyof typeof PERIOD_KIND_LABELS;
  return PERIOD_KIND_LABELS[kind] && typeof data.year === 'number' ? `${PERIOD_KIND_LABELS[kind]} ${data.year}` : id;
}

function decimalsOf(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  const text = String(value);
  return text.includes('.') ? Math.min(3, text.length - text.indexOf('.') - 1) : 0;
}

function resultFor(collection: ItemCollection, data: Record<string, unknown>, period: string | undefined) {
  if (!period) return undefined;
  const list = collection === 'nyckeltal' ? data.results : data.statuses;
  if (!Array.isArray(list)) return undefined;
  const found = list.map(recordOrEmpty).find((r) => r.period === period);
  if (!found) return undefined;
  const status = STATUS_LABELS[found.status as NyckeltalStatus] ?? textOf(found.status) ?? '';
  const value = typeof found.value === 'number' ? found.value : null;
  const comment = textOf(collection === 'nyckeltal' ? found.comment : found.text) ?? '';
  return { status, value, comment };
}

/**
 * The rows of a plan's sheet for `period`: every uppdrag and then every nyckeltal of the
 * plan, each in the strategies' order and then by title. `problems` say why no sheet can be
 * made (an unknown plan, a period the plan does not follow up).
 */
export function reportSheet(files: readonly SourceFile[], plan: string, period: string): ReportSheetResult {
  const plans = files.filter((f) => f.collection === 'plans');
  const planFile = plans.find((f) => f.id === plan);
  if (!planFile)
    return {
      problems: [`planen "${plan}" finns inte i content/plans/: välj någon av ${plans.map((p) => p.id).join(', ')}`],
    };
  const planData = recordOrEmpty(planFile.data);
  const planPeriods = Array.isArray(planData.periods) ? planData.periods.map(String) : [];
  const at = planPeriods.indexOf(period);
  if (at < 0) {
    return {
      problems: [
        `planen ${plan} följer inte upp perioden "${period}": välj någon av ${planPeriods.join(', ') || '(inga)'}, eller lägg till perioden i planens periods`,
      ],
    };
  }
  const previous = at > 0 ? planPeriods[at - 1] : undefined;
  const strategyOrder = new Map(
    files
      .filter((f) => f.collection === 'strategies')
      .map((f) => [f.id, Number(recordOrEmpty(f.data).order ?? Number.MAX_SAFE_INTEGER)]),
  );
  const unitNames = new Map(
    files.filter((f) => f.collection === 'units').map((f) => [f.id, textOf(recordOrEmpty(f.data).name) ?? f.id]),
  );
  const rows = files
    .filter(
      (f): f is SourceFile & { collection: ItemCollection } =>
        (f.collection === 'uppdrag' || f.collection === 'nyckeltal') && recordOrEmpty(f.data).plan === plan,
    )
    .map((file) => {
      const data = recordOrEmpty(file.data);
      const results = Array.isArray(data.results) ? data.results.map(recordOrEmpty) : [];
      const targets = Array.isArray(data.targets) ? data.targets.map(recordOrEmpty) : [];
      const unit = unitNames.get(textOf(data.responsibleUnit) ?? '') ?? '';
      return {
        row: {
          id: file.id,
          collection: file.collection,
          type: TYPE_WORDS[file.collection],
          title: textOf(data.title) ?? '',
          unit,
          measure: file.collection === 'nyckeltal' ? (textOf(data.unit) ?? '') : '',
          previous: resultFor(file.collection, data, previous),
          current: resultFor(file.collection, data, period),
          decimals: Math.max(0, ...[...results, ...targets].map((r) => decimalsOf(r.value))),
        } satisfies SheetRow,
        strategy: strategyOrder.get(String(data.strategy)) ?? Number.MAX_SAFE_INTEGER,
      };
    })
    .sort(
      (a, b) =>
        (a.row.collection === b.row.collection ? 0 : a.row.collection === 'uppdrag' ? -1 : 1) ||
        a.strategy - b.strategy ||
        a.row.title.localeCompare(b.row.title, 'sv') ||
        a.row.id.localeCompare(b.row.id),
    )
    .map(({ row }) => row);
  return {
    sheet: {
      planTitle: textOf(planData.title) ?? plan,
      period,
      periodLabel: periodLabelOf(files, period),
      previousPeriodLabel: previous ? periodLabelOf(files, previous) : undefined,
      rows,
    },
    problems: [],
  };
}
