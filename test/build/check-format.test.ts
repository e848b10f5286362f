/**
 * `npm run check -- --format github|json`: every problem with the line and column of its
 * field, as GitHub Actions annotations or as data; plain text stays the default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldPosition, fieldSegments } from '#lib/content/positions.ts';
import { formatGithub } from '#lib/core/problems.ts';
import { runScript } from '../helpers/cli.ts';
import { contentWithFixture, FIXTURES } from '../helpers/content.ts';

/** The 1-based line and column where `needle` starts in `text`. */
function find(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('field positions', () => {
  it('splits a field path as the check writes it', () => {
    expect(fieldSegments('results[0].value')).toEqual(['results', 0, 'value']);
    expect(fieldSegments('source.kolada')).toEqual(['source', 'kolada']);
    expect(fieldSegments('')).toEqual([]);
    expect(fieldSegments('(texten)')).toEqual([]);
  });

  it('finds a JSON field by its key, and a missing one at the object it belongs in', () => {
    const text = '{\n  "title": "x",\n  "results": [\n    { "period": "p", "value": "86,0" }\n  ]\n}\n';
    expect(fieldPosition(text, 'json', 'results[0].value')).toEqual(find(text, '"value"'));
    expect(fieldPosition(text, 'json', 'results[0].status')).toEqual(find(text, '{ "period"'));
    expect(fieldPosition(text, 'json', 'paragraph')).toEqual({ line: 1, column: 1 });
    expect(fieldPosition(`\uFEFF${text}`, 'json', 'title')).toEqual({ line: 2, column: 3 });
  });

  it('finds an MDX frontmatter field by its YAML key, list items too, and the text after the frontmatter', () => {
    const text = '---\ntitle: T\nstatuses:\n- period: p\n  status: klart\n  text: x\n---\n\nBeskrivning.\n';
    expect(fieldPosition(text, 'mdx', 'statuses[0].status')).toEqual(find(text, 'status: klart'));
    expect(fieldPosition(text, 'mdx', 'statuses[0]')).toEqual(find(text, 'period: p'));
    expect(fieldPosition(text, 'mdx', 'plan')).toEqual({ line: 2, column: 1 });
    expect(fieldPosition(text, 'mdx', '(texten)')).toEqual({ line: 8, column: 1 });
    expect(fieldPosition('no frontmatter', 'mdx', 'title')).toEqual({ line: 1, column: 1 });
  });

  it('escapes what GitHub reads as syntax', () => {
    expect(formatGithub([{ file: 'a,b:c.json', line: 2, column: 3, field: 'x', message: '100 % fel\nrad två' }])).toBe(
      '::error file=a%2Cb%3Ac.json,line=2,col=3,title=Fel i x::x: 100 %25 fel%0Arad två\n',
    );
  });
});

describe('npm run check --format', () => {
  const dir = contentWithFixture('number-as-text', 'wrong-uppdrag-status', 'missing-field');
  const content = join(dir, 'content');
  const fileText = (file: string) => readFileSync(join(content, file), 'utf8');
  const NUMBER = 'nyckeltal/rs-plan-och-budget-2024/serviceniva-helpdesk.json';
  const STATUS = 'uppdrag/rs-plan-och-budget-2024/heltid-som-norm.mdx';

  it('github: one ::error annotation per problem on the line and column of the field', () => {
    const result = runScript('check.ts', ['--content', content, '--format', 'github']);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const annotation = (file: string) => lines.find((l) => l.includes(file.replaceAll(',', '%2C')))!;
    const number = find(fileText(NUMBER), '"value": "86,0"');
    expect(annotation(NUMBER)).toMatch(
      new RegExp(
        `^::error file=[^,]*${NUMBER.replaceAll('.', '\\.')},line=${number.line},col=${number.column},title=Fel i results\\[0\\]\\.value::results\\[0\\]\\.value: ska vara ett tal, inte text`,
      ),
    );
    const status = find(fileText(STATUS), 'status: klart');
    expect(annotation(STATUS)).toContain(`,line=${status.line},col=${status.column},`);
    expect(readFileSync(join(FIXTURES, 'missing-field/expect.json'), 'utf8')).toContain('"paragraph"');
    expect(annotation('decisions/rs-2023-11-08-194.json')).toContain(
      ',line=1,col=1,title=Fel i paragraph::paragraph: saknas',
    );
  });

  it('json: the problems as data with line and column', () => {
    const result = runScript('check.ts', ['--content', content, '--format', 'json']);
    expect(result.status).toBe(1);
    const data = JSON.parse(result.stdout);
    expect(data).toMatchObject({ valid: false, count: 3 });
    const number = data.problems.find((p: { file: string }) => p.file.endsWith(NUMBER));
    expect(number).toMatchObject({ field: 'results[0].value', ...find(fileText(NUMBER), '"value": "86,0"') });
  });

  it('plain stays the default, and an unknown format is a usage error', () => {
    const plain = runScript('check.ts', ['--content', content]);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toMatch(/^Innehållet har 3 fel i 3 filer:/);
    expect(plain.output).not.toContain('::error');
    const wrong = runScript('check.ts', ['--content', content, '--format', 'xml']);
    expect(wrong.status).toBe(2);
  });
});
