/**
 * Where a field stands in a content file's text, so a problem can be pinned to its line and
 * column (a review annotation, an editor's marker): JSON through jsonc-parser's syntax tree,
 * MDX frontmatter through the `yaml` package's nodes and line counter. A field that is
 * missing points at the nearest part that exists (the object it should be in).
 */
import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { PlacedProblem, Problem } from '../core/problems.ts';
import { splitFrontmatter } from './frontmatter.ts';

export interface Position {
  /** 1-based, as editors and GitHub count. */
  line: number;
  column: number;
}

const START: Position = { line: 1, column: 1 };

/** `statuses[0].status` → `['statuses', 0, 'status']`; `''` and `(texten)` → `[]`. */
export function fieldSegments(field: string): (string | number)[] {
  if (!field || field.startsWith('(')) return [];
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function positionOf(starts: number[], offset: number): Position {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line += 1;
  return { line: line + 1, column: offset - starts[line] + 1 };
}

/** The offset of a JSON field: its key when it has one, else its value; the nearest ancestor when missing. */
function jsonOffset(text: string, path: (string | number)[]): number | undefined {
  const tree = parseTree(text, [], { allowTrailingComma: false });
  if (!tree) return undefined;
  for (let length = path.length; length >= 0; length -= 1) {
    const node: Node | undefined = length === 0 ? tree : findNodeAtLocation(tree, path.slice(0, length));
    if (!node) continue;
    const property = node.parent?.type === 'property' ? node.parent : undefined;
    return (property ?? node).offset;
  }
  return tree.offset;
}

/** The offset in the frontmatter of a YAML field: its key, or the item of a list; the nearest ancestor when missing. */
function yamlOffset(source: string, path: (string | number)[]): number | undefined {
  const document = parseDocument(source, { keepSourceTokens: true, lineCounter: new LineCounter() });
  let node: unknown = document.contents;
  const start = (value: unknown) => (isNode(value) ? value.range?.[0] : undefined);
  let offset = start(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      offset = start(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = start(node) ?? offset;
    } else break;
  }
  return offset;
}

/**
 * The line and column of `field` in a content file's text. `(texten)`, an MDX text, is the
 * line after the frontmatter; a file that does not parse, or a problem of the whole file, is 1:1.
 */
export function fieldPosition(text: string, format: 'json' | 'mdx', field: string): Position {
  const starts = lineStarts(text);
  if (format === 'json') {
    const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const offset = jsonOffset(json, fieldSegments(field));
    return offset === undefined ? START : positionOf(starts, offset + (json === text ? 0 : 1));
  }
  const parts = splitFrontmatter(text);
  if (!parts) return START;
  const textStart = text.length - parts.text.length;
  if (field === '(texten)') return positionOf(starts, Math.min(textStart, Math.max(text.length - 1, 0)));
  const offset = yamlOffset(parts.yaml, fieldSegments(field));
  return offset === undefined ? START : positionOf(starts, parts.open.length + offset);
}

/** Each problem with the line and column of its field; `read` gives a file's text (undefined when unreadable). */
export function placeProblems(problems: readonly Problem[], read: (file: string) => string | undefined): PlacedProblem[] {
  return problems.map((problem) => {
    const text = read(problem.file);
    const format = problem.file.endsWith('.mdx') ? 'mdx' : 'json';
    return { ...problem, ...(text === undefined ? START : fieldPosition(text, format, problem.field)) };
  });
}
