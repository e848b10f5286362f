/**
 * Small files and short functions: no TypeScript file in src/ is over 400 lines and no function
 * in one is over 100, measured with the TypeScript compiler's own parse (a function's lines run
 * from its first to its last token, comments before it not counted).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 100;

/**
 * Over the limits today and still to be split; each entry must stay over it (so a split that
 * lands removes its line here) and no other may join.
 */
const NOT_YET_SPLIT = new Set<string>([]);

/**
 * A language's message catalogue is data, one text per line, and grows with the site; its
 * length says nothing about how hard it is to read. Its functions are still measured.
 */
const CATALOGUE = /^src\/lib\/i18n\/(?!index\.ts)[a-z-]+\.ts$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function functionName(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  if (ts.isVariableDeclaration(node.parent)) return node.parent.name.getText();
  if (ts.isPropertyAssignment(node.parent)) return node.parent.name.getText();
  return '(anonym)';
}

/** Every over-long file and function, as `path` and `path#name` with its line count. */
function oversized(): Map<string, number> {
  const found = new Map<string, number>();
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const path = relative(ROOT, file);
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_FILE_LINES && !CATALOGUE.test(path)) found.set(path, lines);
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        if (last - first + 1 > MAX_FUNCTION_LINES) found.set(`${path}#${functionName(node)}`, last - first + 1);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('code size', () => {
  const found = oversized();

  it(`no file in src/ over ${MAX_FILE_LINES} lines and no function over ${MAX_FUNCTION_LINES}, but those still to be split`, () => {
    const unexpected = [...found].filter(([key]) => !NOT_YET_SPLIT.has(key)).map(([key, n]) => `${key}: ${n} rader`);
    expect(unexpected).toEqual([]);
  });

  it('every file or function still listed as to be split is still over the limit (remove it once split)', () => {
    expect([...NOT_YET_SPLIT].filter((key) => !found.has(key))).toEqual([]);
  });

  it('measures: a 101-line function is found', () => {
    const body = Array.from({ length: 99 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const source = ts.createSourceFile('x.ts', `function long() {\n${body}\n}\n`, ts.ScriptTarget.Latest, true);
    const fn = source.statements[0];
    const lines =
      source.getLineAndCharacterOfPosition(fn.getEnd()).line -
      source.getLineAndCharacterOfPosition(fn.getStart(source)).line +
      1;
    expect(lines).toBe(MAX_FUNCTION_LINES + 1);
  });
});
