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
import { decodeUtf8, notUtf8Message } from '#lib/core/utf8.ts';

export interface SourceFile {
  collection: CollectionName;
  /** The file name without extension: the id that references use. */
  id: string;
  /** Path from the project root, with forward slashes. */
  file: string;
  data: unknown;
  /** The MDX body (running text), for MDX collections. */
  body?: string;
  /** How many lines of the file come before the body (the frontmatter), so a line of the body can be named in the file. */
  bodyLine?: number;
}

/** Files a folder may hold besides entries: notes for staff, and git's placeholders. */
const IGNORED = new Set(['README.md', '.gitkeep', '.DS_Store']);

/** Frontmatter as Astro reads it: between `---` lines at the very top. */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Why a path under content/ cannot be read, in words a staff member can act on. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'är en genväg (symbolisk länk) som pekar på sig själv i en slinga: ta bort genvägen';
  if (code === 'ENOENT') return 'är en genväg (symbolisk länk) till något som inte finns: ta bort genvägen eller lägg filen här';
  if (code === 'EACCES' || code === 'EPERM') return 'går inte att läsa (saknar behörighet): ge läsrätt till filen';
  if (code === 'ENAMETOOLONG') return 'har ett för långt namn: korta filnamnet';
  return `går inte att läsa (${code ?? (error as Error).message}): kontrollera filen`;
}

/** Every file under `dir`, sorted; a path that cannot be followed becomes a problem instead. */
function listFiles(dir: string, broken: { path: string; message: string }[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') broken.push({ path: dir, message: unreadable(error) });
    return [];
  }
  return names.sort().flatMap((name) => {
    const path = join(dir, name);
    try {
      return statSync(path).isDirectory() ? listFiles(path, broken) : [path];
    } catch (error) {
      broken.push({ path, message: unreadable(error) });
      return [];
    }
  });
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

/** How many lines the frontmatter block (with its --- lines) takes. */
export function linesBefore(frontmatter: string): number {
  return frontmatter.split('\n').length - (frontmatter.endsWith('\n') ? 1 : 0);
}

export function parseMdx(text: string): { data?: unknown; body?: string; bodyLine?: number; error?: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { error: 'saknar frontmatter: filen ska börja med en rad ---, fälten, och en rad ---' };
  try {
    return { data: yaml.load(match[1]) ?? {}, body: text.slice(match[0].length), bodyLine: linesBefore(match[0]) };
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const where = mark ? ` (rad ${mark.line + 2})` : '';
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    const hint = /duplicated mapping key/.test(reason) ? 'ett fält står två gånger: ta bort det ena' : reason;
    return { error: `frontmattern är inte giltig YAML${where}: ${hint}` };
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
  const broken: { path: string; message: string }[] = [];
  const shown = (path: string) => relative(root, path).split(sep).join('/');
  for (const path of listFiles(contentDir, broken)) {
    const inside = relative(contentDir, path).split(sep);
    if (inside.length === 1 ? IGNORED.has(inside[0]) : inside[0] in collections) continue;
    problems.push({
      file: shown(path),
      field: '',
      message: `filen hör inte till någon samling: lägg den i en av mapparna ${Object.keys(collections)
        .map((name) => `content/${name}/`)
        .join(', ')}, eller ta bort den`,
    });
  }
  for (const { path, message } of broken) problems.push({ file: shown(path), field: '', message });
  for (const [collection, spec] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    for (const path of listFiles(join(contentDir, collection), [])) {
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
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch (error) {
        problems.push({ file, field: '', message: unreadable(error) });
        continue;
      }
      const text = decodeUtf8(bytes);
      if (text === undefined) {
        problems.push({ file, field: '', message: notUtf8Message(bytes) });
        continue;
      }
      const parsed: { data?: unknown; body?: string; bodyLine?: number; error?: string } =
        spec.format === 'json' ? parseJson(text) : parseMdx(text);
      if (parsed.error) {
        problems.push({ file, field: '', message: parsed.error });
        continue;
      }
      files.push({ collection, id, file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine });
    }
  }
  for (const collection of Object.keys(collections)) {
    problems.push(...duplicates(named.filter((n) => n.collection === collection), (n) => `"${n.id}"`, 'id:t'));
  }
  return { files, ids: new Set(named.map((n) => `${n.collection}/${n.id}`)), problems };
}
