/** Files written by the staff commands change only what they mean to change. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/data/content-files.ts';
import { entryJson, entryMdx, orderKeys, setFrontmatterList } from '#lib/content/content-writer.ts';
import { editorSchemaRef } from '#lib/content/json-schema.ts';
import { collections } from '../../src/schemas/index.ts';
import { ROOT } from '../helpers/content.ts';
import { LIVE_CONTENT } from '../helpers/live-content.ts';

const { files } = readContentFiles(LIVE_CONTENT, ROOT);
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('orderKeys', () => {
  it('orders keys as the schema declares them, nested objects and lists included, with $schema first', () => {
    const shuffled = {
      results: [{ comment: 'c', status: 'helt-uppfyllt', value: 1, period: 'per-april-2024' }],
      title: 't',
      source: { kolada: 'N70060', name: 'Kolada' },
      $schema: '../x.json',
      plan: 'p',
    };
    const ordered = orderKeys(collections.nyckeltal.schema, shuffled) as Record<string, unknown>;
    expect(Object.keys(ordered)).toEqual(['$schema', 'title', 'plan', 'results', 'source']);
    expect(Object.keys((ordered.results as object[])[0])).toEqual(['period', 'value', 'status', 'comment']);
    expect(Object.keys(ordered.source as object)).toEqual(['name', 'kolada']);
  });

  it('leaves every bundled JSON entry in the order it already has, so rewriting it is no change', () => {
    const json = files.filter((f) => collections[f.collection].format === 'json');
    expect(json.length).toBeGreaterThan(50);
    for (const file of json) {
      expect(entryJson(file.collection, file.data as Record<string, unknown>), file.file).toBe(
        `${JSON.stringify(JSON.parse(text(file.file)), null, 2)}\n`,
      );
    }
  });
});

describe('editorSchemaRef with a project folder', () => {
  it('points from the file to public/schema/<collection>.json beside the content folder', () => {
    const content = LIVE_CONTENT;
    expect(editorSchemaRef(join(content, 'decisions/rs-2024-01-23-6.json'), 'decisions', ROOT)).toBe(
      '../../public/schema/decisions.json',
    );
    expect(editorSchemaRef(join(content, 'nyckeltal/regionplan-2024-2026/x.json'), 'nyckeltal', ROOT)).toBe(
      '../../../public/schema/nyckeltal.json',
    );
  });
});

describe('entryMdx', () => {
  it('writes frontmatter in schema order, quotes dates, and puts the text after a blank line', () => {
    const mdx = entryMdx('documents', { date: '2024-01-17', title: 'T', kind: 'rapport' }, '\nText.\n\n');
    expect(mdx).toBe("---\ntitle: T\nkind: rapport\ndate: '2024-01-17'\n---\n\nText.\n");
  });
});

describe('setFrontmatterList', () => {
  const uppdrag = files.filter((f) => f.collection === 'uppdrag');
  const statuses = (file: string) =>
    (files.find((f) => f.file === file)!.data as { statuses: Record<string, unknown>[] }).statuses;

  it('gives back every bundled uppdrag byte for byte when the list is unchanged', () => {
    expect(uppdrag.length).toBeGreaterThan(0);
    for (const file of uppdrag) {
      expect(setFrontmatterList(text(file.file), 'uppdrag', 'statuses', statuses(file.file)), file.file).toBe(
        text(file.file),
      );
    }
  });

  it('adds an item and changes nothing else: other fields, their line folding and the text stay as they were', () => {
    // As staff's files are written: a block list, a folded long line, and a text under the frontmatter.
    const before = [
      '---',
      'title: Heltid som norm',
      'statuses:',
      '- period: per-april-2024',
      '  status: delvis-uppfyllt',
      '  text: Oförändrat.',
      'decisions:',
      '- rs-2023-11-08-100',
      'illustrative: En lång förklaring som staff har skrivit på mer än en rad, och som',
      '  fortsätter här.',
      '---',
      '',
      'Heltid ska vara norm.',
      '',
    ].join('\n');
    const statuses = [{ period: 'per-april-2024', status: 'delvis-uppfyllt', text: 'Oförändrat.' }];
    const added = { text: 'Ny text: med kolon och "citat".', period: 'per-augusti-2024', status: 'helt-uppfyllt' };
    const after = setFrontmatterList(before, 'uppdrag', 'statuses', [...statuses, added]);
    const lines = before.split('\n');
    lines.splice(
      6,
      0,
      '- period: per-augusti-2024',
      '  status: helt-uppfyllt',
      '  text: \'Ny text: med kolon och "citat".\'',
    );
    expect(after).toBe(lines.join('\n'));
  });

  it('replaces one changed item in place and keeps the text of the others', () => {
    const source = `---\ntitle: T\nstatuses:\n  - period: a\n    status: ej-uppfyllt\n    text: Lång text\n      som fortsätter.\n  - period: b\n    status: ej-uppfyllt\n    text: B\norigin: egen\n---\n\nBody\n`;
    const out = setFrontmatterList(source, 'uppdrag', 'statuses', [
      { period: 'a', status: 'ej-uppfyllt', text: 'Lång text som fortsätter.' },
      { period: 'b', status: 'helt-uppfyllt', text: 'B2' },
    ]);
    expect(out).toBe(
      `---\ntitle: T\nstatuses:\n  - period: a\n    status: ej-uppfyllt\n    text: Lång text\n      som fortsätter.\n  - period: b\n    status: helt-uppfyllt\n    text: B2\norigin: egen\n---\n\nBody\n`,
    );
  });

  it('handles an empty flow list, Windows line ends, and a missing key', () => {
    const empty = '---\r\ntitle: T\r\nstatuses: []\r\norigin: egen\r\n---\r\n\r\nBody\r\n';
    const item = { period: 'a', status: 'ej-uppfyllt', text: 'X' };
    expect(setFrontmatterList(empty, 'uppdrag', 'statuses', [item])).toBe(
      '---\r\ntitle: T\r\nstatuses:\r\n- period: a\r\n  status: ej-uppfyllt\r\n  text: X\r\norigin: egen\r\n---\r\n\r\nBody\r\n',
    );
    const missing = setFrontmatterList('---\ntitle: T\n---\nBody\n', 'uppdrag', 'statuses', [item]);
    expect(yaml.load(missing.split('---')[1])).toEqual({ title: 'T', statuses: [item] });
    expect(missing.endsWith('---\nBody\n')).toBe(true);
  });
});
