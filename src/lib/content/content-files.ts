/**
 * Turns the files under `content/` into raw entries, without judging their fields (the
 * file system is read by `src/data/content-files.ts`).
 * A file that cannot be read at all (bad JSON, bad frontmatter, bad name) becomes a
 * problem here; everything else is left to the schemas and the integrity rules.
 */
import { collections, ID_PATTERN, type CollectionName } from '../../schemas/index.ts';
import { duplicates, type Problem } from '#lib/core/problems.ts';
import { parseMdx } from './frontmatter.ts';

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

/** A file found in a collection's folder: its collection, its path from the project root (forward slashes), and its text. */
export interface FoundFile {
  collection: CollectionName;
  file: string;
  /** Reads the file; called only for a file whose name makes it an entry. */
  read: () => string;
}

/**
 * Turns the files found under the content folder into raw entries. `ids` holds
 * `collection/id` of every well-named file, readable or not, so that a reference to a
 * broken file is not also reported as dangling.
 */
export function parseContentFiles(found: readonly FoundFile[]): { files: SourceFile[]; ids: Set<string>; problems: Problem[] } {
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  const named: { collection: CollectionName; id: string; filePath: string }[] = [];
  for (const { collection, file, read } of found) {
    const spec = collections[collection];
    const name = file.slice(file.lastIndexOf('/') + 1);
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
    const text = read();
    const parsed: { data?: unknown; text?: string; error?: string } = spec.format === 'json' ? parseJson(text) : parseMdx(text);
    if (parsed.error) {
      problems.push({ file, field: '', message: parsed.error });
      continue;
    }
    files.push({ collection, id, file, data: parsed.data, body: parsed.text });
  }
  for (const collection of Object.keys(collections)) {
    problems.push(...duplicates(named.filter((n) => n.collection === collection), (n) => `"${n.id}"`, 'id:t'));
  }
  return { files, ids: new Set(named.map((n) => `${n.collection}/${n.id}`)), problems };
}
