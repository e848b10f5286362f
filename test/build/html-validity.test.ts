/**
 * Every page the build writes is valid HTML by html-validate's recommended rules (the
 * configuration, and why one rule is off, is in `.htmlvalidate.mjs`): content models,
 * attributes, ids, nesting, and its accessibility and security rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { builtSite, filesIn } from '../helpers/built-site.ts';

describe('HTML validity', () => {
  it('every built page has no html-validate errors', async () => {
    const dist = builtSite();
    const pages = filesIn(dist).filter((file) => file.endsWith('.html'));
    const validator = new HtmlValidate({ ...config, root: true });
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages)
          errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
      }
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the check finds what it should: an invalid page fails', async () => {
    const validator = new HtmlValidate({ ...config, root: true });
    const report = await validator.validateString(
      '<!doctype html><html lang="sv"><head><title>x</title></head><body><ul><p>fel</p></ul><img src="a.png"></body></html>',
      'prov.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['element-permitted-content', 'wcag/h37']));
  });
});
