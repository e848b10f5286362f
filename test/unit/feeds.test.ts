import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { entries } from '#lib/core/catalog.ts';
import { planScope } from '#lib/open-data/exports.ts';
import { type Feed, feedEntries, feedXml, planFeedPath, SITE_FEED_PATH } from '#lib/open-data/feeds.ts';
import type { EntryDates as FileDates } from '#lib/history/git-history.ts';
import { SAMPLE_PLAN, sampleCatalog } from '../helpers/sample-site.ts';

const SITE = new URL('https://insyn.example/');
const catalog = sampleCatalog();
/** Publication dates for the test: a day apart per entry, so that the order is known. */
const ids = [
  ...entries(catalog, 'reports').map((e) => `reports/${e.id}`),
  ...entries(catalog, 'decisions').map((e) => `decisions/${e.id}`),
];
const datesOf = (collection: string, id: string): FileDates => {
  const added = new Date(Date.UTC(2024, 5, 1 + ids.indexOf(`${collection}/${id}`), 8, 30));
  return { added, changed: added };
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link', 'category'].includes(name),
});

function feedOf(scope = {}, path = SITE_FEED_PATH): Feed {
  return {
    url: new URL(path, SITE).href,
    alternate: SITE.href,
    title: 'Test',
    subtitle: 'Test',
    entries: feedEntries(catalog, SITE, datesOf, scope),
    emptyUpdated: new Date(Date.UTC(2024, 0, 1)),
    author: 'Region Exempel',
  };
}

function parseFeed(xml: string) {
  expect(SyntaxValidator.validate(xml)).toBe(true);
  return parser.parse(xml).feed;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('the site Atom feed', () => {
  const feed = parseFeed(feedXml(feedOf()));

  it('is Atom with the required id, title, updated, author and self link', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://insyn.example/flode.xml');
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author.name).toBe('Region Exempel');
    expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(feed.id);
  });

  it('has every report and decision once, with its permalink as id', () => {
    const expected = [
      ...entries(catalog, 'reports').map((e) => `https://insyn.example/rapporter/${e.id}/`),
      ...entries(catalog, 'decisions').map((e) => `https://insyn.example/beslut/${e.id}/`),
    ];
    expect(feed.entry.map((e: { id: string }) => e.id).sort()).toEqual(expected.sort());
    for (const entry of feed.entry) {
      expect(entry.link[0]['@href']).toBe(entry.id);
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.published).toBe(entry.updated);
      expect(entry.summary['#text']).toEqual(expect.any(String));
    }
  });

  it('orders entries newest on Insyn first and dates the feed by the newest', () => {
    const times = feed.entry.map((e: { updated: string }) => Date.parse(e.updated));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(feed.updated).toBe(feed.entry[0].updated);
  });

  it('says "Exempel" first in the summary of every entry that is one, and only there', () => {
    for (const entry of feed.entry) {
      const id = entry.id.split('/').at(-2);
      const data = (catalog.decisions.get(id) ?? catalog.reports.get(id))!.data;
      expect(entry.summary['#text'].startsWith('Exempel: '), id).toBe(data.illustrative !== undefined);
    }
    expect(feed.entry.some((e: { summary: { '#text': string } }) => e.summary['#text'].startsWith('Exempel: '))).toBe(
      true,
    );
  });

  it("gives a decision's own date in dc:date with the source's precision, never an invented day", () => {
    const byId = (id: string) => feed.entry.find((e: { id: string }) => e.id.endsWith(`/${id}/`));
    expect(byId('rf-2024-02-paragraf-19')['dc:date']).toBe('2024-02');
    expect(byId('rf-2024-02-paragraf-19').title).toContain('februari 2024 § 19');
    expect(byId('rs-2023-11-08-100')['dc:date']).toBe('2023-11-08');
    expect(byId('uppfoljning-2024')['dc:date']).toBe('2024-05-07');
    // The tertial report has no date: no dc:date at all.
    expect(byId('tertialrapport-april-2024')).not.toHaveProperty('dc:date');
    for (const decision of entries(catalog, 'decisions')) {
      expect(byId(decision.id)['dc:date']).toBe(decision.data.date);
    }
  });

  it('escapes text so that the XML stays well-formed', () => {
    const xml = feedXml({ ...feedOf(), title: 'A & B <c> "d"' });
    expect(parseFeed(xml).title).toBe('A & B <c> "d"');
  });
});

describe('the per-plan feeds', () => {
  it.each(entries(catalog, 'plans').map((p) => p.id))(
    '%s has its reports and the decisions behind it, and parses',
    (plan) => {
      const scope = planScope(catalog, plan);
      const feed = parseFeed(
        feedXml(feedOf({ reports: scope.reports, decisions: scope.decisions }, planFeedPath(plan))),
      );
      const ids = (feed.entry ?? []).map((e: { id: string }) => e.id.split('/').at(-2));
      const reports = entries(catalog, 'reports')
        .filter((r) => r.data.plan.id === plan)
        .map((r) => r.id);
      expect(ids).toEqual(expect.arrayContaining(reports));
      expect(ids.length).toBe(scope.reports.size + scope.decisions.size);
      expect(feed.updated).toMatch(RFC3339);
    },
  );

  it('gives a plan its reports and its adopting and revising decisions, and no other plan’s', () => {
    const scope = planScope(catalog, SAMPLE_PLAN);
    const ids = feedEntries(catalog, SITE, datesOf, scope).map((e) => e.url.split('/').at(-2));
    expect(ids).toEqual(
      expect.arrayContaining([
        'tertialrapport-april-2024',
        'uppfoljning-2024',
        'delarsrapport-augusti-2024',
        'rs-2023-11-08-100',
        'rs-2024-01-23-5',
      ]),
    );
    expect(ids).not.toContain('rf-2023-06-14-50');
  });

  it('is still a valid feed with no entries', () => {
    const xml = feedXml({ ...feedOf(), entries: [] });
    const feed = parseFeed(xml);
    expect(feed.entry).toBeUndefined();
    expect(feed.updated).toBe('2024-01-01T00:00:00.000Z');
  });
});
