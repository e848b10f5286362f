import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '#lib/core/problems.ts';
import { collections } from '../../src/schemas/index.ts';
import { validateContent } from '../../src/data/content-files.ts';
import { mdxGuard } from '../../src/integrations/mdx-guard.ts';
import { contentWithFixture, FIXTURES } from '../helpers/content.ts';
import { LIVE_CONTENT, validateLive } from '../helpers/live-content.ts';

interface Expectation {
  description: string;
  file: string;
  field: string;
  message: string;
  /** Other files the same problem is reported on, as the other half of a duplicate. */
  alsoBlames?: string[];
}

const cases = readdirSync(FIXTURES).map((name) => ({
  name,
  expected: JSON.parse(readFileSync(join(FIXTURES, name, 'expect.json'), 'utf8')) as Expectation,
}));

describe('content validation', () => {
  it('accepts the live content with no problems', () => {
    const { problems, entries } = validateLive();
    expect(formatProblems(problems)).toBe(formatProblems([]));
    expect(entries.length).toBeGreaterThan(90);
  });
  it('lets every live document and uppdrag text through the MDX compiler’s guard', () => {
    const texts = readdirSync(LIVE_CONTENT, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.mdx'));
    expect(texts.length).toBeGreaterThan(40);
    for (const file of texts) {
      const source = readFileSync(join(LIVE_CONTENT, file), 'utf8');
      const text = source.slice(source.indexOf('\n---\n', 4) + 5);
      expect(mdxGuard({ source: text, sourceFormat: 'mdx', fileURL: undefined, data: {} } as never), file).toBeNull();
    }
  });

  it('accepts a $schema key for editors, and keeps it out of the entry data', () => {
    const data = { $schema: '../../public/schema/periods.json', year: 2024, kind: 'april', endDate: '2024-04-30' };
    expect(collections.periods.schema.parse(data)).toEqual({ year: 2024, kind: 'april', endDate: '2024-04-30' });
    expect(collections.periods.schema.safeParse({ ...data, $schema: 5 }).success).toBe(false);
  });

  it.each(cases)('reports $name with its file, field and reason', ({ name, expected }) => {
    const dir = contentWithFixture(name);
    const { problems } = validateContent(dir);
    expect(problems).toContainEqual({
      file: expected.file,
      field: expected.field,
      message: expect.stringContaining(expected.message),
    });
    // The fixture holds one mistake: nothing else in the content may be blamed for it.
    const blamed = [expected.file, ...(expected.alsoBlames ?? [])];
    expect(problems.filter((p) => !blamed.includes(p.file))).toEqual([]);
  });

  it('reports every problem of one broken entry at once, references included', () => {
    const dir = contentWithFixture('wrong-uppdrag-status');
    const file = join(dir, 'content/uppdrag/rs-plan-och-budget-2024/heltid-som-norm.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('strategy: vara-medarbetare', 'strategy: vara-medarbetarna')
        .replace('period: per-april-2024', 'period: per-maj-2024'),
    );
    const { problems } = validateContent(dir);
    expect(problems.map((p) => `${p.field}: ${p.message.split(':')[0]}`)).toEqual([
      'statuses[0].status: "klart" är ingen status för uppdrag. Tillåtna värden',
      'strategy: hittar ingen strategi med id "vara-medarbetarna"',
      'statuses[0].period: hittar ingen period med id "per-maj-2024"',
    ]);
  });

  it('reports the mistakes of several files in one run', () => {
    const together = [
      'malformed-json',
      'wrong-uppdrag-status',
      'number-as-text',
      'unreal-date',
      'duplicate-id',
      'bad-file-name',
    ];
    const { problems } = validateContent(contentWithFixture(...together));
    for (const name of together) {
      const { file, field } = cases.find((c) => c.name === name)!.expected;
      expect(problems).toContainEqual(expect.objectContaining({ file, field }));
    }
    const report = formatProblems(problems);
    expect(report).toMatch(/^Innehållet har \d+ fel i \d+ filer:/);
    expect(report).toContain('statuses[0].status: "klart" är ingen status för uppdrag');
  });
});
