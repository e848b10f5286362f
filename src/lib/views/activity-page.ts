/**
 * What a plan's activities page shows, shaped once from the catalog: the plan and its words
 * for its items, the units the activities belong to and the reports their counts come from.
 * The page only lays this out (the chart of the counts is described in `#lib/charts/`, a
 * layer above this one).
 */
import { type Catalog, type Entry, entryFor } from '#lib/core/catalog.ts';
import type { KindWords } from '#lib/core/organisation-words.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { titleOf } from '#lib/core/titles.ts';
import { reportDate } from './links.ts';
import { planWords } from './plan-view.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words as wordsIn } from '#lib/i18n/words.ts';

/** The page of one plan's activities; `words` follow the kind of organisation the site is for. */
export function activityPage(catalog: Catalog, activities: Entry<'activities'>, words: KindWords, lang: Lang) {
  const w = wordsIn(lang);
  const t = w.m.pages.activities;
  const { data } = activities;
  const plan = entryFor(catalog, data.plan);
  const nouns = planWords(plan, lang);
  const stated = plan.data.stated?.activities;
  // Several periods' counts often come from the same report, which is named once.
  const reports = [...new Map(data.counts.map((c) => [c.report.id, entryFor(catalog, c.report)])).values()];
  return {
    title: titleOf(catalog, activities),
    plan: { href: hrefFor(data.plan), title: plan.data.title },
    lead: t.lead(nouns.uppdrag.many, nouns.nyckeltal.many),
    /** How many activities the plan's own documents say there are, when they say it. */
    stated: stated === undefined ? undefined : t.stated(w.format.formatCount(stated, t.activity), words),
    units: data.units.map((ref) => ({ href: hrefFor(ref), title: entryFor(catalog, ref).data.name })),
    reports: reports.map((report) => ({
      href: hrefFor({ collection: 'reports', id: report.id }),
      title: report.data.title,
      date: reportDate(report, lang),
    })),
  };
}
