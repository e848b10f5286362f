/**
 * The rule every test keeps: only the invariant tests (test/invariant-tests.ts) read the live
 * `content/`, which staff keep publishing to; every other test runs on fixtures it owns, so a
 * published period never turns the suite red. Checked over the text of every file under
 * test/, and by the helpers' own refusal to build without named content (a staff command run
 * by a test without `--content` finds none: check-command.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVARIANT_TESTS } from '../invariant-tests.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { ROOT } from '../helpers/content.ts';

/** The one helper that names the live content, and the build helper that knows how to build it. */
const LIVE_HELPER = 'test/helpers/live-content.ts';
const BUILD_HELPER = 'test/helpers/astro-build.ts';

/** Ways a test could reach the live `content/` without the helper: each names it by a path from the repository. */
const LIVE_PATHS: { pattern: RegExp; what: string }[] = [
  { pattern: /\bROOT\s*,\s*['"`]content(?:['"`]|\/)/, what: 'a path joined from ROOT to content/' },
  { pattern: /\$\{ROOT\}\/content\b/, what: 'a path written from ROOT to content/' },
  { pattern: /['"`](?:\.\.\/)+content(?:['"`]|\/)/, what: 'a relative path up to content/' },
  {
    pattern: /\b(?:validateContent|validatedContent|writeSyntheticContent|writeSearchIndex)\(\s*ROOT\b/,
    what: 'a function that reads <project>/content/ given the repository',
  },
  { pattern: /\broot:\s*ROOT\b/, what: 'the repository given as the project whose content is read' },
  { pattern: /['"`]scripts\/[\w-]+\.ts['"`]/, what: 'a staff command run by its path (it defaults to content/)' },
  { pattern: /\bLIVE_CONTENT_BUILD\b/, what: 'a build of the live content' },
];

const IMPORTS_LIVE = /from\s+['"](?:\.\.?\/)+(?:helpers\/)?live-content\.ts['"]/;

/** What in `text` reaches the live content without the helper. */
export function livePathsIn(text: string): string[] {
  return LIVE_PATHS.filter(({ pattern }) => pattern.test(text)).map(({ what }) => what);
}

function testFiles(dir = join(ROOT, 'test')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(full);
    return entry.name.endsWith('.ts') ? [relative(ROOT, full).split(sep).join('/')] : [];
  });
}

const files = testFiles().map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));

describe('which tests read the live content', () => {
  it('no file but the live-content helper names the live content’s folder', () => {
    const found = files
      .filter(({ file }) => file !== LIVE_HELPER && file !== BUILD_HELPER && file !== 'test/unit/test-rules.test.ts')
      .flatMap(({ file, text }) => livePathsIn(text).map((what) => `${file}: ${what}`));
    expect(found).toEqual([]);
  });

  it('only the invariant tests use the live-content helper', () => {
    const readers = files.filter(({ text }) => IMPORTS_LIVE.test(text)).map(({ file }) => file);
    expect(readers.filter((file) => !(file in INVARIANT_TESTS))).toEqual([]);
  });

  it('lists only invariant tests that exist and do read the live content', () => {
    const missing = Object.keys(INVARIANT_TESTS).filter(
      (file) => !files.some((f) => f.file === file && IMPORTS_LIVE.test(f.text)),
    );
    expect(missing).toEqual([]);
  });

  it('finds what it should: each way to the live content is caught', () => {
    expect(livePathsIn("cpSync(join(ROOT, 'content'), dir)")).toEqual(['a path joined from ROOT to content/']);
    expect(livePathsIn("join(ROOT, 'content/nyckeltal')")).toEqual(['a path joined from ROOT to content/']);
    expect(livePathsIn('readFileSync(`${ROOT}/content/x.json`)')).toEqual(['a path written from ROOT to content/']);
    expect(livePathsIn("resolve(import.meta.dirname, '../../content')")).toEqual(['a relative path up to content/']);
    expect(livePathsIn('validateContent(ROOT)')).toHaveLength(1);
    expect(livePathsIn('openSearchIndex({ root: ROOT })')).toHaveLength(1);
    expect(livePathsIn("spawnSync(process.execPath, ['scripts/import.ts'])")).toHaveLength(1);
    expect(livePathsIn("join(dir, 'content'); validateContent(FROZEN); runScript('check.ts', [])")).toEqual([]);
  });
});

describe('the helpers never fall back on the live content', () => {
  it('a build must name its content', () => {
    expect(() => astroBuild('/tmp/insyn-never-built', {})).toThrow(/INSYN_CONTENT_DIR/);
  });
});
