/**
 * Decisions as journalists look them up: by case (diarienummer), newest first, with the
 * plans, documents and reports filed under the same case beside them.
 */
import { type Catalog, type Entry, entries } from '#lib/core/catalog.ts';

export interface CaseGroup {
  /** `null` for decisions whose diarienummer the sources do not give. */
  dnr: string | null;
  decisions: Entry<'decisions'>[];
  plans: Entry<'plans'>[];
  documents: Entry<'documents'>[];
  reports: Entry<'reports'>[];
}

/** Newest first; a month-only date (`2024-02`) sorts before the days of that month. */
const byDateDesc = <T extends { id: string; data: { date: string | null } }>(a: T, b: T) =>
  (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id);

/** The latest date anything in the case carries; '' when none is known. */
function latestDate(group: CaseGroup): string {
  const dates = [...group.decisions, ...group.documents, ...group.reports].map((e) => e.data.date ?? '');
  return dates.sort().at(-1) ?? '';
}

/**
 * Every case: each diarienummer that a decision, plan, document or report carries, with
 * all of them under it. Cases are ordered by their latest date, newest first; cases with
 * no known date after those, and decisions without diarienummer last.
 */
export function decisionsByCase(catalog: Catalog): CaseGroup[] {
  const groups = new Map<string | null, CaseGroup>();
  const group = (dnr: string | null) => {
    let found = groups.get(dnr);
    if (!found) groups.set(dnr, (found = { dnr, decisions: [], plans: [], documents: [], reports: [] }));
    return found;
  };
  for (const decision of entries(catalog, 'decisions')) group(decision.data.dnr).decisions.push(decision);
  for (const plan of entries(catalog, 'plans')) if (plan.data.dnr) group(plan.data.dnr).plans.push(plan);
  for (const document of entries(catalog, 'documents')) group(document.data.dnr).documents.push(document);
  for (const report of entries(catalog, 'reports')) group(report.data.dnr).reports.push(report);
  for (const g of groups.values()) {
    g.decisions.sort(byDateDesc);
    g.documents.sort(byDateDesc);
    g.reports.sort(byDateDesc);
  }
  return [...groups.values()].sort((a, b) => {
    if ((a.dnr === null) !== (b.dnr === null)) return a.dnr === null ? 1 : -1;
    return latestDate(b).localeCompare(latestDate(a)) || (a.dnr ?? '').localeCompare(b.dnr ?? '');
  });
}

/** Fragment id of a case on the decision list: `RS/595/2023` → `arende-rs-595-2023`. */
export function caseAnchor(dnr: string | null): string {
  return dnr ? `arende-${dnr.toLowerCase().replaceAll('/', '-')}` : 'utan-diarienummer';
}
