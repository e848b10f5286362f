/**
 * Writes content files the same way every time, so that a command's change to a file is
 * exactly the lines it meant to change: keys in the order of the schema, JSON with two
 * spaces and a final newline, and in MDX only the frontmatter list that changed. Pure (no
 * Node modules), so the browser editor writes files with the same code as the commands.
 */
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { collections, type CollectionName } from '../../schemas/index.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { recordOrEmpty } from './records.ts';
import { sameData } from '../core/same-data.ts';

/**
 * The schema under optional, nullable and default wrappers and preprocessing (a pipe
 * whose output is the schema) or a transform (a pipe whose input is): what says the keys.
 */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault)
      current = current.unwrap();
    else if (current instanceof z.ZodPipe) current = current.out instanceof z.ZodTransform ? current.in : current.out;
    else return current;
  }
}

/** The schema of a list's items, or of an object's field, when `schema` has one. */
function elementOf(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  const inner = schema && unwrap(schema);
  return inner instanceof z.ZodArray ? inner.element : undefined;
}
function shapeOf(schema: z.core.$ZodType | undefined): Record<string, z.core.$ZodType> | undefined {
  const inner = schema && unwrap(schema);
  return inner instanceof z.ZodObject ? inner.shape : undefined;
}

function ordered(schema: z.core.$ZodType | undefined, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(elementOf(schema), item));
  if (!value || typeof value !== 'object') return value;
  const record = Object.fromEntries(Object.entries(value));
  const shape = shapeOf(schema);
  const known = shape ? Object.keys(shape).filter((key) => key in record) : [];
  const rest = Object.keys(record).filter((key) => !known.includes(key));
  // `$schema` is for editors and leads the file, as JSON Schema tooling expects.
  const keys = [...rest.filter((key) => key === '$schema'), ...known, ...rest.filter((key) => key !== '$schema')];
  return Object.fromEntries(keys.map((key) => [key, ordered(shape?.[key], record[key])]));
}

/** The value with every object's keys in the order its schema declares them; unknown keys last. */
export function orderKeys(schema: z.core.$ZodType, value: unknown): unknown {
  return ordered(schema, value);
}

/** A JSON entry as it is stored: schema key order, two-space indent, final newline. */
export function entryJson(collection: CollectionName, data: Record<string, unknown>): string {
  return `${JSON.stringify(orderKeys(collections[collection].schema, data), null, 2)}\n`;
}

/** Long texts stay on one line: no folding, so an edited text changes one line in git. */
const YAML_OPTIONS: yaml.DumpOptions = { lineWidth: -1, noArrayIndent: true };

/** A new MDX entry: frontmatter in schema key order, a blank line, then the text. */
export function entryMdx(collection: CollectionName, frontmatter: Record<string, unknown>, text: string): string {
  const data = orderKeys(collections[collection].schema, frontmatter);
  return `---\n${yaml.dump(data, YAML_OPTIONS)}---\n\n${text.trim()}\n`;
}

function indentOf(line: string): string {
  return line.slice(0, line.length - line.trimStart().length);
}

/**
 * Sets one top-level list in an MDX file's frontmatter and leaves every other byte alone:
 * the other fields, the text, and the items of the list that did not change keep their
 * exact text. Items that are new or changed are written in the schema's key order.
 */
export function setFrontmatterList(
  text: string,
  collection: CollectionName,
  key: string,
  items: readonly unknown[],
): string {
  const parts = splitFrontmatter(text);
  if (!parts) throw new Error('filen saknar frontmatter');
  const { open, eol, yaml: source, close } = parts;
  const before = recordOrEmpty(yaml.load(source));
  const lines = source.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  let end = start + 1;
  if (start >= 0) {
    while (end < lines.length && !/^[^\s#-]/.test(lines[end])) end++;
    while (end > start + 1 && lines[end - 1].trim() === '') end--;
  }
  const listBefore = before[key];
  const oldItems: unknown[] = start >= 0 && Array.isArray(listBefore) ? listBefore : [];
  const oldLines = start >= 0 ? lines.slice(start + 1, end) : [];
  const itemIndent = indentOf(oldLines.find((line) => /^\s*- /.test(line)) ?? '');
  const starts = oldLines.flatMap((line, index) => (line.startsWith(`${itemIndent}- `) ? [index] : []));
  // Keep an old item's text only when the list is a plain block list we can cut into items.
  const chunks = lines[start]?.trim() === `${key}:` && starts.length === oldItems.length && starts[0] === 0
    ? starts.map((from, index) => oldLines.slice(from, starts[index + 1] ?? oldLines.length))
    : [];
  const used = new Set<number>();
  const elementSchema = elementOf(shapeOf(collections[collection].schema)?.[key]);
  const block = items.flatMap((item) => {
    const reuse = chunks.findIndex((_, index) => !used.has(index) && sameData(oldItems[index], item));
    if (reuse >= 0) {
      used.add(reuse);
      return chunks[reuse];
    }
    const dumped = yaml.dump([ordered(elementSchema, item)], YAML_OPTIONS).replace(/\n$/, '');
    return dumped.split('\n').map((line) => `${itemIndent}${line}`);
  });
  const listLines = items.length === 0 ? [`${key}: []`] : [`${key}:`, ...block];
  const next = start >= 0 ? [...lines.slice(0, start), ...listLines, ...lines.slice(end)] : [...lines, ...listLines];
  const updated = next.join(eol);
  const after = yaml.load(updated);
  if (!sameData(after, { ...before, [key]: items })) {
    throw new Error(`kunde inte skriva ${key} i frontmattern utan att ändra något annat`);
  }
  return `${open}${updated}${close}${parts.text}`;
}

/** The lines of a top-level field's block in frontmatter lines: from `key:` to the next field. */
function blockOf(lines: readonly string[], key: string): [start: number, end: number] | undefined {
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && !/^[^\s#-]/.test(lines[end])) end++;
  while (end > start + 1 && lines[end - 1].trim() === '') end--;
  return [start, end];
}

/** Sets (or, with `undefined`, removes) one top-level field that is not a list; every other line stays. */
function setFrontmatterField(text: string, collection: CollectionName, key: string, value: unknown): string {
  const parts = splitFrontmatter(text);
  if (!parts) throw new Error('filen saknar frontmatter');
  const lines = parts.yaml.split(/\r?\n/);
  const block = blockOf(lines, key);
  const shape = shapeOf(collections[collection].schema);
  const dumped =
    value === undefined ? [] : yaml.dump({ [key]: ordered(shape?.[key], value) }, YAML_OPTIONS).replace(/\n$/, '').split('\n');
  const next = block ? [...lines.slice(0, block[0]), ...dumped, ...lines.slice(block[1])] : [...lines, ...dumped];
  return `${parts.open}${next.join(parts.eol)}${parts.close}${parts.text}`;
}

/**
 * An MDX entry edited as a whole (the browser editor saves every field at once) written as
 * a command would change it: the fields and text that did not change keep their exact bytes,
 * a changed list keeps its unchanged items, and an unchanged entry is the same file.
 */
export function updateMdx(
  source: string,
  collection: CollectionName,
  frontmatter: Record<string, unknown>,
  text: string,
): string {
  const parts = splitFrontmatter(source);
  if (!parts) return entryMdx(collection, frontmatter, text);
  const before = recordOrEmpty(yaml.load(parts.yaml));
  let updated = source;
  for (const key of new Set([...Object.keys(before), ...Object.keys(frontmatter)])) {
    const value = frontmatter[key];
    if (sameData(before[key], value)) continue;
    updated = Array.isArray(value)
      ? setFrontmatterList(updated, collection, key, value)
      : setFrontmatterField(updated, collection, key, value);
  }
  if (parts.text.trim() === text.trim()) return updated;
  const edited = splitFrontmatter(updated) ?? parts;
  return `${edited.open}${edited.yaml}${edited.close}\n${text.trim()}\n`;
}
