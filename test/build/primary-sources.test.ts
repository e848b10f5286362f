/**
 * Build-level: what journalists look for, on a copy of the frozen content with the fields the
 * live content leaves empty set: the links to a decision's and a document's originals (and no
 * heading where there are none), the example mark on a partly reconstructed decision's
 * invented parts only, and the press contact from the configuration on /om/ and beside an
 * entry's citation.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuildOrThrow } from '../helpers/astro-build.ts';
import { fileFor, filesIn, page, TEST_BUILD_ENV, textOf } from '../helpers/built-site.ts';
import { FROZEN_CONTENT } from '../helpers/content.ts';

const PROTOCOL = 'https://www.regionjh.se/protokoll/rs-2023-11-08.pdf';
const CASE = 'https://diarium.regionjh.se/arende/RS-595-2023';
const ORIGINAL = 'https://www.regionjh.se/dokument/uppfoljning-2024.pdf';
const PRESS = { label: 'Press och media', email: 'press@region.example', phone: '063-14 75 00' };
/** A decision whose title and diarienummer were rebuilt from other documents, and one invented throughout. */
const PARTLY = 'rs-2023-11-08-194';
const WHOLLY = 'rs-2024-01-23-6';

let dist: string;

function edit(content: string, path: string, change: (data: Record<string, unknown>) => void): void {
  const file = join(content, path);
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(data);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-sources-'));
  const content = join(dir, 'content');
  cpSync(FROZEN_CONTENT, content, { recursive: true });
  edit(content, `decisions/${PARTLY}.json`, (d) => {
    Object.assign(d, {
      protocolUrl: PROTOCOL,
      caseUrl: CASE,
      illustrative: 'Rubriken och diarienumret är skrivna efter tjänsteskrivelsen.',
      exampleFields: ['dnr', 'title'],
    });
  });
  edit(content, `decisions/${WHOLLY}.json`, (d) => {
    d.illustrative = 'Hela beslutet är ett exempel.';
  });
  const mdx = join(content, 'documents/uppfoljning-rs-plan-och-budget-2024.mdx');
  writeFileSync(mdx, readFileSync(mdx, 'utf8').replace(/^unit: sekretariatet$/m, `$&\noriginalUrl: ${ORIGINAL}`));
  edit(content, 'insyn.json', (config) => {
    (config.contacts as Record<string, unknown>).press = PRESS;
  });
  dist = mkdtempSync(join(tmpdir(), 'insyn-dist-'));
  astroBuildOrThrow(dist, { ...TEST_BUILD_ENV, INSYN_CONTENT_DIR: content });
}, 300_000);

const root = (path: string) => page(dist, fileFor(dist, path)!);
const originals = (html: HTMLElement) => {
  const section = html.querySelector('#originalhandlingar')?.parentNode;
  return section?.querySelectorAll('a').map((a) => [textOf(a), a.getAttribute('href')]);
};
const marked = (element: HTMLElement | null | undefined) => Boolean(element?.querySelector('.example-mark'));

describe('the originals of decisions and documents', () => {
  it('are linked under "Originalhandlingar" where the content gives their addresses, in a reader’s order', () => {
    expect(originals(root(`/beslut/${PARTLY}/`))).toEqual([
      ['Protokollet från sammanträdet', PROTOCOL],
      ['Ärendet i regionens diarium', CASE],
    ]);
    expect(originals(root('/dokument/uppfoljning-rs-plan-och-budget-2024/'))).toEqual([['Originalfilen', ORIGINAL]]);
  });

  it('leave no heading and no "unknown address" where the content gives none', () => {
    for (const path of [`/beslut/${WHOLLY}/`, '/dokument/revidering-rs-plan-och-budget-2024/']) {
      const main = root(path).querySelector('main')!;
      expect(main.querySelector('#originalhandlingar'), path).toBeNull();
      expect(textOf(main), path).not.toMatch(/inte känd|Originalhandlingar/);
    }
  });
});

describe('a partly reconstructed decision', () => {
  const facts = (html: HTMLElement) =>
    Object.fromEntries(html.querySelectorAll('.facts dt').map((dt) => [textOf(dt), dt.nextElementSibling]));

  it('carries the mark on its invented title and diarienummer only, on its page', () => {
    const html = root(`/beslut/${PARTLY}/`);
    expect(marked(html.querySelector('h1'))).toBe(true);
    const fact = facts(html);
    expect([fact.Organ, fact.Sammanträde, fact.Paragraf].map(marked)).toEqual([false, false, false]);
    expect(marked(fact.Diarienummer)).toBe(true);
    expect(marked(html.querySelector('.lead'))).toBe(false);
    // A decision invented as a whole has its box, which says so, and no mark on each fact.
    const whole = root(`/beslut/${WHOLLY}/`);
    expect(whole.querySelector('.example')).not.toBeNull();
    expect(Object.values(facts(whole)).some(marked)).toBe(false);
  });

  it('carries it cell by cell in the register', () => {
    const row = (id: string) =>
      root('/beslut/')
        .querySelectorAll('.register tbody tr')
        .find((tr) => tr.querySelector(`a[href="/beslut/${id}/"]`))!;
    expect(row(PARTLY).querySelectorAll('td, th').map(marked)).toEqual([false, false, false, true, true]);
    // A decision invented as a whole has one mark, beside its title, as any example entry in a list.
    expect(row(WHOLLY).querySelectorAll('td, th').map(marked)).toEqual([false, false, false, true, false]);
  });

  it('is cited as the protocol names it without a mark, the mark beside its diarienummer and title', () => {
    const cites = filesIn(dist)
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => page(dist, file).querySelectorAll('.decision-cite'))
      .filter((cite) => cite.querySelector(`a[href="/beslut/${PARTLY}/"]`));
    expect(cites.length).toBeGreaterThan(0);
    for (const cite of cites) {
      const link = cite.querySelector('a')!;
      expect(link.nextElementSibling?.classList.contains('example-mark')).toBe(false);
      expect(marked(cite.querySelector('.meta'))).toBe(true);
      expect(textOf(cite)).toMatch(/^RS 2023-11-08 § 194 \(Regionstyrelsen, dnr RS\/595\/2023 exempel: [^)]+\)/);
    }
  });
});

describe('the press contact', () => {
  it('has its own section on /om/, from the configuration', () => {
    const html = root('/om/');
    const section = html.querySelector('#press')!;
    expect(textOf(section)).toBe('För journalister');
    const list = html.querySelectorAll('.contact-list')[0];
    expect(textOf(list.querySelector('dt'))).toBe(PRESS.label);
    expect(list.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      `mailto:${PRESS.email}`,
      'tel:063147500',
    ]);
  });

  it('stands beside an entry’s own citation, not beside every chart’s', () => {
    const html = root('/nyckeltal/serviceniva-helpdesk/');
    const press = html.querySelectorAll('.cite-press');
    expect(press).toHaveLength(1);
    expect(press[0].querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      `mailto:${PRESS.email}`,
      'tel:063147500',
    ]);
    expect(textOf(press[0])).toMatch(/^Frågor från journalister: press@region\.example, 063/);
  });
});
