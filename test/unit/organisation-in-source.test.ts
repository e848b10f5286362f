/**
 * The organisation is configuration: no source file names it. Its name, its Kolada id and its
 * web domain live in the content folder's insyn.json, so another region or kommun runs the
 * same code with its own content.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';

/** What would tie the code to Region Jämtland Härjedalen: its name, its Kolada id and its domain. */
const NAMES = [/Jämtland/i, /0023/, /regionjh/i];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the source', () => {
  it('names no organisation outside the configuration', () => {
    const found = [
      ...files(join(ROOT, 'src')),
      ...files(join(ROOT, 'scripts')),
      join(ROOT, 'astro.config.mjs'),
    ].flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          NAMES.some((name) => name.test(line)) ? [`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
