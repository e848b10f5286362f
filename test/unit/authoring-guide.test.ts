/**
 * The authoring guide explains every message staff can meet: each message written in the
 * validation and import code must be quoted in docs/publicera.md, so a new message fails
 * this test until the guide says what it means and how to fix it.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';
import { literals, messageSkeletons, quotes } from '../helpers/messages.ts';

const GUIDE = readFileSync(join(ROOT, 'docs/publicera.md'), 'utf8');

/** Where the messages are written: the check's rules and wording, and the import's. */
const SOURCES = [
  'src/lib/content/zod-messages.ts',
  'src/lib/content/integrity.ts',
  'src/lib/content/content-files.ts',
  'src/lib/content/frontmatter.ts',
  'src/lib/content/validate.ts',
  'src/lib/content/mdx-subset.ts',
  'src/lib/core/utf8.ts',
  'src/lib/core/problems.ts',
  'src/schemas/*.ts',
  'src/lib/import/{csv,table,numbers,mapping,period-results,kolada,report-sheet}.ts',
].flatMap((pattern) => globSync(pattern, { cwd: ROOT }));

describe('docs/publicera.md', () => {
  it('reads every message source it is meant to cover', () => {
    expect(SOURCES.length).toBeGreaterThan(15);
    expect(SOURCES).toContain('src/lib/content/integrity.ts');
  });

  it.each(SOURCES)('quotes every message in %s', (file) => {
    const missing = messageSkeletons(join(ROOT, file)).filter((parts) => !quotes(GUIDE, parts));
    expect(
      missing.map((parts) => parts.join(' … ')),
      `${relative(ROOT, file)}: lägg till exempel på meddelandena i guiden`,
    ).toEqual([]);
  });

  it('covers the steps staff need: a new period, an uppdrag, a decision, previewing', () => {
    for (const heading of [
      '## Publicera en ny uppföljningsperiod',
      '## Lägga till ett uppdrag',
      '## Lägga till ett beslut',
      '## Förhandsgranska på din egen dator',
    ]) {
      expect(GUIDE).toContain(heading);
    }
    for (const command of [
      'npm run dev',
      'npm start',
      'npm run check',
      'npm run new -- uppdrag',
      'npm run new -- beslut',
      'npm run import --',
      'npm run kolada --',
    ]) {
      expect(GUIDE).toContain(command);
    }
  });
});

describe('the message finder the test relies on', () => {
  it('reads strings, templates with nested templates, and skips comments and regular expressions', () => {
    const source = [
      "// 'en kommentar med tre ord'",
      "const re = /it's ('inte' en sträng)/;",
      'const a = `okänt fält ${keys.map((k) => `"${k}"`).join(", ")}: kontrollera stavningen`;',
      "const b = x ? 'ska ha minst' : 'ska vara minst';",
    ].join('\n');
    expect(literals(source).map((l) => l.parts)).toEqual([
      ['"', '"'],
      [', '],
      ['okänt fält ', ': kontrollera stavningen'],
      ['ska ha minst'],
      ['ska vara minst'],
    ]);
  });

  it('matches a quoted example with the values filled in, in order, and not out of order', () => {
    expect(quotes('`det finns redan ett målvärde för 2024`', ['det finns redan ett målvärde för'])).toBe(true);
    expect(quotes('rapporten x gäller y per z', ['rapporten', 'gäller', 'per'])).toBe(true);
    expect(quotes('gäller y rapporten', ['rapporten', 'gäller'])).toBe(false);
  });
});
