/**
 * What a document's page shows, shaped once from the catalog: its kind, its case, its date and
 * who it is from, the links to its originals, and the decisions, plans, reports and items it
 * is linked to. The page only lays this out; its full text is rendered by the page, which reads it.
 */
import { type Backlinks, type Catalog, type Entry, entryFor, resolve } from '#lib/core/catalog.ts';
import { collectionHref, hrefFor } from '#lib/core/routes.ts';
import { decisionCite } from './decision-cite.ts';
import { caseAnchor, sourceLinks } from './decisions-view.ts';
import type { NamedLink } from './item-page.ts';
import { entryLink, reportDate } from './links.ts';
import { linkedBothWays, newestFirst } from './lists.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words as wordsIn } from '#lib/i18n/words.ts';

/** The entries that refer to the document (`backlinks` of the catalogue) that its page lists. */
export type DocumentBacklinks = Pick<Backlinks, 'plans' | 'reports' | 'uppdrag' | 'nyckeltal'>;

/** A link to an entry with a name, or its id alone when the content does not have it yet. */
function named(entry: Entry<'units' | 'organisations'> | undefined, id: string): NamedLink {
  return entry ? { title: entry.data.name, href: hrefFor(entry) } : { title: id };
}

export function documentPage(catalog: Catalog, document: Entry<'documents'>, links: DocumentBacklinks, lang: Lang) {
  const w = wordsIn(lang);
  const { data } = document;
  return {
    kind: w.labels.DOCUMENT_KIND_LABELS[data.kind],
    /** The document's case on the list of decisions. */
    caseHref: `${collectionHref('decisions')}#${caseAnchor(data.dnr)}`,
    date: w.format.formatDate(data.date),
    unit: named(resolve(catalog, data.unit), data.unit.id),
    organisation: named(resolve(catalog, data.organisation), data.organisation.id),
    /** Who signed it, in one line; undefined when the sources name no one. */
    signedBy: data.signedBy.length > 0 ? data.signedBy.join('; ') : undefined,
    originals: sourceLinks(data),
    decisions: newestFirst(data.decisions.map((ref) => entryFor(catalog, ref))).map((d) =>
      decisionCite(catalog, d, lang),
    ),
    // A plan or report may name the document, or the document it: either way it is listed once.
    plans: linkedBothWays(catalog, data.plans, links.plans).map((plan) => entryLink(plan)),
    reports: linkedBothWays(catalog, data.reports, links.reports).map((r) => entryLink(r, reportDate(r, lang))),
    items: [...links.uppdrag, ...links.nyckeltal].map((item) => entryLink(item)),
  };
}
