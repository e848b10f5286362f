/**
 * Decisions as journalists look them up: by case (diarienummer), newest first, with the
 * documents and reports filed under the same case beside them.
 */
import { type Catalog, type Entry, entries } from './catalog.ts';

export interface CaseGroup {
  /** `null` for decisions whose diarienummer the sources do not give. */
  dnr: string | null;
  decisions: Entry<'decisions'>[];
  documents: Entry<'documents'>[];
  reports: Entry<'reports'>[];
}

/** Newest first; a month-only date (`2024-02`) sorts before the days of that month. */
const byDateDesc = <T extends { id: string; data: { date: string | null } }>(a: T, b: T) =>
  (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id);

/** Cases ordered by their latest decision, newest first; cases without dnr last. */
export function decisionsByCase(catalog: Catalog): CaseGroup[] {
  const groups = new Map<string | null, CaseGroup>();
  for (const decision of entries(catalog, 'decisions')) {
    const dnr = decision.data.dnr;
    const group = groups.get(dnr) ?? { dnr, decisions: [], documents: [], reports: [] };
    group.decisions.push(decision);
    groups.set(dnr, group);
  }
  for (const group of groups.values()) {
    group.decisions.sort(byDateDesc);
    if (group.dnr === null) continue;
    group.documents = entries(catalog, 'documents').filter((d) => d.data.dnr === group.dnr).sort(byDateDesc);
    group.reports = entries(catalog, 'reports').filter((r) => r.data.dnr === group.dnr).sort(byDateDesc);
  }
  return [...groups.values()].sort((a, b) => {
    if ((a.dnr === null) !== (b.dnr === null)) return a.dnr === null ? 1 : -1;
    return b.decisions[0].data.date.localeCompare(a.decisions[0].data.date) || (a.dnr ?? '').localeCompare(b.dnr ?? '');
  });
}

/** Fragment id of a case on the decision list: `RS/595/2023` → `arende-rs-595-2023`. */
export function caseAnchor(dnr: string | null): string {
  return dnr ? `arende-${dnr.toLowerCase().replaceAll('/', '-')}` : 'utan-diarienummer';
}
