/**
 * Every repository path the front-door documents name exists: README.md, CONTRIBUTING.md and
 * docs/*.md. A path is a link target, or a `code span` that starts with one of the repository's
 * top-level folders (a bare file name is shorthand in its paragraph, not checked); site addresses (`/diagram/…`), placeholders
 * (`<id>`) and globs are not paths in the repository and are left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';

const TOP = /^(src|test|scripts|docs|content|public|\.github|\.ci)\//;

/**
 * Paths a document names on purpose as not existing: the file `npm run new` would create, and a
 * wrong folder an error message describes.
 */
const ILLUSTRATIVE = new Set([
  'content/uppdrag/rs-plan-och-budget-2024/oka-tillgangligheten-pa-vardcentralerna.mdx',
  'content/beslut/',
]);

const DOCUMENTS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The repository paths a Markdown text names, relative to the repository's root. */
export function namedPaths(text: string, document: string): string[] {
  const spans = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]);
  // A link written inside a code span is an example of Markdown, not a link of the document.
  const prose = text.replace(/`[^`]*`/g, '');
  const links = [...prose.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^[a-z]+:/.test(target))
    .map((target) => relative(ROOT, normalize(join(ROOT, dirname(document), target))));
  return [...spans.filter((path) => TOP.test(path)), ...links]
    .map((path) => path.replace(/:\d+(-\d+)?$/, ''))
    .filter((path) => !/[<>*{}…]/.test(path) && !ILLUSTRATIVE.has(path));
}

describe('paths named in the documents', () => {
  it.each(DOCUMENTS)('%s names only paths that exist', (document) => {
    const text = readFileSync(join(ROOT, document), 'utf8');
    const missing = namedPaths(text, document).filter((path) => !existsSync(join(ROOT, path)));
    expect(missing).toEqual([]);
  });

  it('finds code spans and links, relative to the document, and leaves site addresses out', () => {
    const text = 'See `src/lib/x.ts`, [guide](publicera.md#steg), `/diagram/a.svg` and `content/<id>.json`.';
    expect(namedPaths(text, 'docs/a.md')).toEqual(['src/lib/x.ts', 'docs/publicera.md']);
  });
});
