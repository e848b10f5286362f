/**
 * Reads the files under `content/` into raw entries, without judging their fields.
 * A file that cannot be read at all (bad JSON, bad frontmatter, bad name) becomes a
 * problem here; everything else is left to the schemas and the integrity rules.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { collections, ID_PATTERN, type CollectionName } from '../../schemas/index.ts';
import { duplicates, type Problem } from '#lib/core/problems.ts';

export interface SourceFile {
  collection: CollectionName;
  /** The file name without extension: the id that references use. */
  id: string;
  /** Path from the project root, with forward slashes. */
  file: string;
  data: unknown;
  /** The MDX body (running text), for MDX collections. */
  body?: string;
}

/** Files a folder may hold besides entries: notes for staff, and git's placeholders. */
const IGNORED = new Set(['README.md', '.gitkeep', '.DS_Store']);

/** Frontmatter as Astro reads it: between `---` lines at the very top. */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name)) : [join(dir, name)]));
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `rad ${before.length}, tecken ${before[before.length - 1].length + 1}`;
}

export function parseJson(text: string): { data?: unknown; error?: string } {
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? ` (${lineAndColumn(text, Number(position[1]))})` : '';
    return { error: `är inte giltig JSON${where}: kontrollera kommatecken, citattecken och klamrar. ${message}` };
  }
}

export function parseMdx(text: string): { data?: unknown; body?: string; error?: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { error: 'saknar frontmatter: filen ska börja med en rad ---, fälten, och en rad ---' };
  try {
    return { data: yaml.load(match[1]) ?? {}, body: text.slice(match[0].length) };
  } catch (error) {
    return { error: `frontmattern är inte giltig YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}

/**
 * Reads every collection's folder under `contentDir`; `root` is what file paths are
 * relative to. `ids` holds `collection/id` of every well-named file, readable or not, so
 * that a reference to a broken file is not also reported as dangling.
 */
export function readContentFiles(contentDir: string, root: string): { files: SourceFile[]; ids: Set<string>; problems: Problem[] } {
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  const named: { collection: CollectionName; id: string; filePath: string }[] = [];
  for (const [collection, spec] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    for (const path of listFiles(join(contentDir, collection))) {
      const file = relative(root, path).split(sep).join('/');
      const name = path.slice(path.lastIndexOf(sep) + 1);
      if (IGNORED.has(name)) continue;
      const extension = `.${spec.format}`;
      if (!name.endsWith(extension)) {
        problems.push({ file, field: '', message: `fel filtyp: filerna i content/${collection}/ ska sluta på ${extension}` });
        continue;
      }
      const id = name.slice(0, -extension.length);
      if (!ID_PATTERN.test(id)) {
        problems.push({
          file,
          field: '',
          message: 'filnamnet ska bara ha små bokstäver a–z, siffror och bindestreck (inga å, ä, ö eller mellanslag), som it-sakerhet.json',
        });
        continue;
      }
      named.push({ collection, id, filePath: file });
      const text = readFileSync(path, 'utf8');
      const parsed: { data?: unknown; body?: string; error?: string } = spec.format === 'json' ? parseJson(text) : parseMdx(text);
      if (parsed.error) {
        problems.push({ file, field: '', message: parsed.error });
        continue;
      }
      files.push({ collection, id, file, data: parsed.data, body: parsed.body });
    }
  }
  for (const collection of Object.keys(collections)) {
    problems.push(...duplicates(named.filter((n) => n.collection === collection), (n) => `"${n.id}"`, 'id:t'));
  }
  return { files, ids: new Set(named.map((n) => `${n.collection}/${n.id}`)), problems };
}
