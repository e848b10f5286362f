/**
 * Content is data: nothing a content author writes runs as code, and `npm run check` and
 * the build give the same verdict on every fixture under test/fixtures/.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { mdxGuard } from '../../src/integrations/mdx-guard.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { runScript } from '../helpers/cli.ts';
import { contentWithFixture, contentWithFixturesFrom, FIXTURES, ROOT, VALID_FIXTURES } from '../helpers/content.ts';

interface Expectation {
  file: string;
  field: string;
  message: string;
  alsoBlames?: string[];
}

const fixtures = readdirSync(FIXTURES).map((name) => ({
  name,
  expected: JSON.parse(readFileSync(join(FIXTURES, name, 'expect.json'), 'utf8')) as Expectation,
  files: filesOf(join(FIXTURES, name)),
}));
const mdxAttacks = fixtures.filter((f) => f.name.startsWith('mdx-'));

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'expect.json')
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

/**
 * Fixtures in groups that one build can judge together: no two touch the same file, nor
 * the same folder (entries side by side can meet in the rules across entries, as two
 * nyckeltal continuing the same one), except fixtures that change only an MDX text.
 */
function disjointGroups(list: typeof fixtures): (typeof fixtures)[] {
  const folder = (file: string) => file.slice(0, file.lastIndexOf('/'));
  const textOnly = (fixture: (typeof fixtures)[number]) => fixture.name.startsWith('mdx-');
  const clash = (a: (typeof fixtures)[number], b: (typeof fixtures)[number]) =>
    a.files.some((file) => b.files.includes(file)) ||
    (!(textOnly(a) && textOnly(b)) && a.files.some((file) => b.files.map(folder).includes(folder(file))));
  const groups: (typeof fixtures)[] = [];
  for (const fixture of list) {
    const group = groups.find((members) => members.every((member) => !clash(member, fixture)));
    if (group) group.push(fixture);
    else groups.push([fixture]);
  }
  return groups;
}

/** The Swedish line a problem is printed as, in the check and in the build. */
function reported({ file, field, message }: Expectation, output: string): boolean {
  const block = output.slice(output.indexOf(`${file}\n`));
  return output.includes(`${file}\n`) && block.includes(`${field ? `${field}: ` : ''}`) && block.includes(message);
}

describe('the MDX compiler guard', () => {
  it.each(mdxAttacks)('refuses $name before it is compiled', ({ name, expected }) => {
    const source = readFileSync(join(FIXTURES, name, expected.file), 'utf8');
    const text = source.slice(source.indexOf('\n---\n', 4) + 5);
    expect(() =>
      mdxGuard({ source: text, sourceFormat: 'mdx', fileURL: new URL('file:///x.mdx'), data: {} } as never),
    ).toThrow(expected.message);
  });
});

describe('npm run check and the build agree', () => {
  const groups = disjointGroups(fixtures);

  it('covers every fixture in a few builds', () => {
    expect(groups.flat().length).toBe(fixtures.length);
    expect(groups.length).toBeLessThan(fixtures.length / 4);
  });

  it.each(groups.map((members, index) => ({ index, members, names: members.map((m) => m.name).join(', ') })))(
    'both refuse group $index ($names), naming each fixture’s file, field and reason',
    ({ members }) => {
      const dir = contentWithFixture(...members.map((m) => m.name));
      const check = runScript('check.ts', ['--content', join(dir, 'content')]);
      const build = astroBuild(join(dir, 'dist'), { INSYN_CONTENT_DIR: join(dir, 'content') });
      expect(check.status).toBe(1);
      expect(build.status).not.toBe(0);
      // Paths are printed from the project root; the fixture's copy lies elsewhere.
      const fromCopy = (output: string) => output.replaceAll(`${relative(ROOT, dir)}/`, '');
      for (const { name, expected } of members) {
        expect(reported(expected, fromCopy(check.output)), `check: ${name}`).toBe(true);
        expect(reported(expected, fromCopy(build.output)), `build: ${name}`).toBe(true);
      }
      expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(false);
    },
    120_000,
  );

  it('both accept what looks dangerous but is allowed, and the exports hold no formula', () => {
    const names = readdirSync(VALID_FIXTURES);
    const dir = contentWithFixturesFrom(VALID_FIXTURES, names);
    const check = runScript('check.ts', ['--content', join(dir, 'content')]);
    expect(check.output).toMatch(/Innehållet är giltigt/);
    expect(check.status).toBe(0);
    const build = astroBuild(join(dir, 'dist'), { INSYN_CONTENT_DIR: join(dir, 'content') });
    expect(build.output).not.toMatch(/\n\s+at /);
    expect(build.status).toBe(0);

    // Text written with \< and \{ shows as text; allowed elements and links arrive as written.
    const page = readFileSync(join(dir, 'dist/uppdrag/folkhalsa-i-planer/index.html'), 'utf8');
    expect(page).toContain('Andelen var &lt;5 % och målet {minst 80 %}');
    expect(page).toContain('<abbr title="Region Jämtland Härjedalen">RJH</abbr>');
    expect(page).toContain('href="mailto:registrator@regionjh.se"');
    // A file saved with a byte order mark builds like any other.
    expect(existsSync(join(dir, 'dist/uppdrag/distansoberoende-vard/index.html'))).toBe(true);

    // No cell of any CSV file, in dist/ or in the zips' copies of them, starts a formula.
    const csvFiles = readdirSync(join(dir, 'dist'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.csv'));
    expect(csvFiles.length).toBeGreaterThan(10);
    const cells = csvFiles.flatMap((file) =>
      parse(readFileSync(join(dir, 'dist', file), 'utf8').replace(/^\uFEFF/, ''), { delimiter: ';' }).flat(),
    );
    const formulas = cells.filter(
      (cell) => /^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && !/^-\d+(,\d+)?$/.test(cell)),
    );
    expect(formulas).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("https://example.com/","Klicka")`);
    expect(cells).toContain(`'=cmd|' /C calc'!A0`);
  }, 300_000);
});

describe('a build with the content check bypassed', () => {
  const attacks = ['mdx-export-writes-file', 'mdx-expression-env', 'mdx-import-fs'];
  const marker = '/tmp/insyn-mdx-marker';
  const secret = `insyn-secret-${process.pid}-${Date.now()}`;

  it.each(attacks)(
    'executes nothing of %s',
    (name) => {
      rmSync(marker, { force: true });
      const configName = `astro.config.no-check-${process.pid}.mjs`;
      const config = join(ROOT, configName);
      const original = readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8');
      const withCheck = /contentCheck\(\),\s*/;
      expect(original).toMatch(withCheck);
      writeFileSync(config, original.replace(withCheck, ''));
      try {
        const dir = contentWithFixture(name);
        const build = astroBuild(join(dir, 'dist'), { INSYN_CONTENT_DIR: join(dir, 'content'), HOME: secret }, [
          '--config',
          configName,
        ]);
        const file = fixtures.find((f) => f.name === name)!.expected.file;
        expect(build.status).not.toBe(0);
        expect(build.output).toContain('kompileras inte, eftersom texten går utanför det som är tillåtet i MDX');
        expect(build.output).toContain(file.slice(file.lastIndexOf('/') + 1));
        expect(existsSync(marker)).toBe(false);
        expect(build.output).not.toContain(secret);
        const written = existsSync(join(dir, 'dist'))
          ? readdirSync(join(dir, 'dist'), { recursive: true })
              .map(String)
              .filter((f) => f.endsWith('.html'))
              .map((f) => readFileSync(join(dir, 'dist', f), 'utf8'))
              .join('\n')
          : '';
        expect(written).not.toContain(secret);
        expect(written).not.toContain(hostname());
      } finally {
        rmSync(config, { force: true });
      }
    },
    120_000,
  );
});
