/**
 * Pages that only lay out a view-model, and components that only lay out prepared props: no
 * entry page (`src/pages/**\/[id].astro`) or list page (`src/pages/**\/index.astro`) has a
 * frontmatter over 25 lines or more than 3 imports from `#lib/` (nor the archived versions'
 * page, `src/pages/arkiv/[...path].astro`), and no component or chart
 * takes the catalogue. What a page shows is decided, and tested, in its view-model in
 * `src/lib/views/` (or, for a page made from the open-data files, in `src/lib/open-data/`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';

const MAX_FRONTMATTER_LINES = 25;
const MAX_LIB_IMPORTS = 3;

/**
 * Entry and list pages still over a limit, to be shaped by a view-model; each must stay over it
 * (so the change that thins it removes its line here) and no other may join. These two have
 * styles of their own, which Astro places before or after the layout's by how many modules the
 * page imports: with the few imports of a thin page their stylesheet moves before the layout's,
 * and the built pages change. Thinning them waits for a change that may change that order.
 */
const NOT_YET_THIN = new Set<string>(['src/pages/oppna-data/index.astro', 'src/pages/sok/index.astro']);

/** The pages measured, by their file name, each kind with a page it must find. */
const KINDS = [
  { kind: 'entry page', name: '[id].astro', example: 'src/pages/uppdrag/[id].astro' },
  { kind: 'list page', name: 'index.astro', example: 'src/pages/planer/index.astro' },
  { kind: 'archived page', name: '[...path].astro', example: 'src/pages/arkiv/[...path].astro' },
] as const;

function astroFiles(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return astroFiles(path, keep);
    return entry.name.endsWith('.astro') && keep(entry.name) ? [path] : [];
  });
}

/** The lines between an .astro file's opening `---` and the next; none without a frontmatter. */
function frontmatter(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[0].trim() !== '---') return [];
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return end === -1 ? [] : lines.slice(1, end);
}

/** How long a frontmatter is and how many of its imports come from `#lib/` (a multi-line import counts once). */
function measure(text: string): { lines: number; libImports: number } {
  const lines = frontmatter(text);
  const libImports = lines.join('\n').match(/(?:\bfrom\s+|^import\s+)['"]#lib\//gm) ?? [];
  return { lines: lines.length, libImports: libImports.length };
}

/** Whether a component's frontmatter imports the `Catalog` type or gives a prop that type. */
function takesCatalog(text: string): boolean {
  const source = frontmatter(text).join('\n');
  const imported = /\bimport\s+(?:type\s+)?\{[^}]*\bCatalog\b[^}]*\}\s*from\b/.test(source);
  const typed = /:\s*(?:Readonly<\s*)?Catalog\b/.test(source);
  return imported || typed;
}

const read = (file: string) => readFileSync(file, 'utf8');

/** Every page named `pageName` over a limit, with what is over. */
function thick(pageName: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of astroFiles(join(ROOT, 'src/pages'), (name) => name === pageName)) {
    const { lines, libImports } = measure(read(file));
    if (lines > MAX_FRONTMATTER_LINES || libImports > MAX_LIB_IMPORTS)
      found.set(relative(ROOT, file), `${lines} rader, ${libImports} importer från #lib`);
  }
  return found;
}

describe('thin pages', () => {
  for (const { kind, name, example } of KINDS) {
    const found = thick(name);

    it(`measures every ${kind}`, () => {
      const pages = astroFiles(join(ROOT, 'src/pages'), (file) => file === name).map((f) => relative(ROOT, f));
      expect(pages).toContain(example);
    });

    it(`no ${kind}'s frontmatter over ${MAX_FRONTMATTER_LINES} lines or with over ${MAX_LIB_IMPORTS} #lib imports, but those not yet thin`, () => {
      const unexpected = [...found].filter(([path]) => !NOT_YET_THIN.has(path)).map(([path, n]) => `${path}: ${n}`);
      expect(unexpected).toEqual([]);
    });

    it(`every ${kind} listed as not yet thin is still over a limit (remove it once thin)`, () => {
      expect([...NOT_YET_THIN].filter((path) => path.endsWith(`/${name}`) && !found.has(path))).toEqual([]);
    });
  }

  it('lists as not yet thin only pages that are measured', () => {
    expect([...NOT_YET_THIN].filter((path) => !KINDS.some(({ name }) => path.endsWith(`/${name}`)))).toEqual([]);
  });

  it('no component or chart takes the catalogue', () => {
    const files = [
      ...astroFiles(join(ROOT, 'src/components'), () => true),
      ...astroFiles(join(ROOT, 'src/charts'), () => true),
    ];
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => takesCatalog(read(file))).map((file) => relative(ROOT, file))).toEqual([]);
  });

  it('measures: a 26-line frontmatter with four #lib imports is found, and a prop of type Catalog', () => {
    const imports = [
      "import { a } from '#lib/core/a.ts';",
      "import type { B } from '#lib/core/b.ts';",
      'import {\n  c,\n  d,\n} from "#lib/views/c.ts";',
      "import '#lib/core/d.ts';",
      "import E from '../../components/E.astro';",
    ];
    const filler = Array.from({ length: 26 - 8 }, (_, i) => `const v${i} = ${i};`);
    const text = ['---', ...imports, ...filler, '---', '<p>{v0}</p>', ''].join('\n');
    expect(measure(text)).toEqual({ lines: MAX_FRONTMATTER_LINES + 1, libImports: MAX_LIB_IMPORTS + 1 });
    expect(measure('<p>Ingen frontmatter.</p>\n')).toEqual({ lines: 0, libImports: 0 });

    const component = (props: string) => `---\n${props}\nconst props = Astro.props;\n---\n<p />\n`;
    expect(takesCatalog(component("import type { Catalog, Entry } from '#lib/core/catalog.ts';"))).toBe(true);
    expect(takesCatalog(component('interface Props {\n  catalog: Catalog;\n}'))).toBe(true);
    expect(takesCatalog(component('interface Props {\n  cites: readonly DecisionCiteView[];\n}'))).toBe(false);
    expect(takesCatalog(component("import { getCatalog } from '../data/catalog.ts';"))).toBe(false);
  });
});
