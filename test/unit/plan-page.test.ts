/** A plan's page model: counts, reported follow-ups, where the newest figures come from, and what the page says. */
import { describe, expect, it } from 'vitest';
import { buildBacklinks, entries, entryFor } from '#lib/core/catalog.ts';
import { planYears } from '#lib/core/titles.ts';
import { planPage } from '#lib/views/plan-page.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const catalog = sampleCatalog();
const backlinks = buildBacklinks(catalog);
const plans = entries(catalog, 'plans');
const pageOf = (plan: (typeof plans)[number]) =>
  planPage(catalog, plan, backlinks({ collection: 'plans', id: plan.id }), 'sv');

describe('planPage', () => {
  it('counts each kind of item the plan has, and every item is in a strategy group', () => {
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const page = pageOf(plan);
      const kinds = new Set(page.rows.map((r) => r.collection));
      expect(page.counts).toHaveLength(kinds.size);
      expect(page.years).toBe(planYears(plan.data));
      expect(page.reportedCount).toBeLessThanOrEqual(page.summaries.length);
    }
  });

  it('takes the newest figures from the newest reported follow-up, with its report and date', () => {
    const followedUp = plans.map(pageOf).filter((page) => page.latestSummary);
    expect(followedUp.length).toBeGreaterThan(0);
    for (const page of followedUp) {
      const latest = page.latestSummary!;
      expect(page.summaries.filter((s) => s.reported).at(-1)).toBe(latest);
      expect(page.latestReport).toBe(page.reports.filter((r) => r.data.period.id === latest.period.id).at(-1));
      const dated = page.reports.filter((r) => r.data.period.id === latest.period.id && r.data.date);
      expect(page.reportedOn).toBe(dated.at(-1)?.data.date);
      expect(page.view.source?.title).toBe(page.latestReport?.data.title);
      expect(page.view.statusSentences?.length).toBeGreaterThan(0);
      expect(page.view.situationHeading).toMatch(/^Läget \S/);
    }
  });

  it('has no newest figures, report or date for a plan without a reported follow-up', () => {
    const unreported = plans.map(pageOf).filter((page) => !page.latestSummary);
    expect(unreported.length).toBeGreaterThan(0);
    for (const page of unreported) {
      expect([page.latestReport, page.reportedOn, page.reportedCount]).toEqual([undefined, undefined, 0]);
      expect([page.view.source, page.view.statusSentences]).toEqual([undefined, undefined]);
    }
  });

  it('says who decides the plan, what it builds on, which plans build on it, and cites its decisions', () => {
    const regionplan = pageOf(entryFor(catalog, { collection: 'plans', id: 'regionplan-2024' }));
    const children = regionplan.view.more.facts.children.map((link) => link.href).sort();
    expect(children).toEqual(['/planer/rs-plan-2024/', '/planer/rs-plan-2025/']);
    const plan = pageOf(entryFor(catalog, { collection: 'plans', id: SAMPLE_PLAN }));
    const { facts, decisions } = plan.view.more;
    expect(facts.parent).toEqual({ href: '/planer/regionplan-2024/', title: 'Regionplan 2024–2026' });
    expect(facts.dnr).toBe('RS/10/2023');
    expect(facts.decidedBy.href).toMatch(/\/styrelsen\/$/);
    expect(facts.stated?.contains).toBe(
      'innehåller planen 3 uppdrag (2 från regionplanen och 1 egna), 3 nyckeltal och 20 aktiviteter.',
    );
    expect(decisions.map((d) => d.cite.href)).toEqual(['/beslut/rs-2023-11-08-100/', '/beslut/rs-2024-01-23-5/']);
    expect(decisions.map((d) => d.role)).toEqual(['Fastställd', 'Reviderad']);
  });

  it('links a jump to each strategy group and a table per kind of item that moved', () => {
    for (const plan of plans) {
      const page = pageOf(plan);
      expect(page.view.jumps.map((j) => j.href)).toEqual(page.groups.map((g) => `#${g.anchor}`));
      expect(page.view.more.moves).toHaveLength(page.moves.length);
      for (const move of page.view.more.moves)
        for (const table of move.tables) expect(table.rows.length).toBeGreaterThan(0);
    }
  });
});

describe('planPage in English', () => {
  it('says the plan in English and keeps its content as it is', () => {
    const plan = plans[0];
    const links = backlinks({ collection: 'plans', id: plan.id });
    const [swedish, english] = [planPage(catalog, plan, links, 'sv'), planPage(catalog, plan, links, 'en')];
    expect(english.rows).toEqual(swedish.rows);
    expect(english.view.kind).not.toBe(swedish.view.kind);
    expect(english.view.feed.href).toBe(swedish.view.feed.href);
    expect(english.view.listHeading).not.toBe(swedish.view.listHeading);
  });
});
