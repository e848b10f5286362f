/**
 * The live content's build, checked for what holds for any valid content: every internal
 * link, form action and #fragment resolves. (Page texts, periods and counts are checked on
 * the frozen copy's build in site.test.ts; HTML validity in html-validity.test.ts and
 * nu-html.test.ts, on this same build.)
 */
import { describe, expect, it } from 'vitest';
import { brokenLinks, sitePages } from '../helpers/built-site.ts';
import { builtLiveSite } from '../helpers/live-content.ts';

describe('the live content’s build', () => {
  it('has pages, and every internal link, form action and #fragment resolves', () => {
    const dist = builtLiveSite();
    expect(sitePages(dist).length).toBeGreaterThan(0);
    expect(brokenLinks(dist)).toEqual([]);
  }, 300_000);
});
