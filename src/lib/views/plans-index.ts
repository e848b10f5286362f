/** The /planer/ page: each body's current plan, then the earlier plans, each with its facts in a line. */
import { type Catalog, type Entry, entries, resolve } from '#lib/core/catalog.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words } from '#lib/i18n/words.ts';
import { planYears } from '#lib/core/titles.ts';
import { currentPlans } from '#lib/content/plan-order.ts';
import { type EntryLink, entryLink } from './links.ts';

/** A plan as `PlanLinks.astro` lists it: its link, whether it is an example, and its facts. */
export interface PlanRow extends Pick<EntryLink, 'href' | 'title' | 'illustrative'> {
  facts: string;
}

/** The plans that are not current, newest first by their first year, then by title. */
export function earlierPlans(catalog: Catalog): Entry<'plans'>[] {
  const current = currentPlans(catalog);
  return entries(catalog, 'plans')
    .filter((plan) => !current.includes(plan))
    .sort((a, b) => b.data.startYear - a.data.startYear || a.data.title.localeCompare(b.data.title, 'sv'));
}

/** `Plan och budget, Regionstyrelsen, 2024, dnr RS/1/2023`: the plan's kind, body, years and diarienummer. */
export function planFacts(catalog: Catalog, plan: Entry<'plans'>, lang: Lang): string {
  const body = resolve(catalog, plan.data.body)?.data.name ?? plan.data.body.id;
  const dnr = plan.data.dnr ? `, dnr ${plan.data.dnr}` : '';
  return `${words(lang).labels.PLAN_KIND_LABELS[plan.data.kind]}, ${body}, ${planYears(plan.data)}${dnr}`;
}

export function planRow(catalog: Catalog, plan: Entry<'plans'>, lang: Lang): PlanRow {
  const { href, title, illustrative } = entryLink(plan);
  return { href, title, illustrative, facts: planFacts(catalog, plan, lang) };
}

/** What /planer/ lists: each body's current plan, then the earlier plans. */
export function plansIndex(catalog: Catalog, lang: Lang): { current: PlanRow[]; earlier: PlanRow[] } {
  const row = (plan: Entry<'plans'>) => planRow(catalog, plan, lang);
  return { current: currentPlans(catalog).map(row), earlier: earlierPlans(catalog).map(row) };
}
