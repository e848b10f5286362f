/**
 * Validates all content at once: every file against its schema, then the rules across
 * entries. Returns every problem found, never only the first, so one run of
 * `npm run check` shows a staff member everything to fix.
 */
import { collections, COLLECTIONS, type CollectionName, textNameOf } from '../../schemas/index.ts';
import { buildCatalog, type Catalog, type Entry, parsedEntry } from '#lib/core/catalog.ts';
import type { SourceFile } from './content-files.ts';
import { checkIntegrity, danglingRefs } from './integrity.ts';
import { contentJsonSchema, type JsonSchema } from './json-schema.ts';
import { refsInRaw } from './raw-refs.ts';
import { CSV_LIST_SEPARATOR } from '#lib/core/csv.ts';
import { fieldPath, type Problem } from '#lib/core/problems.ts';
import { mdxSubsetIssues } from './mdx-subset.ts';
import {
  controlCharacterFields,
  controlCharacterMessage,
  controlCharacterPlace,
} from '#lib/core/control-characters.ts';
import { largeTextFields, largeTextWarning } from '#lib/core/text-size.ts';
import { swedishErrors } from './zod-messages.ts';
import { recordOrEmpty } from './records.ts';
import { outdatedExampleNote, outdatedNoteMessage } from './example-notes.ts';

type Located = Entry & { collection: CollectionName; filePath: string; text?: string };

const jsonSchemas = new Map<CollectionName, JsonSchema>();
function jsonSchemaOf(collection: CollectionName): JsonSchema {
  let schema = jsonSchemas.get(collection);
  if (!schema) jsonSchemas.set(collection, (schema = contentJsonSchema(collection)));
  return schema;
}

/**
 * Texts in a list of texts (as `signedBy`) that hold the separator the open-data CSV files
 * put between a list's values: written out, they could not be told apart from two values.
 */
function listSeparatorProblems(file: string, data: unknown, path: (string | number)[] = []): Problem[] {
  if (Array.isArray(data)) {
    return data.flatMap((item, index) =>
      typeof item === 'string'
        ? item.includes(CSV_LIST_SEPARATOR)
          ? [
              {
                file,
                field: fieldPath([...path, index]),
                message: `"${item}" innehåller "${CSV_LIST_SEPARATOR}", som i de öppna CSV-filerna skiljer värdena i en lista åt: skriv ett kommatecken i stället, som "Sara Lewerentz, regiondirektör"`,
              },
            ]
          : []
        : listSeparatorProblems(file, item, [...path, index]),
    );
  }
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => listSeparatorProblems(file, value, [...path, key]));
  }
  return [];
}

/**
 * Validates read files. `known` holds `collection/id` of files that exist but may not
 * have been readable; references to them are not reported as dangling.
 */
export function validateFiles(
  files: readonly SourceFile[],
  known: ReadonlySet<string> = new Set(),
): { catalog: Catalog; entries: Located[]; problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const entries: Located[] = [];
  const failed: SourceFile[] = [];
  for (const source of files) {
    const spec = collections[source.collection];
    const result = spec.schema.safeParse(source.data, { error: swedishErrors });
    if (!result.success) {
      failed.push(source);
      for (const issue of result.error.issues) {
        problems.push({ file: source.file, field: fieldPath(issue.path), message: issue.message });
      }
    }
    for (const { field, message } of largeTextFields(source.data)) warnings.push({ file: source.file, field, message });
    const textWarning = source.text === undefined ? undefined : largeTextWarning(source.text);
    if (textWarning) warnings.push({ file: source.file, field: '(texten)', message: textWarning });
    for (const { field, code } of controlCharacterFields(source.data))
      problems.push({ file: source.file, field, message: controlCharacterMessage(code) });
    // A file on disk is refused for one before it is parsed; a text a command is about to write is caught here.
    const textControl = source.text === undefined ? undefined : controlCharacterPlace(source.text);
    if (textControl)
      problems.push({
        file: source.file,
        field: `(texten, rad ${textControl.line + (source.textLine ?? 0)})`,
        message: controlCharacterMessage(textControl.code),
      });
    const textName = textNameOf(source.collection);
    if (textName && !source.text?.trim()) {
      problems.push({ file: source.file, field: '(texten)', message: `${textName} saknas: skriv den under frontmatterns avslutande ---` });
    }
    // The text is compiled to JavaScript by the build: only the safe subset of MDX may pass.
    for (const issue of source.text === undefined ? [] : mdxSubsetIssues(source.text)) {
      problems.push({ file: source.file, field: `(texten, rad ${issue.line + (source.textLine ?? 0)})`, message: issue.message });
    }
    if (result.success) {
      problems.push(...listSeparatorProblems(source.file, result.data));
      entries.push({ ...parsedEntry(source.collection, source.id, result.data, { text: source.text }), filePath: source.file });
    }
  }
  const catalog = buildCatalog(entries);
  const isInvalid = (key: string) => {
    const [name, id] = key.split('/');
    const collection = COLLECTIONS.find((c) => c === name);
    return !collection || !catalog[collection].has(id);
  };
  const invalid = new Set([...known].filter(isInvalid));
  problems.push(...checkIntegrity(entries, catalog, invalid));
  warnings.push(...outdatedNoteWarnings(entries, catalog));
  for (const source of failed) {
    // A field that already failed its schema is not also reported as a dangling id.
    const reported = new Set(problems.filter((p) => p.file === source.file).map((p) => p.field));
    const refs = refsInRaw(jsonSchemaOf(source.collection), source.data).filter(({ path }) => !reported.has(fieldPath(path)));
    problems.push(...danglingRefs(source.file, refs, catalog, invalid));
  }
  return { catalog, entries, problems, warnings };
}

/** Results and statuses newer than the example note that still calls them examples: a warning, as the note may be right. */
function outdatedNoteWarnings(entries: readonly Located[], catalog: Catalog): Problem[] {
  const periods = new Map([...catalog.periods.values()].map((period) => [period.id, period.data]));
  return entries.flatMap((entry) => {
    if (entry.collection !== 'uppdrag' && entry.collection !== 'nyckeltal') return [];
    const collection = entry.collection;
    return outdatedExampleNote(collection, recordOrEmpty(entry.data), periods).map((outdated) => ({
      file: entry.filePath,
      field: outdated.field,
      message: outdatedNoteMessage(collection, outdated, periods),
    }));
  });
}
