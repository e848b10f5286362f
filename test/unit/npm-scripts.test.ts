/**
 * Staff run npm scripts on Windows, where npm runs them with cmd.exe: every script must use
 * only what cmd.exe and a POSIX shell both understand. Anything more is a small Node script
 * under scripts/ (scripts/astro.ts sets the environment `build`, `dev` and `preview` need).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';

const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;

/** Syntax or commands a POSIX shell has and cmd.exe does not, each with why. */
const POSIX_ONLY: [RegExp, string][] = [
  [/(^|[\s;&|])[A-Za-z_][A-Za-z0-9_]*=\S*\s/, 'sets a variable before a command (VAR=value cmd)'],
  [/(^|[\s;&|])(export|env|rm|cp|mv|mkdir|cat|ls|grep|sed|test|true|false|sleep|which)\s/, 'a POSIX-only command'],
  [/\$[A-Za-z_{(]/, 'a shell variable or substitution'],
  [/`/, 'a backtick substitution'],
  [/'/, 'single quotes, which cmd.exe passes on as part of the word'],
  [/;/, 'a semicolon between commands'],
  [/\/dev\/null/, '/dev/null'],
  [/(^|\s)\.\//, 'a ./ path to run a file'],
  [/\\\s*$/, 'a line continuation'],
];

describe('npm scripts', () => {
  it('are there to check', () => {
    expect(Object.keys(scripts).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(scripts))('"%s" runs in cmd.exe and PowerShell as in a POSIX shell', (_name, command) => {
    const found = POSIX_ONLY.filter(([pattern]) => pattern.test(command)).map(([, why]) => why);
    expect(found).toEqual([]);
  });

  it('the checks catch what they are for', () => {
    const caught = (command: string) => POSIX_ONLY.some(([pattern]) => pattern.test(command));
    for (const bad of [
      'MIMALLOC_PURGE_DELAY=0 astro build',
      'npm run build && ASTRO_PREVIEW_BACKGROUND=0 astro preview',
      'rm -rf dist && astro build',
      'astro build; echo done',
      "prettier --write 'src/**/*.ts'",
      'echo $HOME',
    ]) {
      expect(caught(bad), bad).toBe(true);
    }
    expect(caught('npm run build && node scripts/astro.ts preview')).toBe(false);
  });
});
