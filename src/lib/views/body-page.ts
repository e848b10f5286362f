/**
 * What a political body's page shows, shaped once from the catalog: its kind, its short name
 * (marked where it is an example), its organisation, its plans newest first with the earlier
 * ones badged, and its decisions cited newest first. The page only lays this out.
 */
import { type Backlinks, type Catalog, type Entry, resolve } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { isNamedExampleField } from '#lib/content/examples.ts';
import { decisionCite } from './decision-cite.ts';
import type { NamedLink } from './item-page.ts';
import { entryLink } from './links.ts';
import { newestFirst, newestFirstBy } from './lists.ts';
import { planLineage } from './plan-view.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words as wordsIn } from '#lib/i18n/words.ts';

/** The entries that refer to the body (`backlinks` of the catalogue) that its page lists. */
export type BodyBacklinks = Pick<Backlinks, 'plans' | 'decisions'>;

export function bodyPage(catalog: Catalog, body: Entry<'bodies'>, links: BodyBacklinks, lang: Lang) {
  const w = wordsIn(lang);
  const { data } = body;
  const organisationEntry = resolve(catalog, data.organisation);
  // An organisation that is not in the content yet is still named, by its id.
  const organisation: NamedLink = organisationEntry
    ? { title: organisationEntry.data.name, href: hrefFor(data.organisation) }
    : { title: data.organisation.id };
  return {
    kind: w.labels.BODY_KIND_LABELS[data.kind],
    /** An invented short name is shown, marked, in the facts only, not in the line above the heading. */
    shortNameExample: isNamedExampleField(data, 'shortName'),
    organisation,
    plans: newestFirstBy(links.plans, (plan) => String(plan.data.startYear)).map((plan) =>
      entryLink(plan, planLineage(catalog, plan).isCurrent ? undefined : w.m.planBadge.earlier),
    ),
    decisions: newestFirst(links.decisions).map((d) => decisionCite(catalog, d, lang)),
  };
}
