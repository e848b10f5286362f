/**
 * Which plans come first: a body's plans newest first, its current plan, and the newest one
 * that has been followed up. By the years in the plans, never by today's date, so a build
 * never depends on the day it runs.
 */
import { type Catalog, type Entry, entries } from '#lib/core/catalog.ts';

/** Plans of the same body, newest first (by first year, then last year). */
export function plansOfBody(catalog: Catalog, bodyId: string): Entry<'plans'>[] {
  return entries(catalog, 'plans')
    .filter((plan) => plan.data.body.id === bodyId)
    .sort((a, b) => b.data.startYear - a.data.startYear || b.data.endYear - a.data.endYear || a.id.localeCompare(b.id));
}

function bodiesWithPlans(catalog: Catalog): string[] {
  return [...new Set(entries(catalog, 'plans').map((plan) => plan.data.body.id))].sort();
}

/** Each body's current plan, in the order of the bodies' ids. */
export function currentPlans(catalog: Catalog): Entry<'plans'>[] {
  return bodiesWithPlans(catalog).map((body) => plansOfBody(catalog, body)[0]);
}

/**
 * Each body's newest plan that has been followed up in a report (its newest plan when none
 * has), with the newer plans not followed up yet: what the start page summarises, since a
 * plan without reports has no results to show.
 */
export function latestFollowedUpPlans(catalog: Catalog): { plan: Entry<'plans'>; newer: Entry<'plans'>[] }[] {
  const reported = new Set(entries(catalog, 'reports').map((report) => report.data.plan.id));
  return bodiesWithPlans(catalog).map((body) => {
    const plans = plansOfBody(catalog, body);
    const index = Math.max(
      0,
      plans.findIndex((plan) => reported.has(plan.id)),
    );
    return { plan: plans[index], newer: plans.slice(0, index) };
  });
}
