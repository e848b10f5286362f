/**
 * What a unit's page shows, shaped once from the catalog: its organisation, the unit it is
 * part of and the units within it, the uppdrag and nyckeltal it is responsible for, its
 * activities and the documents it has written. The page only lays this out.
 */
import { isNamedExampleField } from '#lib/content/examples.ts';
import { type Backlinks, type Catalog, type Entry, resolve } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { titleOf } from '#lib/core/titles.ts';
import { documentFacts, entryLink } from './links.ts';
import { newestFirst } from './lists.ts';
import { planItemRows } from './plan-view.ts';
import type { Lang } from '#lib/i18n/index.ts';

/** The entries that name the unit (`backlinks` of the catalogue) that its page lists. */
export type UnitBacklinks = Pick<Backlinks, 'units' | 'uppdrag' | 'nyckeltal' | 'activities' | 'documents'>;

/** A link to a unit, and whether the unit's parent, which the link stands beside, is an invented one. */
const unitLink = (catalog: Catalog, unit: Entry<'units'>) => ({
  href: hrefFor({ collection: 'units', id: unit.id }),
  title: titleOf(catalog, unit),
  exampleParent: isNamedExampleField(unit.data, 'parent'),
});

export function unitPage(catalog: Catalog, unit: Entry<'units'>, links: UnitBacklinks, lang: Lang) {
  const { data } = unit;
  const organisation = resolve(catalog, data.organisation);
  const parent = data.parent && resolve(catalog, data.parent);
  const items = [...links.uppdrag, ...links.nyckeltal];
  const responsible = new Set(items.map((e) => e.id));
  const plans = [...new Set(items.map((e) => e.data.plan.id))];
  return {
    organisationName: organisation?.data.name,
    /** An organisation that is not in the content yet is still named, by its id. */
    organisation: {
      href: organisation && hrefFor(data.organisation),
      name: organisation ? organisation.data.name : data.organisation.id,
    },
    /**
     * An invented parent is marked beside its link, here and on the parent's page, where it
     * lists this unit.
     */
    parent: parent && {
      href: hrefFor({ collection: 'units', id: parent.id }),
      title: parent.data.name,
      example: isNamedExampleField(data, 'parent'),
    },
    units: links.units.map((u) => unitLink(catalog, u)),
    rows: plans.flatMap((planId) => planItemRows(catalog, planId).filter((r) => responsible.has(r.id))),
    activities: links.activities.map((a) => ({
      href: hrefFor({ collection: 'activities', id: a.id }),
      title: titleOf(catalog, a),
      illustrative: a.data.illustrative !== undefined,
    })),
    documents: newestFirst(links.documents).map((document) => entryLink(document, documentFacts(document, lang))),
  };
}
