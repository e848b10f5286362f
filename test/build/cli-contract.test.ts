/**
 * One contract for every staff command (`npm run <x>` that runs `node scripts/<x>.ts`):
 * `--help` explains it and exits 0; a mistyped flag is a Swedish usage error naming the flag,
 * with a pointer to the help, and exit 2, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli.ts';
import { ROOT } from '../helpers/content.ts';

const packageScripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
const commands = Object.entries(packageScripts).flatMap(([name, line]) => {
  const file = /^node scripts\/([\w-]+\.ts)$/.exec(line)?.[1];
  return file ? [{ name, file }] : [];
});

describe('every staff command', () => {
  it('is found in package.json', () => {
    expect(commands.map((c) => c.name)).toEqual(expect.arrayContaining(['check', 'schemas', 'new', 'import']));
  });

  for (const { name, file } of commands) {
    it(`npm run ${name} -- --help explains itself and exits 0`, () => {
      const run = runScript(file, ['--help']);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(`Användning: npm run ${name}`);
      expect(run.status).toBe(0);
    });

    it(`npm run ${name} with a mistyped flag is a Swedish usage error and exits 2`, () => {
      const run = runScript(file, ['--hjälp-mig']);
      expect(run.stderr).toContain('Fel i kommandot: okänd flagga --hjälp-mig');
      expect(run.stderr).toContain(`Se hjälpen: npm run ${name} -- --help`);
      expect(run.output).not.toMatch(/\bat .*\.ts:\d+|TypeError|Error:/);
      expect(run.status).toBe(2);
    });
  }

  it('says in Swedish that a flag lacks its value, or takes none', () => {
    const missing = runScript('import.ts', ['export.csv', '--period']);
    expect(missing.stderr).toContain('Fel i kommandot: flaggan --period ska ha ett värde, som --period <värde>');
    const given = runScript('import.ts', ['export.csv', '--write=ja']);
    expect(given.stderr).toContain('Fel i kommandot: flaggan --write tar inget värde: skriv bara --write');
    for (const run of [missing, given]) {
      expect(run.output).not.toMatch(/argument|Option/);
      expect(run.status).toBe(2);
    }
  });
});
