/**
 * `npm run new -- <slag>`: creates a new uppdrag, nyckeltal, beslut, dokument or rapport
 * with a correct id, file name and every required field, checked by the same rules as
 * `npm run check` before anything is written. Asks for what the flags leave out when run
 * in a terminal; never overwrites an existing file or reuses an existing id.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join, relative, sep } from 'node:path';
import { lockContent } from './content-lock.ts';
import { problemsAfterWrite, readPending, type PendingFile } from '#lib/content/content-update.ts';
import { entryJson, entryMdx } from '#lib/content/content-writer.ts';
import { editorSchemaRef } from '#lib/content/json-schema.ts';
import { isValidId } from '#lib/content/ids.ts';
import {
  type Answers,
  buildEntry,
  choicesOf,
  type FieldSpec,
  fieldFor,
  isMultiple,
  type Scaffold,
  splitList,
} from '#lib/content/scaffold.ts';
import { SCAFFOLDS } from '#lib/content/scaffolds/index.ts';
import { collections } from '../src/schemas/index.ts';
import { contentDir, EXIT, parseCommandLine, problemsError, ROOT, shown, usageError, readContent } from './cli.ts';
import { readGivenText } from './cli-errors.ts';
import { WriteFailed, writeAllOrNothing } from './write-all.ts';

const TYPES = 'uppdrag, nyckeltal, beslut, dokument eller rapport';
const ALL_FLAGS = [...new Set(Object.values(SCAFFOLDS).flatMap((s) => s.fields.map((f) => f.flag)))];

const { values, positionals } = parseCommandLine('new', {
  ...Object.fromEntries(ALL_FLAGS.map((flag) => [flag, { type: 'string', multiple: true }] as const)),
  'text-file': { type: 'string' },
  content: { type: 'string' },
  interactive: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
});

function help(scaffold?: Scaffold): string {
  const fields = (s: Scaffold) =>
    s.fields
      .map((f) => {
        // Fixed vocabularies are listed; choices from the content are shown when asking.
        const fixed = choicesOf(f, [], {}).map((c) => c.id);
        const hint = fixed.length ? `: ${fixed.join(', ')}` : f.example ? `, t.ex. ${f.example}` : '';
        return `  --${f.flag.padEnd(13)} ${f.question}${f.required ? ' (krävs)' : ''}${isMultiple(f) ? ' (kan anges flera gånger)' : ''}${hint}`;
      })
      .join('\n');
  const forType = scaffold
    ? `Flaggor för ${scaffold.word}:\n${fields(scaffold)}${scaffold.collection === 'documents' ? '\n  --text-file     läs dokumentets text ur en fil' : ''}`
    : `Se flaggorna för ett slag med: npm run new -- <slag> --help`;
  return `Användning: npm run new -- <slag> [flaggor]

Skapar en ny fil i content/ för ett ${TYPES} (även decision, document, report).
Id och filnamn härleds ur titeln (små bokstäver a–z, siffror och bindestreck; å, ä, ö blir a, a, o;
för beslut organ, datum och paragraf, som rs-2023-11-08-194). Posten kontrolleras mot samma regler
som npm run check innan den skrivs, och en befintlig fil eller ett befintligt id skrivs aldrig över.

I en terminal frågar kommandot efter det som flaggorna inte anger. Annars (och i skript) ska alla
obligatoriska fält anges med flaggor. Listor anges med flaggan flera gånger eller med kommatecken.

${forType}

Gemensamma flaggor:
  --content <mapp>  annan innehållsmapp än content/
  --interactive     fråga även när indata inte är en terminal
  -h, --help        visa den här hjälpen

Slutkoder: 0 = filen skapades, 1 = posten har fel eller finns redan (inget skrevs), 2 = fel i kommandot.
Mer i docs/publicera.md.`;
}

const scaffold = positionals[0] ? SCAFFOLDS[positionals[0].toLowerCase()] : undefined;
if (values.help) {
  console.log(help(scaffold));
  process.exit(EXIT.ok);
}
if (positionals.length === 0) usageError('new', `ange vad som ska skapas: ${TYPES}, som npm run new -- uppdrag`);
if (!scaffold) usageError('new', `"${positionals[0]}" är inget slag som kan skapas: välj ${TYPES}`);
if (positionals.length > 1)
  usageError(
    'new',
    `bara ett slag i taget; sätt citattecken runt texter med mellanslag (extra: ${positionals.slice(1).join(' ')})`,
  );

const answers: Answers = {};
for (const flag of ALL_FLAGS) {
  const given = (values as Record<string, string[] | undefined>)[flag];
  if (!given) continue;
  const field = scaffold.fields.find((f) => f.flag === flag);
  if (!field) usageError('new', `flaggan --${flag} gäller inte ${scaffold.word}`);
  if (!isMultiple(field) && given.length > 1) usageError('new', `--${flag} får bara anges en gång`);
  answers[flag] = isMultiple(field) ? given.flatMap((value) => splitList(field, value)) : given[0];
}
if (values['text-file']) {
  if (scaffold.collection !== 'documents') usageError('new', `flaggan --text-file gäller bara dokument`);
  answers.text = readGivenText('new', values['text-file'], '--text-file');
}

const dir = contentDir(values.content);
const read = readContent(dir);
const interactive = Boolean(values.interactive || process.stdin.isTTY);

const lines = interactive
  ? createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]()
  : undefined;

async function ask(field: FieldSpec): Promise<void> {
  const choices = choicesOf(field, read.files, answers);
  const list = choices.length
    ? `\n  Välj bland: ${choices.map((c) => (c.label === c.id ? c.id : `${c.id} (${c.label})`)).join(', ')}`
    : '';
  const example = field.example ? ` (t.ex. ${field.example})` : '';
  const current = answers[field.flag] ? ` [${[answers[field.flag]].flat().join(', ')}]` : '';
  process.stdout.write(
    `${field.question}${field.required ? '' : ' (valfritt)'}${example}${list}\n> ${current ? `${current} ` : ''}`,
  );
  const next = await lines!.next();
  if (next.done) {
    process.stderr.write('\nAvbrutet: inget skrevs.\n');
    process.exit(EXIT.problems);
  }
  const answer = next.value.trim();
  if (answer !== '') answers[field.flag] = isMultiple(field) ? splitList(field, answer) : answer;
}

function isMissing(field: FieldSpec): boolean {
  const value = answers[field.flag];
  return field.required && (value === undefined || [value].flat().every((v) => v.trim() === ''));
}

/** Where an id is already used in the collection's folder, subfolders included. */
function existingFile(id: string): string | undefined {
  const folder = join(dir, scaffold!.collection);
  if (!existsSync(folder)) return undefined;
  const name = `${id}.${collections[scaffold!.collection].format}`;
  const found = (readdirSync(folder, { recursive: true }) as string[]).find((path) => path.split(sep).pop() === name);
  return found && join(folder, found);
}

/**
 * A problem on a line of the text, named by the line of the --text-file it came from
 * rather than of the MDX file that was never written: the text follows the frontmatter
 * and a blank line, with the file's own blank lines at the start left out.
 */
function inTextFile<P extends { field: string }>(problem: P, pending: PendingFile): P {
  const textFile = values['text-file'];
  const line = /^\(texten, rad (\d+)\)$/.exec(problem.field);
  const given = answers.text;
  if (!textFile || !line || typeof given !== 'string') return problem;
  const skipped = given.slice(0, given.length - given.trimStart().length).split('\n').length - 1;
  const before = readPending(pending).textLine ?? 0;
  return { ...problem, field: `(${shown(textFile)}, rad ${Number(line[1]) - before - 1 + skipped})` };
}

if (interactive) {
  for (const field of scaffold.fields) {
    if (
      answers[field.flag] === undefined &&
      (field.required || !Object.keys(values).some((k) => k !== 'interactive' && k !== 'content'))
    ) {
      // With no flags at all, ask for everything; otherwise only for what is required and missing.
      if (field.flag === 'id') continue;
      await ask(field);
    }
  }
}

for (const field of scaffold.fields) {
  if (answers[field.flag] === undefined && field.defaultValue) answers[field.flag] = field.defaultValue(read.files);
}

for (;;) {
  const missing = scaffold.fields.filter(isMissing);
  if (missing.length && !interactive) {
    usageError('new', `det saknas ${missing.map((f) => `--${f.flag} (${f.question.toLowerCase()})`).join(', ')}`);
  }
  for (const field of missing) await ask(field);
  if (scaffold.fields.some(isMissing)) continue;

  const built = buildEntry(scaffold, answers, read.files);
  const problems: { field: string; flag?: string; message: string }[] = [];
  const existing = isValidId(built.id) ? existingFile(built.id) : undefined;
  const idFree = isValidId(built.id) && !existing && !read.ids.has(`${scaffold.collection}/${built.id}`);
  if (!isValidId(built.id)) {
    problems.push({
      field: 'id',
      flag: 'id',
      message: `"${built.id}" går inte att använda som id: skriv bara små bokstäver a–z, siffror och bindestreck, eller ange --id`,
    });
  } else if (!idFree) {
    problems.push({
      field: 'id',
      flag: 'id',
      message: `det finns redan en fil med id "${built.id}"${existing ? `: ${shown(existing)}` : ''}. Inget skrivs över: välj en annan titel, eller ange ett annat id med --id`,
    });
  }
  // The rest is checked even when the id is taken, so that one run shows every problem.
  const id = idFree ? built.id : 'ny-post-som-kontrolleras';
  const path = join(dir, scaffold.collection, built.folder, `${id}.${collections[scaffold.collection].format}`);
  const file = relative(ROOT, path).split(sep).join('/');
  const text =
    collections[scaffold.collection].format === 'json'
      ? entryJson(scaffold.collection, {
          $schema: editorSchemaRef(path, scaffold.collection, dirname(dir)),
          ...built.data,
        })
      : entryMdx(scaffold.collection, built.data, built.text ?? '');
  const pending: PendingFile = { collection: scaffold.collection, id, file, text };
  // A problem the command found itself says more than the schema's words for the same field.
  const own = built.problems.map((p) => p.field);
  const checked = problemsAfterWrite(read.files, read.ids, [pending]).filter(
    (p) =>
      !own.some((field) => p.field === field || p.field.startsWith(`${field}.`) || p.field.startsWith(`${field}[`)),
  );
  problems.push(...built.problems, ...checked.map((p) => inTextFile(p, pending)));
  if (problems.length === 0) {
    try {
      // Only a new file is written, so the lock is taken here and not while questions wait for answers.
      lockContent(dir);
      // What another writer wrote meanwhile is read again, now that none can, and checked with the new entry.
      const now = readContent(dir);
      const late = [
        ...(now.ids.has(`${scaffold.collection}/${id}`)
          ? [{ field: 'id', message: `det finns nu en fil med id "${id}": välj ett annat id med --id` }]
          : []),
        ...problemsAfterWrite(now.files, now.ids, [pending]),
      ];
      if (late.length) {
        process.stderr.write(
          `Medan kommandot väntade skrev en annan körning i ${shown(dir)}/, och nu skulle den nya posten ha fel:\n${late.map((p) => `  - ${p.field || '(posten)'}: ${p.message}`).join('\n')}\nInget skrevs.\n`,
        );
        process.exit(EXIT.problems);
      }
      // `create`: fails if the file appeared meanwhile, the last guard against overwriting.
      writeAllOrNothing([{ path: join(ROOT, pending.file), text: pending.text, create: true }]);
    } catch (error) {
      if (!(error instanceof WriteFailed)) throw error;
      problemsError(`Kunde inte skriva: ${error.message}`);
    }
    console.log(`Skapade ${shown(pending.file)}

Nästa steg: öppna filen och fyll på det som saknas, kör npm run check,
och förhandsgranska med npm run dev innan du committar.`);
    process.exit(EXIT.ok);
  }
  const report = [...new Map(problems.map((p) => [`${p.field}: ${p.message}`, p])).values()].map((p) => {
    const flag = p.flag ?? fieldFor(scaffold, p.field)?.flag;
    return `  - ${p.field || '(posten)'}${flag ? ` (--${flag})` : ''}: ${p.message}`;
  });
  process.stderr.write(
    `Den nya posten har ${problems.length === 1 ? '1 fel' : `${problems.length} fel`}, inget skrevs:\n${report.join('\n')}\n`,
  );
  if (!interactive) process.exit(EXIT.problems);
  // In a terminal: ask again for the fields with problems.
  const again = new Set(problems.map((p) => p.flag ?? fieldFor(scaffold, p.field)?.flag).filter(Boolean));
  const fields = scaffold.fields.filter((f) => again.has(f.flag));
  if (fields.length === 0) process.exit(EXIT.problems);
  for (const field of fields) {
    delete answers[field.flag];
    await ask(field);
  }
}
