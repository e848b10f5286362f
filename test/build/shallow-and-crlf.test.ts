/**
 * Builds as CI services and Windows laptops make them:
 * - from a `git clone --depth 1`, the default checkout of most CI services: every output says
 *   the history is unavailable, and the feeds date entries by the content's own dates, never
 *   by the clone's one commit; the data catalogue invents no dates either, and no page has
 *   archived versions under /arkiv/;
 * - from a copy of the same content with CRLF line endings (git's default checkout on
 *   Windows): it validates, and builds to byte-identical files.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Catalog, entries } from '#lib/core/catalog.ts';
import { planFeedPath } from '#lib/open-data/feeds.ts';
import { sv } from '#lib/i18n/sv.ts';
import { validateContent } from '../../src/data/content-files.ts';
import { astroBuildOrThrow } from '../helpers/astro-build.ts';
import { filesIn, page, TEST_BUILD_ENV, textOf } from '../helpers/built-site.ts';
import { FROZEN_CONTENT } from '../helpers/content.ts';
import { commitAll, git, newRepo, shallowClone } from '../helpers/git.ts';

/** The time of the clone's one commit: no output may carry it. */
const CLONE_COMMIT = '2031-05-05T05:05:05Z';

function build(contentDir: string): string {
  const dist = join(mkdtempSync(join(tmpdir(), 'insyn-dist-')), 'dist');
  astroBuildOrThrow(dist, { ...TEST_BUILD_ENV, INSYN_CONTENT_DIR: contentDir });
  return dist;
}

/** Every file under a folder, relative to it with forward slashes. */
function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? walk(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`],
  );
}

/** The date each feed entry must carry without history: the report's or decision's own. */
function ownDates(catalog: Catalog): Map<string, string> {
  const dates = new Map<string, string>();
  for (const d of entries(catalog, 'decisions')) dates.set(`/beslut/${d.id}/`, new Date(d.data.date).toISOString());
  for (const r of entries(catalog, 'reports')) {
    const day = r.data.date ?? catalog.periods.get(r.data.period.id)!.data.endDate;
    dates.set(`/rapporter/${r.id}/`, new Date(day).toISOString());
  }
  return dates;
}

/** `[address path, published]` of every entry of an Atom feed. */
const feedEntries = (xml: string) =>
  xml
    .split('<entry>')
    .slice(1)
    .map((e) => [new URL(/<id>([^<]+)<\/id>/.exec(e)![1]).pathname, /<published>([^<]+)<\/published>/.exec(e)![1]]);

describe('a build from a --depth 1 clone, and from the same content with CRLF line endings', () => {
  let shallowDist = '';
  let crlfDist = '';
  let crlfContent = '';
  let catalog: Catalog;

  beforeAll(() => {
    const repo = newRepo();
    cpSync(FROZEN_CONTENT, join(repo, 'content'), { recursive: true });
    commitAll(repo, 'Seed', '2024-06-01T10:00:00+02:00');
    writeFileSync(
      join(repo, 'content/periods/helar-2024.json'),
      readFileSync(join(repo, 'content/periods/helar-2024.json'), 'utf8') + '\n',
    );
    commitAll(repo, 'The clone gets this commit only', CLONE_COMMIT);
    const clone = shallowClone(repo);
    expect(git(clone, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    catalog = validateContent(clone).catalog;
    crlfContent = join(mkdtempSync(join(tmpdir(), 'insyn-crlf-')), 'content');
    cpSync(join(clone, 'content'), crlfContent, { recursive: true });
    for (const file of walk(crlfContent)) {
      const full = join(crlfContent, file);
      writeFileSync(full, readFileSync(full, 'utf8').replace(/\r?\n/g, '\r\n'));
    }
    shallowDist = build(join(clone, 'content'));
    crlfDist = build(crlfContent);
  }, 600_000);

  it('the site feed dates every entry by its own date, and says why', () => {
    const xml = readFileSync(join(shallowDist, 'flode.xml'), 'utf8');
    const expected = ownDates(catalog);
    const found = feedEntries(xml);
    expect(found.length).toBe(expected.size);
    for (const [path, published] of found) expect(published, path).toBe(expected.get(path));
    expect(xml).toContain('Ändringshistoriken är inte tillgänglig');
  });

  it("every plan feed dates its entries by their own dates, never the clone's commit", () => {
    const expected = ownDates(catalog);
    const plans = entries(catalog, 'plans');
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const xml = readFileSync(join(shallowDist, planFeedPath(plan.id)), 'utf8');
      for (const [path, published] of feedEntries(xml)) expect(published, path).toBe(expected.get(path));
      expect(xml).not.toContain(CLONE_COMMIT.slice(0, 10));
    }
  });

  it("no feed, page or catalogue carries the clone's commit date", () => {
    const outputs = filesIn(shallowDist).filter((f) => /\.(html|xml|rdf|jsonld|json)$/.test(f));
    expect(outputs).toContain('/data/katalog.rdf');
    const carrying = outputs.filter((f) =>
      readFileSync(join(shallowDist, f), 'utf8').includes(CLONE_COMMIT.slice(0, 10)),
    );
    expect(carrying).toEqual([]);
  });

  it('entry pages and the list of changes say the history is unavailable', () => {
    const plan = entries(catalog, 'plans')[0];
    for (const file of [`/planer/${plan.id}/index.html`, '/senaste-andringar/index.html']) {
      expect(textOf(page(shallowDist, file).querySelector('main'))).toContain(sv.history.text.unavailable);
    }
  });

  it('has no archived versions of pages, and entry pages list none', () => {
    expect(existsSync(join(shallowDist, 'arkiv'))).toBe(false);
    const plan = entries(catalog, 'plans')[0];
    expect(page(shallowDist, `/planer/${plan.id}/index.html`).querySelector('.versions')).toBeNull();
  });

  it('content with CRLF line endings validates', () => {
    expect(validateContent(join(crlfContent, '..'), crlfContent).problems).toEqual([]);
  });

  it('content with CRLF line endings builds to byte-identical files', () => {
    const files = walk(shallowDist);
    expect(walk(crlfDist)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(shallowDist, f)).equals(readFileSync(join(crlfDist, f))));
    expect(differing).toEqual([]);
  });
});
