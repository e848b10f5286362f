/** Reports as links with their own summaries: what the sources say when no statuses are published. */
import type { Entry } from '#lib/core/catalog.ts';
import { type EntryLink, entryLink } from './links.ts';

export interface ReportSummary extends EntryLink {
  summary: string;
}

export function reportSummaries(reports: readonly Entry<'reports'>[]): ReportSummary[] {
  return reports.map((report) => ({ ...entryLink(report), summary: report.data.summary }));
}
