/**
 * Build-level: pages as they were. A small content folder committed twice, on two days, the
 * second time with an uppdrag's status and description changed (and, between them, another
 * uppdrag's status corrected from a word today's schema refuses): the first day's version gets
 * a frozen page under /arkiv/ with the old status and text, a notice linking the live page,
 * noindex and its own canonical address, and stays out of the sitemap and the search index;
 * the live page lists it and names its own version in the citation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryMdx } from '#lib/content/content-writer.ts';
import { astroBuildOrThrow } from '../helpers/astro-build.ts';
import { page, TEST_BUILD_ENV, TEST_SITE, textOf } from '../helpers/built-site.ts';
import { commitAll, git, writeFiles } from '../helpers/git.ts';
import { sampleContentDir } from '../helpers/sample-on-disk.ts';
import { SAMPLE_FILES } from '../helpers/sample-site.ts';

const FILE = 'content/uppdrag/heltid.mdx';
const OTHER = 'content/uppdrag/samverkan.mdx';
const FROZEN = '/arkiv/2026-12-01/uppdrag/heltid/';
const LIVE = '/uppdrag/heltid/';

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

describe('pages as they were, from content changed on a later day', () => {
  let dist: string;
  beforeAll(() => {
    const dir = sampleContentDir();
    git(dir, ['init', '-q', '-b', 'main']);
    // Another uppdrag first published with a status word today's schema does not know.
    const samverkan = readFileSync(join(dir, OTHER), 'utf8');
    writeFiles(dir, {
      [FILE]: heltid('helt-uppfyllt', 'Den första beskrivningen av heltid.'),
      [OTHER]: samverkan.replace('status: helt-uppfyllt', 'status: klart'),
    });
    commitAll(dir, 'Publicera', '2026-12-01T10:00:00+01:00');
    writeFiles(dir, { [OTHER]: samverkan });
    commitAll(dir, 'Rätta statusen', '2026-12-03T10:00:00+01:00');
    writeFiles(dir, { [FILE]: heltid('ej-uppfyllt', 'En ny beskrivning av heltid.') });
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
    expect(readdirSync(join(dist, 'arkiv'))).toEqual(['2026-12-01']);
    expect(readdirSync(join(dist, 'arkiv/2026-12-01'))).toEqual(['uppdrag']);
    expect(readdirSync(join(dist, 'arkiv/2026-12-01/uppdrag'))).toEqual(['heltid']);
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
});
