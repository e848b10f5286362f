/**
 * What the organisation's page shows, shaped once from the entries that refer to it: its
 * bodies with their short names, its units, and its documents newest first. The page only
 * lays this out.
 */
import type { Backlinks, Entry } from '#lib/core/catalog.ts';
import { isNamedExampleField } from '#lib/content/examples.ts';
import { documentFacts, entryLink } from './links.ts';
import { newestFirst } from './lists.ts';
import type { Lang } from '#lib/i18n/index.ts';

/** The entries that refer to the organisation (`backlinks` of the catalogue) that its page lists. */
export type OrganisationBacklinks = Pick<Backlinks, 'bodies' | 'units' | 'documents'>;

export function organisationPage(organisation: Entry<'organisations'>, links: OrganisationBacklinks, lang: Lang) {
  return {
    /** The website is an example: it is marked where it is shown. */
    websiteExample: isNamedExampleField(organisation.data, 'website'),
    // A body's invented short name is marked after it, unless the body is an example as a whole.
    bodies: links.bodies.map((body) =>
      entryLink(body, body.data.shortName, isNamedExampleField(body.data, 'shortName')),
    ),
    units: links.units.map((unit) => entryLink(unit)),
    documents: newestFirst(links.documents).map((document) => entryLink(document, documentFacts(document, lang))),
  };
}
