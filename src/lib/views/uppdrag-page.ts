/**
 * What an uppdrag's page shows, shaped once from the catalog: its plan's word for it, the
 * lineage across the years, its latest status and every follow-up, its facts, and the
 * decisions, documents and reports behind it. The page only lays this out; its running text
 * is rendered by the page, which reads it.
 */
import { type Catalog, type Entry, entryFor, resolve } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { periodLabel } from '#lib/core/titles.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words } from '#lib/i18n/words.ts';
import { isExample, isExampleField } from '#lib/content/examples.ts';
import { itemLinks, itemPlace, itemReports, type NamedLink, reportedOn, statusRow } from './item-page.ts';
import { itemLineageSteps } from './lineage.ts';
import { planWords } from './plan-view.ts';
import { latestUppdragStatus, uppdragHistory } from './status-summary.ts';

export function uppdragPage(catalog: Catalog, item: Entry<'uppdrag'>, lang: Lang) {
  const { format, labels } = words(lang);
  const { data } = item;
  const plan = entryFor(catalog, data.plan);
  const noun = planWords(plan, lang).uppdrag.one;
  const latest = latestUppdragStatus(catalog, item);
  const reports = itemReports(catalog, item);
  const unitEntry = resolve(catalog, data.responsibleUnit);
  // A unit that is not in the content yet is still named, by its id, rather than left out.
  const unit: NamedLink = unitEntry
    ? { title: unitEntry.data.name, href: hrefFor(data.responsibleUnit) }
    : { title: data.responsibleUnit.id };
  return {
    /** The plan's word for an uppdrag, as a sentence starts it ("Uppdrag"), and the plan's title. */
    noun: format.capitalize(noun),
    planTitle: plan.data.title,
    lineage: { steps: itemLineageSteps(catalog, item), noun },
    latest: latest && { status: latest.status, period: periodLabel(latest.period, lang) },
    reportedOn: reportedOn(reports, latest?.period),
    example: isExample(data),
    /** The statuses are examples, not reported ones. */
    exampleStatuses: isExampleField(data, 'statuses'),
    place: itemPlace(catalog, item),
    origin: labels.ORIGIN_LABELS[data.origin],
    unit,
    statuses: uppdragHistory(catalog, item).map((s) => statusRow(s.period, s.status, s.text, lang)),
    links: itemLinks(catalog, item, reports, lang),
  };
}
