/** The cases on /beslut/: each diarienummer with its decisions cited and what else is filed under it. */
import { describe, expect, it } from 'vitest';
import { hrefFor } from '#lib/core/routes.ts';
import { decisionCite } from '#lib/views/decision-cite.ts';
import { decisionCases, decisionsIndex } from '#lib/views/decisions-index.ts';
import { caseAnchor, caseLinkGroups, decisionsByCase, wholeRegister } from '#lib/views/decisions-view.ts';
import { sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();

describe('decisionCases', () => {
  it('keeps the order of the cases, and cites each decision of a case as its page does', () => {
    const groups = decisionsByCase(catalog);
    const cases = decisionCases(catalog, 'sv');
    expect(cases.map((c) => c.dnr)).toEqual(groups.map((g) => g.dnr));
    cases.forEach((c, i) => {
      expect(c.anchor).toBe(caseAnchor(c.dnr));
      expect(c.cites).toEqual(groups[i].decisions.map((d) => decisionCite(catalog, d)));
      expect(c.linkGroups).toEqual(caseLinkGroups(groups[i]));
    });
  });

  it('cites the decisions of one case newest first', () => {
    const ofCase = decisionCases(catalog, 'sv').find((c) => c.dnr === 'RS/10/2023');
    expect(ofCase?.cites.map((c) => c.href)).toEqual(
      ['rs-2024-01-23-5', 'rs-2023-11-08-100'].map((id) => hrefFor({ collection: 'decisions', id })),
    );
  });
});

describe('decisionsIndex', () => {
  it('gives the register of every decision and the cases', () => {
    expect(decisionsIndex(catalog, 'sv')).toEqual({
      cases: decisionCases(catalog, 'sv'),
      register: wholeRegister(catalog),
    });
  });
});
