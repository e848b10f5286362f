/**
 * Turns the files under `content/` into raw entries, without judging their fields (the
 * file system is read by `src/data/content-files.ts`).
 * A file that cannot be read at all (bad JSON, bad frontmatter, bad name) becomes a
 * problem here; everything else is left to the schemas and the integrity rules.
 */
import { readJson } from '#lib/core/json-text.ts';
import { collections, ID_PATTERN, type CollectionName } from '../../schemas/index.ts';
import { duplicates, type Problem } from '#lib/core/problems.ts';
import { decodeUtf8, notUtf8Message } from '#lib/core/utf8.ts';
import { parseMdx } from './frontmatter.ts';
import { controlCharacterMessage, controlCharacterPlace } from '#lib/core/control-characters.ts';

export interface SourceFile {
  collection: CollectionName;
  /** The file name without extension: the id that references use. */
  id: string;
  /** Path from the project root, with forward slashes. */
  file: string;
  data: unknown;
  /** The MDX text (running text under the frontmatter), for MDX collections. */
  text?: string;
  /** How many lines of the file come before the text (the frontmatter), so a line of the text can be named in the file. */
  textLine?: number;
}

/** Files a folder may hold besides entries: notes for staff, and git's placeholders. */
const IGNORED = new Set(['README.md', '.gitkeep', '.DS_Store']);

export function parseJson(text: string): { data?: unknown; error?: string } {
  return readJson(text);
}

/** Why a path under content/ cannot be read, from the file system's error code, in words a staff member can act on. */
export function unreadableMessage(code: string | undefined): string {
  if (code === 'ELOOP') return 'är en genväg (symbolisk länk) som pekar på sig själv i en slinga: ta bort genvägen';
  if (code === 'EOUTSIDE')
    return 'är en genväg (symbolisk länk) till något utanför innehållsmappen, och läses inte: lägg filen själv här i stället för en genväg, eller ta bort genvägen';
  if (code === 'ENOENT') return 'är en genväg (symbolisk länk) till något som inte finns: ta bort genvägen eller lägg filen här';
  if (code === 'EACCES' || code === 'EPERM') return 'går inte att läsa (saknar behörighet): ge läsrätt till filen';
  if (code === 'ENAMETOOLONG') return 'har ett för långt namn: korta filnamnet';
  return `går inte att läsa (${code ?? 'okänt fel'}): kontrollera filen`;
}

/** The problem for a file under content/ that lies outside every collection's folder. */
export function outsideCollections(file: string): Problem {
  const folders = Object.keys(collections).map((name) => `content/${name}/`);
  return {
    file,
    field: '',
    message: `filen hör inte till någon samling: lägg den i en av mapparna ${folders.join(', ')}, eller ta bort den`,
  };
}

/** A file found in a collection's folder: its collection, its path from the project root (forward slashes), and its bytes. */
export interface FoundFile {
  collection: CollectionName;
  file: string;
  /** Reads the file (called only for a file whose name makes it an entry), or says why it cannot be read. */
  read: () => Uint8Array | { unreadable: string };
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
    const bytes = read();
    if (!(bytes instanceof Uint8Array)) {
      problems.push({ file, field: '', message: bytes.unreadable });
      continue;
    }
    const text = decodeUtf8(bytes);
    if (text === undefined) {
      problems.push({ file, field: '', message: notUtf8Message(bytes) });
      continue;
    }
    const control = controlCharacterPlace(text);
    if (control) {
      problems.push({
        file,
        field: '',
        message: `rad ${control.line}, tecken ${control.column} ${controlCharacterMessage(control.code)}`,
      });
      continue;
    }
    const parsed: { data?: unknown; text?: string; textLine?: number; error?: string } =
      spec.format === 'json' ? parseJson(text) : parseMdx(text);
    if (parsed.error) {
      problems.push({ file, field: '', message: parsed.error });
      continue;
    }
    files.push({ collection, id, file, data: parsed.data, text: parsed.text, textLine: parsed.textLine });
  }
  for (const collection of Object.keys(collections)) {
    problems.push(...duplicates(named.filter((n) => n.collection === collection), (n) => `"${n.id}"`, 'id:t'));
  }
  return { files, ids: new Set(named.map((n) => `${n.collection}/${n.id}`)), problems };
}
