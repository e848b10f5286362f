/**
 * Every page the build writes is valid HTML by html-validate's recommended rules (the
 * configuration, and why one rule is off, is in `.htmlvalidate.mjs`): content models,
 * attributes, ids, nesting, and its accessibility and security rules.
 */
import { describe, expect, it } from 'vitest';
import { filesIn } from '../helpers/built-site.ts';
import { builtLiveSite } from '../helpers/live-content.ts';
import { htmlErrors, htmlValidator } from '../helpers/html-validity.ts';

describe('HTML validity', () => {
  it('every built page has no html-validate errors', async () => {
    const dist = builtLiveSite();
    const pages = filesIn(dist).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    expect(await htmlErrors(dist, pages)).toEqual([]);
  }, 60_000);

  it('the check finds what it should: an invalid page fails', async () => {
    const validator = htmlValidator();
    const report = await validator.validateString(
      '<!doctype html><html lang="sv"><head><title>x</title></head><body><ul><p>fel</p></ul><img src="a.png"></body></html>',
      'prov.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['element-permitted-content', 'wcag/h37']));
  });
});
