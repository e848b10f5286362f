/**
 * The status charts: how many uppdrag, nyckeltal or activities have each status, per report,
 * plan or period, as bar charts with a table per status.
 */
import { ACTIVITY_STATUSES, NYCKELTAL_STATUSES, type NyckeltalStatus } from '../../schemas/index.ts';
import { type Catalog, type Entry, resolve } from '#lib/core/catalog.ts';
import type { BarGroupInput } from './chart-scales.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { type Labels, words as wordsOf } from '#lib/i18n/words.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { planWords } from '#lib/views/plan-view.ts';
import { planSummaries, planSummary, statusSentence } from '#lib/views/status-summary.ts';
import { periodLabel } from '#lib/core/titles.ts';
import { isExample } from '#lib/content/examples.ts';
import { reportsOfPlan } from '#lib/views/period-diff.ts';
import { type ChartTable, type BarChartSpec } from './chart-spec.ts';

/** Bar key for items with no status at a followed-up period. */
const UNREPORTED = 'ej-rapporterad';

/** Counts per status of uppdrag (three statuses) or nyckeltal (four): each has a subset of the nyckeltal's. */
type Summary = { counts: Partial<Record<NyckeltalStatus, number>>; unreported: number; total: number };

/** One bar per status the summary counts, in the vocabulary's order, then the unreported ones. */
function statusBars(summary: Summary, { STATUS_LABELS, UNREPORTED_LABEL }: Labels) {
  const bars = NYCKELTAL_STATUSES.flatMap((key) => {
    const value = summary.counts[key];
    return value === undefined ? [] : [{ key, label: STATUS_LABELS[key], value }];
  });
  return summary.unreported > 0
    ? [...bars, { key: UNREPORTED, label: UNREPORTED_LABEL, value: summary.unreported }]
    : bars;
}

/** A wide table: one row per status (bar key), one column per group (period or kind of item). */
function barTable(
  caption: string,
  groups: BarGroupInput[],
  groupLabel: (g: BarGroupInput) => string,
  lang: Lang,
): ChartTable {
  const t = wordsOf(lang).m.charts.status;
  const allBars = groups.flatMap((g) => g.bars);
  /** Every status any group has, in the order first met: one row each. */
  const statusKeys = [...new Set(allBars.map((b) => b.key))];
  /** A status's word, from the first bar that has it. */
  const statusLabel = (key: string) => allBars.find((b) => b.key === key)?.label ?? key;
  /** How many the group has with the status; null, shown as "gäller inte", where the group has no such status. */
  const countInGroup = (group: BarGroupInput, key: string) => group.bars.find((b) => b.key === key)?.value ?? null;
  return {
    caption,
    columns: [
      { key: 'status', label: t.status, kind: 'text' },
      ...groups.map((g) => ({ key: g.key, label: groupLabel(g), kind: 'number' as const, empty: t.notInGroup })),
    ],
    rows: statusKeys.map((key) => ({
      status: statusLabel(key),
      ...Object.fromEntries(groups.map((g) => [g.key, countInGroup(g, key)])),
    })),
  };
}

/** A table column's heading for a group keyed by a period: the period's name ("Per april 2024"). */
const periodHeading = (catalog: Catalog, lang: Lang) => (group: BarGroupInput) => {
  const period = catalog.periods.get(group.key);
  return period ? wordsOf(lang).format.capitalize(periodLabel(period, lang)) : group.key;
};

/** The status of a plan's uppdrag and nyckeltal as of a report: its snapshot. */
export function reportStatusChart(
  catalog: Catalog,
  report: Entry<'reports'>,
  lang: Lang = 'sv',
): BarChartSpec | undefined {
  const plan = resolve(catalog, report.data.plan);
  const period = resolve(catalog, report.data.period);
  if (!plan || !period) return undefined;
  const w = wordsOf(lang);
  const t = w.m.charts.status;
  const { capitalize } = w.format;
  const words = planWords(plan, lang);
  const summary = planSummary(catalog, plan.id, period.id);
  const parts = [
    { key: 'uppdrag', noun: words.uppdrag, summary: summary.uppdrag },
    { key: 'nyckeltal', noun: words.nyckeltal, summary: summary.nyckeltal },
  ].filter((p) => p.summary.total > 0);
  if (parts.length === 0) return undefined;
  const groups = parts.map((p) => ({
    key: p.key,
    label: capitalize(p.noun.many),
    bars: statusBars(p.summary, w.labels),
  }));
  const when = periodLabel(period, lang);
  return {
    kind: 'bars',
    groups,
    id: `rapport-${report.id}-status`,
    title: t.reportTitle(
      parts.map((p) => p.noun.many),
      when,
    ),
    subject: plan.data.title,
    summary: t.summary(
      when,
      parts.map((p) => statusSentence(p.summary, p.noun, w.labels.STATUS_COUNT_LABELS, lang)).join('; '),
    ),
    table: barTable(t.reportCaption(when, report.data.title), groups, (g) => g.label!, lang),
    decimals: 0,
    lang,
    source: { text: report.data.title, quoted: [report.data.title] },
    page: hrefFor({ collection: 'reports', id: report.id }),
  };
}

/**
 * A plan's uppdrag (or nyckeltal) per status at each period followed up so far; periods
 * not yet followed up are named in the summary instead of drawn as zeros.
 */
export function planStatusChart(
  catalog: Catalog,
  plan: Entry<'plans'>,
  collection: 'uppdrag' | 'nyckeltal',
  lang: Lang = 'sv',
): BarChartSpec | undefined {
  const w = wordsOf(lang);
  const t = w.m.charts.status;
  const { capitalize, joinList } = w.format;
  const noun = planWords(plan, lang)[collection];
  const all = planSummaries(catalog, plan.id);
  const reported = all.filter((s) => s.reported && s[collection].total > 0);
  if (reported.length === 0) return undefined;
  const groups = reported.map((s) => ({
    key: s.period.id,
    label: reported.length > 1 ? capitalize(periodLabel(s.period, lang)) : undefined,
    bars: statusBars(s[collection], w.labels),
  }));
  const latest = reported.at(-1)!;
  const pending = all.filter((s) => !s.reported).map((s) => periodLabel(s.period, lang));
  const pendingText = pending.length > 0 ? t.pending(joinList(pending)) : '';
  return {
    kind: 'bars',
    groups,
    id: `plan-${plan.id}-${collection}`,
    title: t.planTitle(noun.many),
    subject: plan.data.title,
    summary: `${t.summary(
      periodLabel(latest.period, lang),
      statusSentence(latest[collection], noun, w.labels.STATUS_COUNT_LABELS, lang),
    )}${pendingText}`,
    table: barTable(t.planCaption(noun.many, plan.data.title), groups, periodHeading(catalog, lang), lang),
    decimals: 0,
    lang,
    ...planChartSource(
      catalog,
      plan,
      reported.map((s) => s.period.id),
    ),
    page: hrefFor({ collection: 'plans', id: plan.id }),
  };
}

/** The reports a plan's counts come from, with dnr; the counts are examples where a report is one. */
function planChartSource(catalog: Catalog, plan: Entry<'plans'>, periods: string[]) {
  const reports = reportsOfPlan(catalog, plan.id).filter((r) => periods.includes(r.data.period.id));
  const titles = [...new Set(reports.map((r) => (r.data.dnr ? `${r.data.title} (${r.data.dnr})` : r.data.title)))];
  const covered = new Set(reports.filter((r) => !isExample(r.data)).map((r) => r.data.period.id));
  return {
    source: titles.length > 0 ? { text: titles.join(', '), quoted: titles } : undefined,
    example: periods.some((period) => !covered.has(period)),
  };
}

/** Activity counts per status at each period, with the report they come from. */
export function activitiesChart(
  catalog: Catalog,
  activities: Entry<'activities'>,
  lang: Lang = 'sv',
): BarChartSpec | undefined {
  const w = wordsOf(lang);
  const t = w.m.charts.status;
  const { ACTIVITY_COUNT_LABELS, ACTIVITY_LABELS } = w.labels;
  const rows = activities.data.counts
    .map((c) => ({ ...c, period: resolve(catalog, c.period)! }))
    .sort((a, b) => a.period.data.endDate.localeCompare(b.period.data.endDate));
  if (rows.length === 0) return undefined;
  const groups = rows.map((r) => ({
    key: r.period.id,
    label: rows.length > 1 ? w.format.capitalize(periodLabel(r.period, lang)) : undefined,
    bars: ACTIVITY_STATUSES.map((s) => ({ key: s, label: ACTIVITY_LABELS[s], value: r.counts[s] })),
  }));
  const latest = rows.at(-1)!;
  const summary = {
    counts: latest.counts,
    unreported: 0,
    total: ACTIVITY_STATUSES.reduce((sum, s) => sum + latest.counts[s], 0),
  };
  const reports = [...new Set(rows.map((r) => resolve(catalog, r.report)?.data.title ?? r.report.id))];
  return {
    kind: 'bars',
    groups,
    id: `aktiviteter-${activities.id}`,
    title: t.activitiesTitle,
    subject: resolve(catalog, activities.data.plan)?.data.title ?? activities.data.plan.id,
    summary: t.summary(
      periodLabel(latest.period, lang),
      statusSentence(summary, w.m.pages.activities.activity, ACTIVITY_COUNT_LABELS, lang),
    ),
    table: barTable(t.activitiesCaption, groups, periodHeading(catalog, lang), lang),
    decimals: 0,
    lang,
    source: { text: reports.join(', '), quoted: reports },
    page: hrefFor({ collection: 'activities', id: activities.id }),
  };
}
