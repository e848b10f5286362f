/** `npm run import`: a dry run first, writing only when asked, and nothing at all when a row is wrong. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '#lib/core/problems.ts';
import { validateContent } from '../../src/data/content-files.ts';
import { runScript } from '../helpers/cli.ts';
import { contentWithFixture, ROOT } from '../helpers/content.ts';

const FIXTURES = join(ROOT, 'test/fixtures/import');
const STRATSYS = join(ROOT, 'scripts/mappings/stratsys.json');
const CSV_MAPPING = join(FIXTURES, 'per-augusti-2024.mapping.json');

/** Every file's text under a folder, to prove that a command wrote nothing. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

function fresh() {
  // The frozen content, whose newest period is per april 2024: staff publishing never changes it.
  const dir = contentWithFixture();
  const content = join(dir, 'content');
  const run = (args: string[]) => runScript('import.ts', [...args, '--content', content]);
  const read = (file: string) => readFileSync(join(content, file), 'utf8');
  return { dir, content, run, read };
}

/** The command line importing a fixture export for per augusti 2024 with a mapping, and any flags. */
const augustImport = (file: string, mapping: string, ...flags: string[]) => [
  join(FIXTURES, file),
  '--mapping',
  mapping,
  '--period',
  'per-augusti-2024',
  ...flags,
];

describe('npm run import', () => {
  it('shows a dry-run diff, says how each Swedish number was read, and writes nothing without --write', () => {
    const { content, run } = fresh();
    const before = snapshot(content);
    const result = run(augustImport('stratsys-per-augusti-2024.json', STRATSYS));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /serviceniva-helpdesk\.json \(values\[1\]\)\n {2}\+ nytt resultat för per-augusti-2024: value 78\.5, status "delvis-uppfyllt"/,
    );
    expect(result.stdout).toContain('("78,5" lästes som talet 78.5)');
    expect(result.stdout).toContain('values[0]: typen "Övergripande mål" hoppas över enligt mappningsfilen');
    expect(result.stdout).toContain('values[6]: gäller perioden per-april-2024, inte per-augusti-2024');
    expect(result.stdout).toContain('Sammanfattning: 5 nya, 0 ändrade, 0 oförändrade, 2 rader hoppades över.');
    expect(result.stdout).toContain('Kör samma kommando med --write');
    expect(snapshot(content)).toEqual(before);
  });

  it('with --write changes only the imported results: JSON in stable order, MDX frontmatter only', () => {
    const { dir, content, run, read } = fresh();
    const before = snapshot(content);
    const result = run(augustImport('stratsys-per-augusti-2024.json', STRATSYS, '--write'));
    expect(result.stdout).toContain('Skrev 5 filer.');
    expect(result.status).toBe(0);
    const after = snapshot(content);
    const changed = [...after.keys()].filter((file) => after.get(file) !== before.get(file));
    expect(changed.sort()).toEqual([
      'nyckeltal/rs-plan-och-budget-2024/frisktal.json',
      'nyckeltal/rs-plan-och-budget-2024/kostnad-inhyrd-personal.json',
      'nyckeltal/rs-plan-och-budget-2024/overtid.json',
      'nyckeltal/rs-plan-och-budget-2024/serviceniva-helpdesk.json',
      'uppdrag/rs-plan-och-budget-2024/heltid-som-norm.mdx',
    ]);
    const helpdesk = JSON.parse(read('nyckeltal/rs-plan-och-budget-2024/serviceniva-helpdesk.json'));
    expect(helpdesk.results[1]).toEqual({
      period: 'per-augusti-2024',
      value: 78.5,
      status: 'delvis-uppfyllt',
      comment: 'Helpdesk har haft fler samtal under sommaren och besvarar något färre inom fem minuter.',
    });
    expect(helpdesk.$schema).toBe('../../../public/schema/nyckeltal.json');
    const frisktal = JSON.parse(read('nyckeltal/rs-plan-och-budget-2024/frisktal.json'));
    expect(frisktal.results[1]).toMatchObject({ value: null, status: 'gar-ej-att-mata' });
    // The uppdrag keeps every line it had; three lines are added to its statuses.
    const mdx = 'uppdrag/rs-plan-och-budget-2024/heltid-som-norm.mdx';
    const oldLines = before.get(mdx)!.split('\n');
    const newLines = after.get(mdx)!.split('\n');
    expect(newLines.filter((line) => !oldLines.includes(line))).toEqual([
      '- period: per-augusti-2024',
      '  status: helt-uppfyllt',
      '  text: Andelen heltidsanställda har ökat till målnivån under våren.',
    ]);
    expect(oldLines.every((line) => newLines.includes(line))).toBe(true);
    expect(formatProblems(validateContent(dir).problems)).toBe(formatProblems([]));
    // Importing the same export again changes nothing.
    const again = run(augustImport('stratsys-per-augusti-2024.json', STRATSYS, '--write'));
    expect(again.stdout).toContain('0 nya, 0 ändrade, 5 oförändrade');
    expect(snapshot(content)).toEqual(after);
  });

  it('reads semicolon CSV with a BOM, quoted texts with ; and line breaks, and spaces between thousands', () => {
    const { run, read } = fresh();
    const result = run(augustImport('per-augusti-2024.csv', CSV_MAPPING, '--write'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('("1 234,5" lästes som talet 1234.5)');
    const helpdesk = JSON.parse(read('nyckeltal/rs-plan-och-budget-2024/serviceniva-helpdesk.json'));
    expect(helpdesk.results[1].comment).toBe(
      'Färre samtal besvarade inom fem minuter; sommaren var "tung".\nBemanningen ses över.',
    );
    expect(JSON.parse(read('nyckeltal/rs-plan-och-budget-2024/kostnad-inhyrd-personal.json')).results[1].value).toBe(
      1234.5,
    );
    expect(read('uppdrag/rs-plan-och-budget-2024/informationssakerhet.mdx')).toContain(
      'text: Alla system har nu en säkerhetsklassning.',
    );
  });

  it('lists every bad row by row and column with its fix, exits 1, and writes nothing', () => {
    const { content, run } = fresh();
    const before = snapshot(content);
    const result = run(augustImport('bad-rows.csv', CSV_MAPPING, '--write'));
    expect(result.status).toBe(1);
    for (const expected of [
      'rad 2, kolumn "Status": "Lila" är ingen känd status: lägg till ordet i mappningsfilens statuses',
      'rad 3, kolumn "Id": hittar inget uppdrag eller nyckeltal med id "finns-inte"',
      'rad 4, kolumn "Utfall": "ca 24" är inte ett tal',
      'rad 5, kolumn "Utfall": ska vara tomt när statusen är "Går ej att mäta"',
      'rad 6, kolumn "Utfall": utfallet saknas',
      'rad 7, kolumn "Status": "Grå" (gar-ej-att-mata) finns bara för nyckeltal',
      'rad 8, kolumn "Kommentar": kommentaren saknas',
    ]) {
      expect(result.stderr).toContain(expected);
    }
    expect(result.stderr).toContain('bad-rows.csv har 7 fel');
    expect(result.stderr).toContain('Inget skrevs.');
    expect(snapshot(content)).toEqual(before);
  });

  it('never replaces a different existing result without --replace; with it, replaces just that result', () => {
    const { content, run, read } = fresh();
    const file = 'nyckeltal/rs-plan-och-budget-2024/serviceniva-helpdesk.json';
    const before = snapshot(content);
    const args = [
      join(FIXTURES, 'conflict-per-april-2024.csv'),
      '--mapping',
      CSV_MAPPING,
      '--period',
      'per-april-2024',
      '--write',
    ];
    const refused = run(args);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'rad 2: nyckeltalet serviceniva-helpdesk har redan ett annat resultat för per-april-2024',
    );
    expect(refused.stderr).toContain('value: 86 → 88');
    expect(refused.stderr).toContain('kör igen med --replace');
    expect(snapshot(content)).toEqual(before);
    const replaced = run([...args, '--replace']);
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toContain('~ ändrat resultat för per-april-2024:\n      value: 86 → 88');
    const results = JSON.parse(read(file)).results;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ value: 88, status: 'helt-uppfyllt' });
  });

  it('names a mapping file mistake by field, and a missing column with the columns the export has', () => {
    const { dir, run } = fresh();
    const broken = join(dir, 'mappning.json');
    writeFileSync(
      broken,
      JSON.stringify({ columns: { id: 'Id', status: 'Status', comment: 'Kommentar', värde: 'Utfall' } }),
    );
    const mapping = run(augustImport('per-augusti-2024.csv', broken));
    expect(mapping.status).toBe(1);
    expect(mapping.stderr).toContain('(mappningsfilen) har fel:\n  - columns: okänt fält "värde"');
    writeFileSync(
      broken,
      JSON.stringify({ columns: { id: 'Id', status: 'Status', value: 'Värde', comment: 'Kommentar' } }),
    );
    const column = run(augustImport('per-augusti-2024.csv', broken));
    expect(column.status).toBe(1);
    expect(column.stderr).toContain(
      'kolumnen "Värde" (columns.value i mappningsfilen) finns inte i exporten. Exportens kolumner: "Id", "Status", "Utfall", "Kommentar"',
    );
  });

  it('is a usage error (exit 2) to leave out the file, mapping or period, or to name a period that does not exist', () => {
    const { run } = fresh();
    const csv = join(FIXTURES, 'per-augusti-2024.csv');
    expect(run([]).status).toBe(2);
    expect(run([csv, '--period', 'per-augusti-2024']).stderr).toContain('ange mappningsfilen med --mapping');
    expect(run([csv, '--mapping', CSV_MAPPING]).stderr).toContain('ange perioden med --period');
    const period = run([csv, '--mapping', CSV_MAPPING, '--period', 'per-maj-2024']);
    expect(period.status).toBe(2);
    expect(period.stderr).toContain('perioden "per-maj-2024" finns inte');
    expect(period.stderr).toContain('per-augusti-2024');
    expect(run(['finns-inte.csv', '--mapping', CSV_MAPPING, '--period', 'per-augusti-2024']).stderr).toContain(
      'hittar inte filen finns-inte.csv',
    );
    expect(run([csv, '--mapping', CSV_MAPPING, '--period', 'per-augusti-2024', '--skriv']).stderr).toContain(
      'okänd flagga --skriv',
    );
  });

  it('explains itself with --help', () => {
    const result = runScript('import.ts', ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Användning: npm run import -- <exportfil> [--mapping <mappningsfil>] --period <id>',
    );
    expect(result.stdout).toContain('decimalkomma');
  });
});
