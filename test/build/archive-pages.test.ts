/**
 * Build-level: pages as they were. A small content folder committed twice, on two days, the
 * second time with an uppdrag's status and description changed (and, between them, another
 * uppdrag's status corrected from a word today's schema refuses): the first day's version gets
 * a frozen page under /arkiv/ with the old status and text, a notice linking the live page,
 * noindex and its own canonical address, and stays out of the sitemap and the search index;
 * the live page lists it and names its own version in the citation. The plan of both uppdrag
 * is frozen as it stood before the status changed, with the statuses of that day read from
 * the history, and not for the day one of its items could not be read; an uppdrag removed
 * since stays in its list, by name, without a link that would lead nowhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryMdx } from '#lib/content/content-writer.ts';
import { parseMdx } from '#lib/content/frontmatter.ts';
import { STATUS_LABELS } from '#lib/core/labels.ts';
import type { HTMLElement } from 'node-html-parser';
import { astroBuildOrThrow } from '../helpers/astro-build.ts';
import { brokenLinks, page, TEST_BUILD_ENV, TEST_SITE, textOf } from '../helpers/built-site.ts';
import { commitAll, git, writeFiles } from '../helpers/git.ts';
import { sampleContentDir } from '../helpers/sample-on-disk.ts';
import { SAMPLE_FILES, SAMPLE_PLAN } from '../helpers/sample-site.ts';

const FILE = 'content/uppdrag/heltid.mdx';
const OTHER = 'content/uppdrag/samverkan.mdx';
const GONE = 'content/uppdrag/vantetider.mdx';
const FROZEN = '/arkiv/2026-12-01/uppdrag/heltid/';
const LIVE = '/uppdrag/heltid/';
const PLAN = `/planer/${SAMPLE_PLAN}/`;
/** The day the plan was last drawn before heltid's status changed: the day samverkan was corrected. */
const PLAN_DAY = '2026-12-03';
const FROZEN_PLAN = `/arkiv/${PLAN_DAY}${PLAN}`;

/** The sample uppdrag with its August status and its description. */
function heltid(august: string, text: string): string {
  const [april] = SAMPLE_FILES.uppdrag.heltid.statuses;
  const statuses = [april, { period: 'per-augusti-2024', status: august, text: `Läget i augusti: ${august}.` }];
  return entryMdx('uppdrag', { ...SAMPLE_FILES.uppdrag.heltid, statuses }, text);
}

/** The texts of the pages a Pagefind index was built from: every fragment's address. */
function indexedUrls(dist: string): string[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))).url as string;
  });
}

/** heltid's August status in its file as it was at `revision` (the working tree without one). */
function augustStatus(dir: string, revision?: string): keyof typeof STATUS_LABELS {
  const text = revision ? git(dir, ['show', `${revision}:${FILE}`]) : readFileSync(join(dir, FILE), 'utf8');
  const { data } = parseMdx(text);
  const statuses = (data as { statuses: { period: string; status: keyof typeof STATUS_LABELS }[] }).statuses;
  const august = statuses.find((s) => s.period === 'per-augusti-2024');
  if (!august) throw new Error('heltid has no August status');
  return august.status;
}

/** heltid's row among a plan page's items. */
function heltidRow(plan: HTMLElement): string {
  const link = plan.querySelectorAll('main .item-list a').find((a) => a.getAttribute('href') === LIVE);
  return textOf(link?.closest('li'));
}

describe('pages as they were, from content changed on a later day', () => {
  let dist: string;
  let dir: string;
  /** The commit of the day the plan's frozen version stands for. */
  let planCommit: string;
  beforeAll(() => {
    dir = sampleContentDir();
    git(dir, ['init', '-q', '-b', 'main']);
    // Another uppdrag first published with a status word today's schema does not know.
    const samverkan = readFileSync(join(dir, OTHER), 'utf8');
    writeFiles(dir, {
      [FILE]: heltid('helt-uppfyllt', 'Den första beskrivningen av heltid.'),
      [OTHER]: samverkan.replace('status: helt-uppfyllt', 'status: klart'),
    });
    commitAll(dir, 'Publicera', '2026-12-01T10:00:00+01:00');
    writeFiles(dir, { [OTHER]: samverkan });
    planCommit = commitAll(dir, 'Rätta statusen', `${PLAN_DAY}T10:00:00+01:00`);
    // The same day another uppdrag of the plan is removed: the plan's earlier version still lists it.
    writeFiles(dir, { [FILE]: heltid('ej-uppfyllt', 'En ny beskrivning av heltid.'), [GONE]: null });
    commitAll(dir, 'Ny status', '2026-12-05T10:00:00+01:00');
    dist = join(mkdtempSync(join(tmpdir(), 'insyn-dist-')), 'dist');
    astroBuildOrThrow(dist, { ...TEST_BUILD_ENV, INSYN_CONTENT_DIR: join(dir, 'content') });
  }, 300_000);

  it('freezes the first day’s version: old status and text, a notice linking the live page', () => {
    const frozen = page(dist, `${FROZEN.slice(1)}index.html`);
    const status = textOf(frozen.querySelector('#status')?.parentNode);
    expect(status).toContain('Helt uppfyllt');
    expect(status).not.toContain('Ej uppfyllt');
    expect(textOf(frozen.querySelector('main'))).toContain('Den första beskrivningen av heltid.');
    expect(textOf(frozen.querySelector('main'))).not.toContain('En ny beskrivning');
    const notice = frozen.querySelector('.archive-notice');
    expect(textOf(notice)).toContain('Så här såg sidan ut den 1 december 2026. Det finns en nyare version.');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe(LIVE);
    // The first thing in the main content.
    expect(frozen.querySelector('main')?.querySelector('*')?.getAttribute('class')).toBe('archive-notice');
  });

  it('is not indexed, is its own canonical address, and is in neither the sitemap nor the search index', () => {
    const frozen = page(dist, `${FROZEN.slice(1)}index.html`);
    expect(frozen.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(frozen.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${TEST_SITE}${FROZEN}`);
    const live = page(dist, 'uppdrag/heltid/index.html');
    expect(live.querySelector('meta[name="robots"]')).toBeNull();
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`${TEST_SITE}${LIVE}`);
    expect(sitemap).not.toContain('/arkiv/');
    const urls = indexedUrls(dist);
    expect(urls).toContain(LIVE);
    expect(urls.filter((url) => url.includes('/arkiv/'))).toEqual([]);
  });

  it('gives only superseded versions a page: none for the live day, none for entries never changed, none for a version today’s schema refuses', () => {
    expect(existsSync(join(dist, 'arkiv/2026-12-05'))).toBe(false);
    expect(readdirSync(join(dist, 'arkiv'))).toEqual(['2026-12-01', PLAN_DAY]);
    // On the first day the plan and the other pages that show samverkan could not be drawn: heltid's
    // own page, and the page of heltid's strategy, which samverkan is not part of, as it stood until heltid changed.
    expect(readdirSync(join(dist, 'arkiv/2026-12-01'))).toEqual(['strategier', 'uppdrag']);
    expect(readdirSync(join(dist, 'arkiv/2026-12-01/strategier'))).toEqual([SAMPLE_FILES.uppdrag.heltid.strategy]);
    expect(readdirSync(join(dist, 'arkiv/2026-12-01/uppdrag'))).toEqual(['heltid']);
    // heltid's own file did not change that day: no uppdrag page, but the pages that show its status.
    expect(readdirSync(join(dist, `arkiv/${PLAN_DAY}`))).not.toContain('uppdrag');
    expect(readdirSync(join(dist, `arkiv/${PLAN_DAY}`))).toContain('planer');
    // The refused version is left out, not shown; its entry's live page lists no earlier version.
    expect(page(dist, 'uppdrag/samverkan/index.html').querySelector('.versions')).toBeNull();
    expect(page(dist, 'uppdrag/samverkan/index.html').querySelectorAll('.change-history .changes li')).toHaveLength(2);
  });

  it('lists the earlier version in the live page’s history, and cites each page by its version', () => {
    const live = page(dist, 'uppdrag/heltid/index.html');
    // Folded on the live page, open on the frozen one.
    const versions = live.querySelector('.change-history details.versions');
    expect(textOf(versions?.querySelector('summary'))).toBe('Tidigare versioner (1)');
    expect(versions?.hasAttribute('open')).toBe(false);
    const links = live.querySelectorAll('.change-history .versions a');
    expect(links.map((a) => [a.getAttribute('href'), textOf(a)])).toEqual([[FROZEN, '1 december 2026']]);
    expect(textOf(live.querySelector('#status')?.parentNode)).toContain('Ej uppfyllt');
    expect(textOf(live.querySelector('.cite-value'))).toContain(
      `Version från 5 december 2026, ${TEST_SITE}${LIVE}#innehall.`,
    );
    const frozen = page(dist, `${FROZEN.slice(1)}index.html`);
    expect(textOf(frozen.querySelector('.cite-value'))).toContain(
      `Version från 1 december 2026, ${TEST_SITE}${FROZEN}#innehall.`,
    );
    expect(frozen.querySelector('.change-history details.versions')?.hasAttribute('open')).toBe(true);
    // The frozen page's history stops at its own version.
    expect(textOf(frozen.querySelector('.last-changed'))).toBe('Senast ändrad 1 december 2026');
  });

  it('freezes the plan with its items’ statuses of that day, as the history has them, not today’s', () => {
    const then = STATUS_LABELS[augustStatus(dir, planCommit)];
    const now = STATUS_LABELS[augustStatus(dir)];
    expect(then).not.toBe(now);
    const frozen = page(dist, `${FROZEN_PLAN.slice(1)}index.html`);
    const live = page(dist, `${PLAN.slice(1)}index.html`);
    expect(heltidRow(frozen)).toContain(then);
    expect(heltidRow(frozen)).not.toContain(now);
    expect(heltidRow(live)).toContain(now);
    expect(heltidRow(live)).not.toContain(then);
    // samverkan, which could not be read on the first day, is there as it was once corrected.
    expect(textOf(frozen.querySelector('main .item-list'))).toContain(SAMPLE_FILES.uppdrag.samverkan.title);
  });

  it('gives the frozen plan the notice, noindex and a citation of its version; the live plan lists it', () => {
    const frozen = page(dist, `${FROZEN_PLAN.slice(1)}index.html`);
    expect(textOf(frozen.querySelector('.archive-notice'))).toContain('Så här såg sidan ut den 3 december 2026.');
    expect(textOf(frozen.querySelector('.archive-notice'))).not.toContain('som de ser ut i dag. Det som');
    expect(frozen.querySelector('.archive-notice a')?.getAttribute('href')).toBe(PLAN);
    expect(frozen.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const cites = (root: HTMLElement) => root.querySelectorAll('.cite-value').map((c) => textOf(c));
    expect(cites(frozen).length).toBeGreaterThan(0);
    for (const cite of cites(frozen))
      expect(cite).toContain(`Version från 3 december 2026, ${TEST_SITE}${FROZEN_PLAN}#`);
    const live = page(dist, `${PLAN.slice(1)}index.html`);
    const links = live.querySelectorAll('.change-history .versions a');
    expect(links.map((a) => [a.getAttribute('href'), textOf(a)])).toEqual([[FROZEN_PLAN, '3 december 2026']]);
    // The live plan's version dates from the day it was last drawn differently: heltid's change.
    for (const cite of cites(live)) expect(cite).toContain(`Version från 5 december 2026, ${TEST_SITE}${PLAN}#`);
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).not.toContain('/arkiv/');
  });

  it('keeps an uppdrag removed since in the frozen plan by name, without a link, and no link anywhere leads nowhere', () => {
    const title = SAMPLE_FILES.uppdrag.vantetider.title;
    const frozen = page(dist, `${FROZEN_PLAN.slice(1)}index.html`);
    const named = frozen.querySelectorAll('main .item-list a').filter((a) => textOf(a) === title);
    expect(named).toHaveLength(1);
    expect(named[0].hasAttribute('href')).toBe(false);
    expect(textOf(page(dist, `${PLAN.slice(1)}index.html`).querySelector('main'))).not.toContain(title);
    expect(brokenLinks(dist)).toEqual([]);
  });
});
