/**
 * Every built page is valid by the Nu HTML Checker, beside html-validate
 * (`html-validity.test.ts`): the Nu checker parses as browsers do, so it sees what
 * html-validate does not, such as a script written after `</html>`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn } from '../helpers/built-site.ts';
import { builtLiveSite, builtLiveSiteWithoutExamples } from '../helpers/live-content.ts';
import { nuErrors, nuErrorsOf } from '../helpers/nu-checker.ts';

/**
 * The pages to check in a build: every Swedish page, and one of each kind among the pages
 * drawn again from the same templates (the English pages and the archived versions), which
 * would otherwise double the checker's time for no new markup.
 */
function pagesToCheck(dist: string): string[] {
  const seen = new Set<string>();
  return filesIn(dist)
    .filter((file) => file.endsWith('.html'))
    .filter((file) => {
      const copy = /^\/(en|arkiv\/[^/]+)(\/.*)$/.exec(file);
      if (!copy) return true;
      const parts = copy[2].split('/');
      const kind = `${copy[1].split('/')[0]} ${parts[1]} ${parts.length}`;
      if (seen.has(kind)) return false;
      seen.add(kind);
      return true;
    });
}

describe('Nu HTML Checker', () => {
  it('every built page has no errors, with and without examples', () => {
    const dist = builtLiveSite();
    const without = builtLiveSiteWithoutExamples();
    const pages = pagesToCheck(dist);
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.some((file) => file.startsWith('/en/'))).toBe(true);
    expect(filesIn(without).filter((file) => file.endsWith('.html')).length).toBeGreaterThan(0);
    expect([...nuErrorsOf(dist, pages), ...nuErrors(without)]).toEqual([]);
  }, 300_000);

  it('finds what it should: a script after </html> is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'insyn-nu-'));
    try {
      writeFileSync(
        join(dir, 'sida.html'),
        '<!doctype html><html lang="sv"><head><title>x</title></head><body><p>Text</p></body></html><script type="module" src="/a.js"></script>',
      );
      const errors = nuErrors(dir);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0]).toMatch(/^sida\.html:1:\d+ .*script/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
