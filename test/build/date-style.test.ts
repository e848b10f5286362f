/**
 * One date style for visitors: every date a built page shows in its text reads the Swedish
 * way, "30 april 2024" (or "april 2024" when the source gives only the month). Dates in
 * attributes (`<time datetime>`, data attributes, addresses), in code and in file names are
 * for machines and stay ISO; diarienummer (RS/595/2023) and ids (rf-2024-02-19, named where an
 * entry no longer exists) are not dates.
 *
 * A decision's name, "RS 2023-11-08 § 194", is the protocol's own reference (body, meeting
 * date, paragraph) as the region writes it and journalists search for it: it is an
 * identifier, not a date to read, so it is allowed where it names a decision (see DOMAIN.md).
 */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtSite, page, sitePages } from '../helpers/built-site.ts';
import { plain } from '../helpers/text.ts';

/** Other ways of writing a date than "30 april 2024", each with what it is. */
const OTHER_STYLES: [name: string, pattern: RegExp][] = [
  ['ISO-datum (2024-04-30)', /(?<![\w/-])\d{4}-\d{2}-\d{2}\b/g],
  ['ISO-månad (2024-04)', /(?<![\w/-])\d{4}-(0[1-9]|1[0-2])(?![\d–-])/g],
  ['siffror med snedstreck (30/4/2024)', /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g],
  ['siffror med punkt (30.4.2024)', /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/g],
  ['förkortad månad (30 apr 2024)', /\b\d{1,2} (jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.? \d{4}\b/gi],
  [
    'månad med versal (30 April 2024)',
    /\b\d{1,2} (Januari|Februari|Mars|April|Maj|Juni|Juli|Augusti|September|Oktober|November|December) \d{4}\b/g,
  ],
];

/** A decision's protocol reference: body, meeting date and paragraph. */
const DECISION_REFERENCE = /(?<![\p{L}])\p{Lu}{2,4} \d{4}-\d{2}-\d{2}(–\d{2})? § \d+/gu;

/** Elements whose text is not read as running text: scripts, styles, code. */
const NOT_TEXT = 'script, style, code, pre, kbd, samp, template';

/** What a visitor reads on a page: its text without scripts, styles, code, addresses and file names. */
export function visibleText(root: HTMLElement): string {
  const body = root.querySelector('body');
  if (!body) return '';
  const copy = body.clone() as HTMLElement;
  for (const element of copy.querySelectorAll(NOT_TEXT)) element.remove();
  return plain(copy.structuredText)
    .replace(/https?:\/\/\S+/g, '')
    .replace(/\s+/g, ' ');
}

/** Every date in another style than "30 april 2024", with some text around it. */
export function otherDateStyles(text: string): string[] {
  const withoutReferences = text.replace(DECISION_REFERENCE, '');
  return OTHER_STYLES.flatMap(([name, pattern]) =>
    [...withoutReferences.matchAll(pattern)].map(
      (m) => `${name}: "…${withoutReferences.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)}…"`,
    ),
  );
}

describe('dates for visitors', () => {
  it('every built page writes its dates one way, "30 april 2024"', () => {
    const dist = builtSite();
    const pages = sitePages(dist);
    expect(pages.length).toBeGreaterThan(100);
    const found = pages.flatMap((file) => otherDateStyles(visibleText(page(dist, file))).map((f) => `${file}: ${f}`));
    expect(found).toEqual([]);
  });

  it('finds each other style, and leaves decision references, dnr, ranges and amounts alone', () => {
    expect(
      otherDateStyles('Rapporten 2024-05-07 och 2024-02, den 30/4/2024, 30.4.2024, 30 apr 2024, 30 April 2024.'),
    ).toHaveLength(6);
    expect(
      otherDateStyles(
        'Beslut RS 2023-11-08 § 194 i RS/595/2023 om 2024–2026, 2024-2026 och 4 287,5 mnkr den 30 april 2024.',
      ),
    ).toEqual([]);
  });
});
