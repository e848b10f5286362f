/**
 * Every word the interface says comes from the message catalogue (src/lib/i18n/), so that a
 * second language is a second catalogue and not a second set of templates. This scans the
 * templates of pages, components, charts and layouts for literal text: text between tags and
 * string attributes that a reader sees or hears. Expressions (`{t.title}`), URLs, ids, class
 * names and code (`<code>`, `<style>`, `<script>`) are not text.
 */
import { parse } from '@astrojs/compiler';
import type { Node, ParentNode } from '@astrojs/compiler/types';
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const TEMPLATE_DIRS = ['src/pages', 'src/components', 'src/charts', 'src/layouts'];

/** Literal texts that truly cannot move, as `file: text`. Keep it empty or tiny, and say why. */
const ALLOWED = new Set<string>([]);

/** Elements whose content is code or styling, never words to translate. */
const CODE_ELEMENTS = new Set(['code', 'style', 'script']);

/** Attributes that hold addresses, ids, keys or geometry, never words a reader sees or hears. */
const TECHNICAL_ATTRIBUTES = new Set([
  'action',
  'autocomplete',
  'charset',
  'class',
  'collection',
  'cx',
  'cy',
  'd',
  'fill',
  'focusable',
  'for',
  'height',
  'lengthAdjust',
  'href',
  'id',
  'lang',
  'method',
  'name',
  'ogType',
  'patternUnits',
  'property',
  'r',
  'readonly',
  'rel',
  'role',
  'rows',
  'scope',
  'src',
  'stroke',
  'tabindex',
  'target',
  'text-anchor',
  'type',
  'value',
  'viewBox',
  'width',
  'x',
  'y',
]);

/** ARIA attributes whose value is read out; the others hold ids or states. */
const SPOKEN_ARIA = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext']);

/** `<meta>` whose `content` is a code (locale, viewport, robots), not a sentence. */
const CODE_META = new Set(['og:locale', 'viewport', 'robots']);

const hasLetter = (text: string) => /\p{L}/u.test(text);
/** A file name or an address standing alone, as the link text `nyckeltal-series.csv`. */
const isCodeLike = (text: string) => /^(?:[\w.-]+\.[a-z]{2,5}|(?:https?:\/)?\/[^\s]*)$/.test(text);

function isTechnical(name: string, element: Node): boolean {
  if (name.startsWith('data-')) return true;
  if (name.startsWith('aria-')) return !SPOKEN_ARIA.has(name);
  if (name === 'content' && 'attributes' in element) {
    return element.attributes.some((a) => (a.name === 'property' || a.name === 'name') && CODE_META.has(a.value));
  }
  return TECHNICAL_ATTRIBUTES.has(name);
}

/** The literal texts of one template, each as it stands in the source. */
export async function literalTexts(source: string): Promise<string[]> {
  const { ast } = await parse(source);
  const found: string[] = [];
  const walk = (node: Node, parent: Node | undefined) => {
    if (node.type === 'frontmatter' || node.type === 'comment') return;
    if (node.type === 'element' && CODE_ELEMENTS.has(node.name)) return;
    // An expression's own text is code; the markup inside it (`{x && <p>…</p>}`) is walked.
    if (node.type === 'text' && parent?.type !== 'expression') {
      const text = node.value.trim();
      if (hasLetter(text) && !isCodeLike(text)) found.push(text);
    }
    if ('attributes' in node) {
      for (const attribute of node.attributes) {
        if (attribute.kind !== 'quoted' || isTechnical(attribute.name, node)) continue;
        if (hasLetter(attribute.value) && !isCodeLike(attribute.value)) {
          found.push(`${attribute.name}="${attribute.value}"`);
        }
      }
    }
    for (const child of (node as ParentNode).children ?? []) walk(child, node);
  };
  walk(ast, undefined);
  return found;
}

describe('interface text', () => {
  it('finds literal text, spoken attributes and component props, but not expressions, ids, addresses or code', async () => {
    const source = [
      '---',
      "const title = 'Rubrik';",
      '---',
      '<section aria-labelledby="lista" class="item-links" id="lista">',
      '  <h2>Beslut</h2>',
      '  <p>{t.lead} <a href="/om/">{t.more}</a> <code>read.csv2("uppdrag.csv")</code></p>',
      '  {rows.length === 0 && <p class="empty">Inga rader</p>}',
      '  <nav aria-label="Filtrera"><a href="/data/x.csv">x.csv</a></nav>',
      '  <Section heading="Dokument" items={3} />',
      '  <meta property="og:locale" content="sv_SE" />',
      '</section>',
      '<style>.lista { color: red; }</style>',
    ].join('\n');
    expect(await literalTexts(source)).toEqual(['Beslut', 'Inga rader', 'aria-label="Filtrera"', 'heading="Dokument"']);
  });

  it('has no literal text left in pages, components, charts or layouts: it is in src/lib/i18n/', async () => {
    const files = TEMPLATE_DIRS.flatMap((dir) => globSync(`${dir}/**/*.astro`)).sort();
    expect(files.length).toBeGreaterThan(0);
    const left: string[] = [];
    for (const file of files) {
      for (const text of await literalTexts(readFileSync(file, 'utf8'))) {
        const entry = `${file}: ${text}`;
        if (!ALLOWED.has(entry)) left.push(entry);
      }
    }
    expect(left).toEqual([]);
  });
});
