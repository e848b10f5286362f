/**
 * The staff commands never print a stack trace, read only UTF-8, never overwrite what they
 * do not understand, and write every file or none.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryPath, writeAllOrNothing } from '../../scripts/write-all.ts';
import { runScript, type Run } from '../helpers/cli.ts';
import { newDocument, newUppdrag } from '../helpers/commands.ts';
import { contentWithFixture, ROOT } from '../helpers/content.ts';

const IMPORT_FIXTURES = join(ROOT, 'test/fixtures/import');
const STRATSYS = join(ROOT, 'scripts/mappings/stratsys.json');
const CSV_MAPPING = join(IMPORT_FIXTURES, 'per-augusti-2024.mapping.json');
const DOCUMENT = newDocument();
const UPPDRAG = newUppdrag();

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files.set(relative(dir, path), readFileSync(path, 'latin1'));
  }
  return files;
}

/** A command that failed as a staff member should see it: exit 1 or 2, Swedish, no stack trace. */
function expectCleanFailure(run: Run, path?: string) {
  expect(run.output).not.toMatch(/\n\s+at .*[(:]\d+/);
  expect(run.output).not.toMatch(/\b(TypeError|SyntaxError|Error):/);
  expect([1, 2]).toContain(run.status);
  if (path) expect(run.output).toContain(path.length > 80 ? path.slice(0, 40) : path);
}

/** Awkward paths: a folder, a missing file, a symlink loop and a name longer than the file system allows. */
function awkwardPaths(dir: string) {
  const folder = join(dir, 'en-mapp');
  mkdirSync(folder);
  const loop = join(dir, 'slinga.json');
  symlinkSync(loop, loop);
  return { folder, missing: join(dir, 'finns-inte.csv'), loop, long: join(dir, `${'x'.repeat(300)}.json`) };
}

describe('no staff command prints a stack trace', { timeout: 120_000 }, () => {
  const dir = contentWithFixture();
  const content = join(dir, 'content');
  const paths = awkwardPaths(dir);
  const commands: Record<string, (path: string) => string[][]> = {
    import: (path) => [
      ['import.ts', path, '--mapping', STRATSYS, '--period', 'per-augusti-2024', '--content', content],
      [
        'import.ts',
        join(IMPORT_FIXTURES, 'stratsys-per-augusti-2024.json'),
        '--mapping',
        path,
        '--period',
        'per-augusti-2024',
        '--content',
        content,
      ],
    ],
    kolada: (path) => [
      ['kolada.ts', 'nettokostnad-primarvard', '--file', path, '--retrieved', '2025-03-01', '--content', content],
    ],
    new: (path) => [['new.ts', ...DOCUMENT, '--text-file', path, '--content', content]],
    check: (path) => [['check.ts', '--content', path]],
  };
  const cases = Object.entries(commands).flatMap(([command, argsFor]) =>
    Object.entries(paths).flatMap(([kind, path]) =>
      argsFor(path).map((args, index) => ({ name: `${command} (${kind}${index ? ', mappningen' : ''})`, args, path })),
    ),
  );

  it.each(cases)('$name', ({ args, path }) => {
    const before = snapshot(content);
    const [script, ...rest] = args;
    const run = runScript(script, rest);
    expectCleanFailure(run, relative(ROOT, path));
    expect(snapshot(content)).toEqual(before);
  });

  it('new with a 300-character id says the name is too long, and writes nothing', () => {
    const before = snapshot(content);
    const run = runScript('new.ts', [...UPPDRAG, '--id', 'a'.repeat(300), '--content', content]);
    expectCleanFailure(run);
    expect(run.output).toMatch(/för lång/);
    expect(snapshot(content)).toEqual(before);
  });

  it('check names a symlink loop and a dangling symlink under content/', () => {
    const broken = contentWithFixture();
    const folder = join(broken, 'content/decisions');
    symlinkSync(join(folder, 'slinga.json'), join(folder, 'slinga.json'));
    symlinkSync(join(folder, 'finns-inte.json'), join(folder, 'pekar-fel.json'));
    // A link to a folder that holds the link: followed, it would list the content forty times over.
    symlinkSync('..', join(folder, 'hela-innehallet'));
    const run = runScript('check.ts', ['--content', join(broken, 'content')]);
    expectCleanFailure(run);
    expect(run.output).toMatch(
      /hela-innehallet\n {2}- är en genväg \(symbolisk länk\) som pekar på sig själv i en slinga/,
    );
    expect(run.output).toMatch(/^Innehållet har 3 fel i 3 filer:/);
    expect(run.output).toMatch(
      /slinga\.json\n {2}- är en genväg \(symbolisk länk\) som pekar på sig själv i en slinga/,
    );
    expect(run.output).toMatch(/pekar-fel\.json\n {2}- är en genväg \(symbolisk länk\) till något som inte finns/);
  });

  it('kolada refuses a next_url outside the answer’s folder or that is no address, without reading it', () => {
    for (const nextUrl of ['../../../../etc/hostname', 'http://']) {
      const answer = join(dir, `svar-${nextUrl.length}.json`);
      writeFileSync(answer, JSON.stringify({ count: 0, values: [], next_url: nextUrl }));
      const run = runScript('kolada.ts', [
        'nettokostnad-primarvard',
        '--file',
        answer,
        '--retrieved',
        '2025-03-01',
        '--content',
        content,
      ]);
      expectCleanFailure(run);
      expect(run.output).toMatch(/pekar utanför mappen med svarsfilerna|är ingen giltig adress/);
      expect(run.output).not.toContain(readFileSync('/etc/hostname', 'utf8').trim());
    }
  });
});

describe('text is UTF-8 or refused', { timeout: 120_000 }, () => {
  const dir = contentWithFixture();
  const content = join(dir, 'content');

  it('refuses a --text-file and a mapping file saved in Windows-1252, saying how to save as UTF-8', () => {
    const text = join(dir, 'text.txt');
    writeFileSync(text, Buffer.from('V\xe5rdcentraler i \xd6stersund', 'latin1'));
    const fromText = runScript('new.ts', [...DOCUMENT, '--text-file', text, '--content', content]);
    expectCleanFailure(fromText, 'text.txt');
    expect(fromText.output).toContain('är inte sparad som UTF-8');
    expect(fromText.output).toContain('Spara som');

    const mapping = join(dir, 'mappning.json');
    writeFileSync(mapping, Buffer.from(readFileSync(CSV_MAPPING, 'utf8'), 'latin1'));
    const fromMapping = runScript('import.ts', [
      join(IMPORT_FIXTURES, 'per-augusti-2024.csv'),
      '--mapping',
      mapping,
      '--period',
      'per-augusti-2024',
      '--content',
      content,
    ]);
    expectCleanFailure(fromMapping, 'mappning.json');
    expect(fromMapping.output).toContain('är inte sparad som UTF-8');
  });

  it('accepts a mapping file and a --text-file with a byte order mark', () => {
    const mapping = join(dir, 'mappning-bom.json');
    writeFileSync(mapping, `\uFEFF${readFileSync(CSV_MAPPING, 'utf8')}`);
    const run = runScript('import.ts', [
      join(IMPORT_FIXTURES, 'per-augusti-2024.csv'),
      '--mapping',
      mapping,
      '--period',
      'per-augusti-2024',
      '--content',
      content,
    ]);
    expect(run.output).toContain('Sammanfattning:');
    expect(run.status).toBe(0);
  });
});

describe('the import never overwrites what it does not understand', { timeout: 120_000 }, () => {
  it('refuses results that are an object instead of a list, and keeps the file as it was', () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const file = join(content, 'nyckeltal/rs-plan-och-budget-2024/serviceniva-helpdesk.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.results = { april: data.results[0] };
    writeFileSync(file, JSON.stringify(data, null, 2));
    const before = snapshot(content);
    const run = runScript('import.ts', [
      join(IMPORT_FIXTURES, 'stratsys-per-augusti-2024.json'),
      '--mapping',
      STRATSYS,
      '--period',
      'per-augusti-2024',
      '--write',
      '--content',
      content,
    ]);
    expectCleanFailure(run);
    expect(run.status).toBe(1);
    expect(run.output).toContain('har fältet results, men det är ingen lista');
    expect(snapshot(content)).toEqual(before);
  });

  it('never prints an ANSI escape from an export, and refuses it', () => {
    const dir = contentWithFixture();
    const exportFile = join(dir, 'export.csv');
    const csv = readFileSync(join(IMPORT_FIXTURES, 'per-augusti-2024.csv'), 'utf8');
    const lines = csv.split(/\r?\n/);
    lines[1] = lines[1].replace(/;([^;]*)$/, ';\x1b[2J\x1b[31mRött\x1b[0m');
    writeFileSync(exportFile, lines.join('\r\n'));
    const run = runScript('import.ts', [
      exportFile,
      '--mapping',
      CSV_MAPPING,
      '--period',
      'per-augusti-2024',
      '--content',
      join(dir, 'content'),
    ]);
    expect(run.output).not.toContain('\x1b');
    // The cell is refused, and named without the character itself.
    expect(run.output).toContain('innehåller ett osynligt styrtecken (U+001B)');
  });
});

describe('all or nothing', { timeout: 120_000 }, () => {
  it('an import whose second target cannot be written leaves every file as it was', () => {
    const dir = contentWithFixture();
    const content = join(dir, 'content');
    const args = [
      join(IMPORT_FIXTURES, 'stratsys-per-augusti-2024.json'),
      '--mapping',
      STRATSYS,
      '--period',
      'per-augusti-2024',
      '--content',
      content,
    ];
    const dry = runScript('import.ts', args);
    const targets = [...new Set([...dry.stdout.matchAll(/^(content\/\S+\.(?:json|mdx))/gm)].map((m) => m[1]))];
    const shown = targets.length ? targets : [...dry.stdout.matchAll(/(\S+\.(?:json|mdx)) \(/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    // A folder where the second target's text would wait: that file cannot be written, even by root.
    const second = join(ROOT, shown[1]);
    mkdirSync(temporaryPath(second));
    const before = snapshot(content);
    const run = runScript('import.ts', [...args, '--write']);
    expectCleanFailure(run, relative(ROOT, temporaryPath(second)).split('/').pop());
    expect(run.status).toBe(1);
    expect(run.output).toContain('Inget skrevs.');
    expect(snapshot(content)).toEqual(before);
  });

  it('restores the files already replaced when a later rename fails', () => {
    const dir = contentWithFixture();
    const first = join(dir, 'first.json');
    const second = join(dir, 'second.json');
    const third = join(dir, 'third.json');
    writeFileSync(first, 'original');
    mkdirSync(join(second, 'not-empty'), { recursive: true });
    expect(() =>
      writeAllOrNothing([
        { path: first, text: 'new first' },
        { path: second, text: 'new second' },
        { path: third, text: 'new third' },
      ]),
    ).toThrow(/second\.json/);
    expect(readFileSync(first, 'utf8')).toBe('original');
    expect(readdirSync(dir).filter((name) => name.includes('insyn-tmp') || name === 'third.json')).toEqual([]);
  });
});
