/**
 * Build-level: the built site shows each entry's history, the Senaste ändringar page and
 * its Atom feed, from a copy of the content committed at fixed dates: what changed in words
 * for the public, staff's `Ändring:` note, never a commit subject, and a formatting-only
 * commit not listed. (A shallow clone: test/build/shallow-and-crlf.test.ts.)
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuildOrThrow } from '../helpers/astro-build.ts';
import { builtSite, TEST_BUILD_ENV, TEST_REPO_URL, TEST_SITE } from '../helpers/built-site.ts';
import { FROZEN_CONTENT } from '../helpers/content.ts';
import { formatFixed } from '#lib/core/format.ts';
import { commitAll, newRepo } from '../helpers/git.ts';

const SITE = TEST_SITE;
const REPO_URL = TEST_REPO_URL;

/** Builds other content into a fresh folder, for the same site and repository as the shared build, and returns that folder. */
function build(contentDir: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'insyn-dist-'));
  astroBuildOrThrow(outDir, { ...TEST_BUILD_ENV, INSYN_CONTENT_DIR: contentDir });
  return outDir;
}

const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/** The change-history section of a built page, read from its markup. */
function historySection(html: string) {
  const section = /<section class="change-history"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  const lastChanged = /class="last-changed"[^>]*>[^<]*<time datetime="([^"]+)"[^>]*>([^<]+)<\/time>/.exec(section);
  const items = [...section.matchAll(/<li[^>]*><time datetime="([^"]+)"[^>]*>([^<]+)<\/time>([\s\S]*?)<\/li>/g)].map(
    (m) => ({
      datetime: m[1],
      shown: m[2],
      rest: m[3],
    }),
  );
  return { section, lastChanged: lastChanged && { datetime: lastChanged[1], shown: lastChanged[2] }, items };
}

function parseFeed(dist: string) {
  const xml = readFileSync(join(dist, 'senaste-andringar/flode.xml'), 'utf8');
  expect(SyntaxValidator.validate(xml)).toBe(true);
  const feed = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => name === 'entry' || name === 'link',
  }).parse(xml).feed;
  return {
    feed,
    entries: (feed.entry ?? []) as {
      id: string;
      title: string;
      updated: string;
      link: { '@_href': string }[];
      content: { '#text': string; '@_type': string };
    }[],
  };
}

const unescape = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('lineage across plans in the shared build', () => {
  it('links the 2025 IT-säkerhet nyckeltal to 2024 as one line', () => {
    const dist = builtSite();
    const html = page(dist, 'nyckeltal/it-sakerhet-databaser-2025');
    const nav = /<nav class="lineage"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(nav).toContain('href="/nyckeltal/it-sakerhet-databaser/"');
    expect(nav).toMatch(/aria-current="page"[^>]*><strong[^>]*>2025<\/strong>/);
    expect(page(dist, 'nyckeltal/it-sakerhet-databaser')).toContain('href="/nyckeltal/it-sakerhet-databaser-2025/"');
    expect(page(dist, 'nyckeltal/frisktal')).not.toContain('class="lineage"');
  }, 300_000);
});

describe('a build from content committed at fixed dates', () => {
  const HELPDESK = 'content/nyckeltal/rs-plan-och-budget-2024/serviceniva-helpdesk.json';
  let repo: string;
  let dist: string;
  const sha: Record<string, string> = {};
  /** The helpdesk's result per april before it was corrected. */
  const before = { value: 0 };
  beforeAll(() => {
    repo = newRepo();
    cpSync(FROZEN_CONTENT, join(repo, 'content'), { recursive: true });
    sha.seed = commitAll(repo, 'DEV-SUBJECT Publicera planen', '2024-06-01T12:00:00+02:00');
    const file = join(repo, HELPDESK);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.results[0].comment = `${data.results[0].comment} Rättad kommentar.`;
    before.value = data.results[0].value;
    data.results[0].value += 1.5;
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    sha.comment = commitAll(
      repo,
      'DEV-SUBJECT Rätta kommentaren\n\nÄndring: Kommentaren till Helpdesk kompletterad.',
      '2024-09-15T23:30:00+00:00',
    );
    // Nothing a visitor sees: the same data written with four spaces and without `$schema`.
    const { $schema: _schema, ...rest } = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, `${JSON.stringify(rest, null, 4)}\n`);
    sha.format = commitAll(repo, 'DEV-SUBJECT Formatera om', '2024-10-01T10:00:00+02:00');
    dist = build(join(repo, 'content'));
  }, 300_000);

  it('shows when each entry was last visibly changed, on the Swedish day, in words for the public with a link to the commit', () => {
    const changed = historySection(page(dist, 'nyckeltal/serviceniva-helpdesk'));
    expect(changed.lastChanged?.shown).toBe('16 september 2024');
    expect(changed.items.map((i) => i.shown)).toEqual(['16 september 2024', '1 juni 2024']);
    const [comment, seed] = changed.items.map((i) => unescape(i.rest));
    expect(comment).toContain('Kommentaren till Helpdesk kompletterad.');
    expect(comment).toContain('Kommentar till utfall per april 2024 ändrad från');
    // The corrected result, before and after, in words and marked up; the invented values keep their mark.
    const [was, now] = [before.value, before.value + 1.5].map((v) => formatFixed(v, 1));
    expect(comment).toMatch(
      new RegExp(
        `Utfall per april 2024 ändrat från <del[^>]*>${was}\u00a0% <span class="example-mark">[\\s\\S]*?</del> till <ins[^>]*>${now}\u00a0% <span class="example-mark">`,
      ),
    );
    expect(comment).toContain(`href="${REPO_URL}/commit/${sha.comment}"`);
    expect(seed).toContain('Publicerad på Insyn');
    expect(historySection(page(dist, 'nyckeltal/frisktal')).lastChanged?.shown).toBe('1 juni 2024');
  });

  it('lists the visible changes on /senaste-andringar/ and in its feed, newest first, never a commit subject', () => {
    const html = page(dist, 'senaste-andringar');
    const anchors = [...html.matchAll(/<li id="andring-([0-9a-f]+)"/g)].map((m) => m[1]);
    expect(anchors).toEqual([sha.comment, sha.seed].map((s) => s.slice(0, 12)));
    const { feed, entries } = parseFeed(dist);
    expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe(
      `${SITE}/senaste-andringar/flode.xml`,
    );
    expect(entries.map((e) => e.id)).toEqual(anchors.map((a) => `${SITE}/senaste-andringar/#andring-${a}`));
    expect(entries[0].title).toBe('Kommentaren till Helpdesk kompletterad.');
    expect(entries[1].title).toMatch(/^Publicerad på Insyn för \d+ poster$/);
    expect(Date.parse(feed.updated)).toBe(Date.parse(entries[0].updated));
    for (const entry of entries)
      expect(entry.content['#text']).toMatch(new RegExp(`<a href="${SITE}/[a-z]+/[a-z0-9-]+/">`));
    expect(html).toContain('Listan visar alla 2 ändringar av innehållet.');
    // What changed, before and after, on the page and in the feed.
    const [was, now] = [before.value, before.value + 1.5].map((v) => formatFixed(v, 1));
    const item = /<li id="andring-[^"]+"[\s\S]*?<\/ul>/.exec(html)![0];
    expect(item).toMatch(
      new RegExp(`från <del[^>]*>${was}\u00a0% <span[\\s\\S]*?</del> till <ins[^>]*>${now}\u00a0% <span`),
    );
    expect(entries[0].content['#text']).toContain(
      `Utfall per april 2024 ändrat från <del>${was}\u00a0% (exempel)</del> till <ins>${now}\u00a0% (exempel)</ins>`,
    );
    expect(html + readFileSync(join(dist, 'senaste-andringar/flode.xml'), 'utf8')).not.toContain('DEV-SUBJECT');
  });
});
