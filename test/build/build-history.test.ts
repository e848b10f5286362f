/**
 * Build-level: the built site shows each entry's history, the Senaste ändringar page and
 * its Atom feed. This repository's own build is checked against `git log` (its history is
 * real commits); a copy of the content committed at fixed dates checks the dates shown, and
 * a shallow clone of it must still build and say that the history is not available.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_TEXT } from '#lib/history/history-text.ts';
import { astroBuildOrThrow } from '../helpers/astro-build.ts';
import { builtSite, TEST_BUILD_ENV, TEST_REPO_URL, TEST_SITE } from '../helpers/built-site.ts';
import { ROOT } from '../helpers/content.ts';
import { commitAll, git, newRepo, shallowClone } from '../helpers/git.ts';

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
  expect(XMLValidator.validate(xml)).toBe(true);
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

describe('the build of this repository', () => {
  let dist: string;
  const shallow = git(ROOT, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
  beforeAll(() => {
    dist = builtSite();
  }, 180_000);

  /** `git log` of one file: what its page must list. */
  const logOf = (file: string) =>
    git(ROOT, ['log', '--format=%H%x1f%cI%x1f%s', '--', file])
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [sha, date, subject] = line.split('\x1f');
        return { sha, date, subject };
      });

  it.each([
    ['nyckeltal/it-sakerhet-databaser', 'content/nyckeltal/rs-plan-och-budget-2024/it-sakerhet-databaser.json'],
    ['uppdrag/heltid-som-norm', 'content/uppdrag/rs-plan-och-budget-2024/heltid-som-norm.mdx'],
    ['planer/rs-plan-och-budget-2025', 'content/plans/rs-plan-och-budget-2025.json'],
  ])('shows the history of /%s/ as git log has it', (path, file) => {
    const { section, lastChanged, items } = historySection(page(dist, path));
    expect(section).toContain(HISTORY_TEXT.heading);
    if (shallow) {
      expect(section).toContain(HISTORY_TEXT.unavailable);
      expect(items).toEqual([]);
      return;
    }
    const log = logOf(file);
    if (log.length === 0) {
      expect(section).toContain(HISTORY_TEXT.noChanges);
      return;
    }
    expect(lastChanged?.datetime).toBe(log[0].date);
    expect(items.map((i) => i.datetime)).toEqual(log.map((c) => c.date));
    log.forEach((commit, index) => {
      expect(unescape(items[index].rest)).toContain(commit.subject);
      expect(items[index].rest).toContain(`href="${REPO_URL}/commit/${commit.sha}"`);
    });
  });

  it('links the 2025 IT-säkerhet nyckeltal to 2024 as one line', () => {
    const html = page(dist, 'nyckeltal/it-sakerhet-databaser-2025');
    const nav = /<nav class="lineage"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(nav).toContain('href="/nyckeltal/it-sakerhet-databaser/"');
    expect(nav).toMatch(/aria-current="page"[^>]*><strong[^>]*>2025<\/strong>/);
    expect(page(dist, 'nyckeltal/it-sakerhet-databaser')).toContain('href="/nyckeltal/it-sakerhet-databaser-2025/"');
    expect(page(dist, 'nyckeltal/frisktal')).not.toContain('class="lineage"');
  });

  it('lists the newest content changes on /senaste-andringar/ and in its feed, newest first', () => {
    const html = page(dist, 'senaste-andringar');
    const anchors = [...html.matchAll(/<li id="andring-([0-9a-f]+)"/g)].map((m) => m[1]);
    const { feed, entries } = parseFeed(dist);
    expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe(
      `${SITE}/senaste-andringar/flode.xml`,
    );
    if (shallow) {
      expect(html).toContain(HISTORY_TEXT.unavailable);
      expect(entries).toEqual([]);
      return;
    }
    // Commits that changed an entry file, newest first, straight from git.
    const expected = git(ROOT, [
      'log',
      '--date-order',
      '--diff-merges=dense-combined',
      '--format=%x1e%H',
      '--name-only',
      '--',
      'content',
    ])
      .split('\x1e')
      .slice(1)
      .filter((record) => /^content\/[a-z]+\/(?:.*\/)?[a-z0-9-]+\.(?:json|mdx)$/m.test(record))
      .map((record) => record.split('\n')[0])
      .slice(0, 50);
    expect(anchors).toEqual(expected.map((sha) => sha.slice(0, 12)));
    expect(entries.map((e) => e.id)).toEqual(anchors.map((a) => `${SITE}/senaste-andringar/#andring-${a}`));
    const dates = entries.map((e) => Date.parse(e.updated));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(Date.parse(feed.updated)).toBe(dates[0]);
    for (const entry of entries) expect(entry.content['@_type']).toBe('html');
    for (const entry of entries)
      expect(entry.content['#text']).toMatch(new RegExp(`<a href="${SITE}/[a-z]+/[a-z0-9-]+/">`));
  });
});

describe('a build from content committed at fixed dates', () => {
  let repo: string;
  beforeAll(() => {
    repo = newRepo();
    cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
    commitAll(repo, 'Publicera planen', '2024-06-01T12:00:00+02:00');
    const file = join(repo, 'content/nyckeltal/rs-plan-och-budget-2024/serviceniva-helpdesk.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.results[0].comment = `${data.results[0].comment} Rättad kommentar.`;
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    commitAll(repo, 'Rätta kommentaren till Helpdesk', '2024-09-15T23:30:00+00:00');
  });

  it('shows when each entry was last changed, on the Swedish day', () => {
    const dist = build(join(repo, 'content'));
    const changed = historySection(page(dist, 'nyckeltal/serviceniva-helpdesk'));
    expect(changed.lastChanged?.shown).toBe('16 september 2024');
    expect(changed.items.map((i) => [i.shown, unescape(i.rest).includes('Rätta kommentaren till Helpdesk')])).toEqual([
      ['16 september 2024', true],
      ['1 juni 2024', false],
    ]);
    expect(historySection(page(dist, 'nyckeltal/frisktal')).lastChanged?.shown).toBe('1 juni 2024');
    const { entries } = parseFeed(dist);
    expect(entries.map((e) => e.title)).toEqual(['Rätta kommentaren till Helpdesk', 'Publicera planen']);
    expect(page(dist, 'senaste-andringar')).toContain('Listan visar alla 2 ändringar av innehållet.');
  }, 180_000);

  it('builds from a shallow clone and says the history is not available, with no dates', () => {
    const clone = shallowClone(repo);
    const dist = build(join(clone, 'content'));
    for (const path of [
      'nyckeltal/serviceniva-helpdesk',
      'uppdrag/heltid-som-norm',
      'planer/rs-plan-och-budget-2024',
    ]) {
      const { section, lastChanged, items } = historySection(page(dist, path));
      expect(section).toContain(HISTORY_TEXT.unavailable);
      expect(lastChanged).toBeNull();
      expect(items).toEqual([]);
      expect(section).not.toContain('<time');
    }
    expect(page(dist, 'senaste-andringar')).toContain(HISTORY_TEXT.unavailable);
    expect(parseFeed(dist).entries).toEqual([]);
    expect(existsSync(join(dist, 'nyckeltal/it-sakerhet-databaser-2025/index.html'))).toBe(true);
  }, 180_000);
});
