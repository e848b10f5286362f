/**
 * What a decision's page shows, shaped once from the catalog: who decided what and when, its
 * case, the parts that are examples, and everything that refers to it.
 */
import { type Backlinks, type Catalog, type Entry, entries, resolve } from '#lib/core/catalog.ts';
import { collectionHref, hrefFor } from '#lib/core/routes.ts';
import { titleOf } from '#lib/core/titles.ts';
import { decisionCite } from './decision-cite.ts';
import { caseAnchor, decisionExamples, sourceLinks } from './decisions-view.ts';
import { documentFacts, entryLink } from './links.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words as wordsIn } from '#lib/i18n/words.ts';

/** The entries that refer to the decision (`backlinks` of the catalogue) that its page lists. */
export type DecisionBacklinks = Pick<Backlinks, 'plans' | 'uppdrag' | 'nyckeltal' | 'reports' | 'documents'>;

export function decisionPage(catalog: Catalog, decision: Entry<'decisions'>, links: DecisionBacklinks, lang: Lang) {
  const w = wordsIn(lang);
  const t = w.m.pages.decision;
  const { data } = decision;
  const body = resolve(catalog, data.body);
  const sameCase = data.dnr
    ? entries(catalog, 'decisions').filter((d) => d.id !== decision.id && d.data.dnr === data.dnr)
    : [];
  return {
    title: titleOf(catalog, decision),
    bodyName: body?.data.name,
    body: { href: body && hrefFor(data.body), name: body ? body.data.name : data.body.id },
    date: data.endDate ? w.format.formatDateRange(data.date, data.endDate) : w.format.formatDate(data.date),
    /** The case on the list of decisions; the words for a diarienummer the sources do not give. */
    dnr: data.dnr
      ? { href: `${collectionHref('decisions')}#${caseAnchor(data.dnr)}`, text: data.dnr }
      : { href: undefined, text: w.m.source.missing },
    /** Only the parts the sources do not give carry the mark; the box above says which and why. */
    examples: decisionExamples(data),
    originals: sourceLinks(data),
    plans: links.plans.map((plan) => ({
      href: hrefFor({ collection: 'plans', id: plan.id }),
      title: plan.data.title,
      roles: t.roles(
        plan.data.decisions
          .filter((d) => d.decision.id === decision.id)
          .map((d) => w.labels.DECISION_ROLE_LABELS[d.role].toLowerCase())
          .join(', '),
      ),
    })),
    linkSections: [
      { id: 'uppdrag', heading: t.uppdrag, links: links.uppdrag.map((item) => entryLink(item)) },
      { id: 'nyckeltal', heading: t.nyckeltal, links: links.nyckeltal.map((item) => entryLink(item)) },
      { id: 'rapporter', heading: t.reports, links: links.reports.map((r) => entryLink(r)) },
      { id: 'dokument', heading: t.documents, links: links.documents.map((d) => entryLink(d, documentFacts(d, lang))) },
    ],
    sameCase: { heading: t.sameCase(data.dnr), cites: sameCase.map((d) => decisionCite(catalog, d, lang)) },
  };
}
