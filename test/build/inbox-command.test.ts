/**
 * `npm run inbox`, which the inbox workflow (.github/workflows/inkorg.yml) runs: an export
 * uploaded to the inbox goes into the content through `npm run import`, the uploaded files
 * are removed, and the pull request's description is the dry-run diff in Swedish. A wrong
 * export writes nothing and leaves the inbox as it was.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli.ts';
import { contentWithFixture, ROOT } from '../helpers/content.ts';

const FIXTURES = join(ROOT, 'test/fixtures/import');

function inboxWith(files: Record<string, string>) {
  const dir = contentWithFixture();
  const inbox = join(dir, 'inkorg');
  mkdirSync(inbox);
  for (const [name, source] of Object.entries(files)) copyFileSync(source, join(inbox, name));
  const content = join(dir, 'content');
  const body = join(dir, 'beskrivning.md');
  const run = (args: string[] = []) =>
    runScript('inbox.ts', ['--inbox', inbox, '--content', content, '--body', body, ...args]);
  return { dir, inbox, content, body, run };
}

describe('npm run inbox', () => {
  it('imports the export in the inbox with its mapping, empties the inbox and describes the change from the dry run', () => {
    const { inbox, content, body, run } = inboxWith({
      'per-augusti-2024.csv': join(FIXTURES, 'per-augusti-2024.csv'),
      'per-augusti-2024.mapping.json': join(FIXTURES, 'per-augusti-2024.mapping.json'),
    });
    // The same import as a staff member's dry run, before the inbox and again after it.
    const importDryRun = () =>
      runScript('import.ts', [
        join(FIXTURES, 'per-augusti-2024.csv'),
        '--mapping',
        join(FIXTURES, 'per-augusti-2024.mapping.json'),
        '--period',
        'per-augusti-2024',
        '--content',
        content,
      ]);
    const dryRun = importDryRun();
    expect(dryRun.status, dryRun.output).toBe(0);
    const result = run();
    expect(result.status, result.output).toBe(0);
    const description = readFileSync(body, 'utf8');
    expect(description).toMatch(/^## Resultat för per-augusti-2024 från planeringssystemet/);
    expect(description).toContain('Exporten `per-augusti-2024.csv` lästes med mappningen');
    const diff = dryRun.stdout.replace(/\n?Inget har skrivits än\..*\n?$/s, '').trimEnd();
    expect(description).toContain(`\`\`\`text\n${diff}\n\`\`\``);
    expect(description).toContain('Kontrollen (`npm run check`) körs på den här ändringsbegäran.');
    expect(existsSync(join(inbox, 'per-augusti-2024.csv'))).toBe(false);
    expect(existsSync(join(inbox, 'per-augusti-2024.mapping.json'))).toBe(false);
    // The import was written: running the same dry run again has nothing left to add.
    const again = importDryRun();
    expect(again.stdout).toMatch(/0 nya, 0 ändrade/);
    const check = runScript('check.ts', ['--content', content]);
    expect(check.status, check.output).toBe(0);
  }, 120_000);

  it('uses the standard mapping when the inbox has none', () => {
    const { run, body } = inboxWith({ 'per-augusti-2024.json': join(FIXTURES, 'stratsys-per-augusti-2024.json') });
    const result = run();
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(body, 'utf8')).toContain('med mappningen `scripts/mappings/stratsys.json`');
  }, 60_000);

  it('writes nothing and keeps the upload when a row is wrong', () => {
    const { inbox, content, body, run } = inboxWith({
      'per-augusti-2024.csv': join(FIXTURES, 'bad-rows.csv'),
      'per-augusti-2024.mapping.json': join(FIXTURES, 'per-augusti-2024.mapping.json'),
    });
    const file = join(content, 'nyckeltal/rs-plan-och-budget-2024/serviceniva-helpdesk.json');
    const before = readFileSync(file, 'utf8');
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Inget skrevs.');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(join(inbox, 'per-augusti-2024.csv'))).toBe(true);
    expect(existsSync(body)).toBe(false);
  }, 60_000);

  it('asks for one export at a time', () => {
    const { run, inbox } = inboxWith({ 'per-augusti-2024.csv': join(FIXTURES, 'per-augusti-2024.csv') });
    writeFileSync(join(inbox, 'helar-2024.csv'), 'x');
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('lägg en åt gången');
  });
});
