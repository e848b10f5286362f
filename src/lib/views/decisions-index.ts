/**
 * The cases on /beslut/: each diarienummer with its decisions cited and the plans, documents
 * and reports filed under it, in the order `decisionsByCase` gives them.
 */
import type { Catalog } from '#lib/core/catalog.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { decisionCite } from './decision-cite.ts';
import { caseAnchor, caseLinkGroups, decisionsByCase, wholeRegister } from './decisions-view.ts';

export function decisionCases(catalog: Catalog, lang: Lang) {
  return decisionsByCase(catalog).map((group) => ({
    /** `null` for the decisions whose diarienummer the sources do not give. */
    dnr: group.dnr,
    anchor: caseAnchor(group.dnr),
    cites: group.decisions.map((d) => decisionCite(catalog, d, lang)),
    linkGroups: caseLinkGroups(group, lang),
  }));
}

/** What /beslut/ shows: the register of every decision, then the cases. */
export function decisionsIndex(catalog: Catalog, lang: Lang) {
  return { cases: decisionCases(catalog, lang), register: wholeRegister(catalog) };
}
