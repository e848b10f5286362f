/**
 * What `npm run new` asks for and writes, per kind of entry: one spec per field (the flag,
 * the Swedish question, where the answer goes and how it is read), from which both the
 * questions and the entry's data are derived. The script does the asking and the writing;
 * this module only turns answers into an entry.
 */
import type { SourceFile } from './content-files.ts';
import { idFromText } from '#lib/content/ids.ts';
import { parseSwedishNumber } from '#lib/core/numbers.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { DOCUMENT_KINDS } from '../../schemas/document.ts';
import { DIRECTIONS, ORIGINS, TERMS } from '../../schemas/item.ts';
import { REPORT_KINDS } from '../../schemas/report.ts';
import { isRecord } from '#lib/core/guards.ts';
import { recordOrEmpty, textOf } from './records.ts';

export type Answers = Record<string, string | string[] | undefined>;

export interface Choice {
  id: string;
  label: string;
}

interface Problem {
  field: string;
  message: string;
}

/** How an answer is read into the entry. */
export type ReadKind =
  /** One text, left out when not answered. */
  | { kind: 'text' }
  /** One text, or null for no answer or "saknas" (fields that may be null). */
  | { kind: 'text-or-null' }
  /** An integer when the answer is one, otherwise the text, so that the schema names the mistake. */
  | { kind: 'integer' }
  /** One of a fixed vocabulary. */
  | { kind: 'choice'; values: readonly string[] }
  /** The id of an entry in a collection, or of an entry the other answers allow. */
  | { kind: 'reference'; collection: CollectionName; allowed?: (files: readonly SourceFile[], answers: Answers) => Choice[] }
  /** Ids of entries in a collection: always written, an empty list when none. */
  | { kind: 'references'; collection: CollectionName }
  /** Several texts, split by the separator when typed as one. */
  | { kind: 'list'; separator: RegExp }
  /** Target values per year, typed as year=value. */
  | { kind: 'targets' };

/** `field` for the MDX text under the frontmatter, and for the entry's id. */
export const TEXT_FIELD = '(texten)';
export const ID_FIELD = '';

export interface FieldSpec {
  /** The command-line flag, without `--`, and the key in `Answers`. */
  flag: string;
  /** The question, in Swedish. */
  question: string;
  /** Where the answer goes: a data field (dotted when nested), `TEXT_FIELD` or `ID_FIELD`. Problems are reported on it. */
  field: string;
  required: boolean;
  read: ReadKind;
  /** Shown after the question, as an example of what to write. */
  example?: string;
  /** The answer when none is given, when the content leaves only one sensible choice. */
  defaultValue?: (files: readonly SourceFile[]) => string | undefined;
}

export interface Built {
  id: string;
  /** Folder under the collection's folder, as the plan's id for uppdrag and nyckeltal; '' for none. */
  folder: string;
  data: Record<string, unknown>;
  text?: string;
  problems: Problem[];
}

/** The first non-empty answer to a flag, trimmed. */
type AnswerOf = (flag: string) => string | undefined;

export interface Scaffold {
  collection: CollectionName;
  /** The word staff use, as in `npm run new -- beslut`. */
  word: string;
  fields: FieldSpec[];
  /** The id when none is given. */
  idFrom: (answer: AnswerOf, files: readonly SourceFile[]) => string;
  /** Folder under the collection's folder; none when left out. */
  folderFrom?: (answer: AnswerOf) => string;
  /** What follows from the answers rather than being asked: fixed lists and derived values. */
  complete?: (data: Record<string, unknown>) => { data: Record<string, unknown>; problems: Problem[] };
}

const of = (files: readonly SourceFile[], collection: CollectionName) => files.filter((f) => f.collection === collection);
const name = (f: SourceFile) => textOf(recordOrEmpty(f.data).title) ?? textOf(recordOrEmpty(f.data).name) ?? f.id;

/** Strategies of the chosen plan or of the regionplan it builds on: the ones that pass the check. */
const strategiesOf = (files: readonly SourceFile[], answers: Answers): Choice[] => {
  const plan = of(files, 'plans').find((f) => f.id === answers.plan);
  const allowed = [answers.plan, plan && recordOrEmpty(plan.data).parent].filter(Boolean);
  return of(files, 'strategies')
    .filter((f) => allowed.length === 0 || allowed.includes(recordOrEmpty(f.data).plan))
    .map((f) => ({ id: f.id, label: `${name(f)} (${String(recordOrEmpty(f.data).plan)})` }));
};

/** Several values: the flag may be repeated, and a prompt takes a comma-separated list. */
export function isMultiple(field: FieldSpec): boolean {
  return ['references', 'list', 'targets'].includes(field.read.kind);
}

/** What may be answered: fixed vocabularies, or entries of the content. */
export function choicesOf(field: FieldSpec, files: readonly SourceFile[], answers: Answers): Choice[] {
  const read = field.read;
  if (read.kind === 'choice') return read.values.map((id) => ({ id, label: id }));
  if (read.kind === 'reference' && read.allowed) return read.allowed(files, answers);
  if (read.kind === 'reference' || read.kind === 'references')
    return of(files, read.collection).map((f) => ({ id: f.id, label: name(f) }));
  return [];
}

/** Values have decimal commas: a new target starts only where a year and = follow. */
const TARGET_SEPARATOR = /[,;]\s*(?=\d{4}\s*[=:])/;

/** Splits a typed list by the field's separator. */
export function splitList(field: FieldSpec, text: string): string[] {
  const separator = field.read.kind === 'list' ? field.read.separator : field.read.kind === 'targets' ? TARGET_SEPARATOR : /,/;
  return text.split(separator).map((v) => v.trim()).filter(Boolean);
}

function readTargets(texts: readonly string[], field: string): { value: unknown; problems: Problem[] } {
  const problems: Problem[] = [];
  const value = texts.map((text, index) => {
    const match = /^(\d{4})\s*[=:]\s*(.+)$/.exec(text);
    if (!match) {
      problems.push({ field: `${field}[${index}]`, message: `"${text}" ska skrivas år=värde, som 2024=80 eller 2024=12,5` });
      return { year: text, value: null };
    }
    const parsed = parseSwedishNumber(match[2]);
    if (parsed.kind !== 'number') {
      problems.push({ field: `${field}[${index}].value`, message: parsed.kind === 'error' ? parsed.message : 'målvärdet saknas' });
    }
    return { year: Number(match[1]), value: parsed.kind === 'number' ? parsed.value : match[2] };
  });
  return { value, problems };
}

/** The answers to a field as its read kind says; undefined leaves the field out. */
function readField(read: ReadKind, texts: readonly string[], field: string): { value: unknown; problems: Problem[] } {
  const [first] = texts;
  switch (read.kind) {
    case 'references':
    case 'list':
      return { value: [...texts], problems: [] };
    case 'targets':
      return readTargets(texts, field);
    case 'integer':
      return { value: first !== undefined && /^\d+$/.test(first) ? Number(first) : first, problems: [] };
    case 'text-or-null':
      return { value: first === undefined || first.toLowerCase() === 'saknas' ? null : first, problems: [] };
    case 'text':
    case 'choice':
    case 'reference':
      return { value: first, problems: [] };
  }
}

/** Sets `path` (dotted when nested) in `data`. */
function setAt(data: Record<string, unknown>, path: string, value: unknown): void {
  const [key, ...rest] = path.split('.');
  if (rest.length === 0) {
    data[key] = value;
    return;
  }
  const inner = isRecord(data[key]) ? data[key] : {};
  setAt(inner, rest.join('.'), value);
  data[key] = inner;
}

/** Optional fields are left out when not answered, so the file holds only what was said. */
const withoutUndefined = (entries: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));

/** The entry that the answers describe, with the problems found while reading them. */
export function buildEntry(scaffold: Scaffold, answers: Answers, files: readonly SourceFile[]): Built {
  const texts = (flag: string) =>
    [answers[flag] ?? []]
      .flat()
      .map((v) => v.trim())
      .filter(Boolean);
  const answer: AnswerOf = (flag) => texts(flag)[0];
  const data: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const spec of scaffold.fields) {
    if (spec.field === TEXT_FIELD || spec.field === ID_FIELD) continue;
    const read = readField(spec.read, texts(spec.flag), spec.field);
    if (read.value !== undefined) setAt(data, spec.field, read.value);
    problems.push(...read.problems);
  }
  const completed = scaffold.complete?.(data) ?? { data, problems: [] };
  const textFlag = scaffold.fields.find((f) => f.field === TEXT_FIELD)?.flag;
  return {
    id: answer('id') ?? scaffold.idFrom(answer, files),
    folder: scaffold.folderFrom?.(answer) ?? '',
    data: completed.data,
    ...(textFlag ? { text: answer(textFlag) ?? '' } : {}),
    problems: [...problems, ...completed.problems],
  };
}

const TEXT: ReadKind = { kind: 'text' };
const reference = (collection: CollectionName): ReadKind => ({ kind: 'reference', collection });
const references = (collection: CollectionName): ReadKind => ({ kind: 'references', collection });
const choice = (values: readonly string[]): ReadKind => ({ kind: 'choice', values });

const common = {
  title: (what: string, example: string): FieldSpec => ({
    flag: 'title',
    question: `Titel på ${what}`,
    field: 'title',
    required: true,
    read: TEXT,
    example,
  }),
  plan: { flag: 'plan', question: 'Plan', field: 'plan', required: true, read: reference('plans') },
  strategy: {
    flag: 'strategy',
    question: 'Strategi',
    field: 'strategy',
    required: true,
    read: { kind: 'reference', collection: 'strategies', allowed: strategiesOf },
  },
  decisions: {
    flag: 'decision',
    question: 'Beslut som posten bygger på',
    field: 'decisions',
    required: false,
    read: references('decisions'),
  },
  documents: {
    flag: 'document',
    question: 'Dokument om posten',
    field: 'documents',
    required: false,
    read: references('documents'),
  },
  illustrative: {
    flag: 'illustrative',
    question: 'Är något i posten ett exempel och inte från källorna? Skriv i så fall vad (annars tomt)',
    field: 'illustrative',
    required: false,
    read: TEXT,
  },
  id: {
    flag: 'id',
    question: 'Id (filnamn); tomt för att härleda det från titeln',
    field: ID_FIELD,
    required: false,
    read: TEXT,
  },
} satisfies Record<string, FieldSpec | ((...args: string[]) => FieldSpec)>;

const idFromTitle = (answer: AnswerOf) => idFromText(answer('title') ?? '');

/** What most entries end with: the decisions and documents behind them, what is an example, the id. */
const SOURCES_AND_ID = [common.decisions, common.documents, common.illustrative, common.id];

/** Uppdrag and nyckeltal: items of a plan, in a folder named by the plan, under one of its strategies. */
function planItem(
  collection: 'uppdrag' | 'nyckeltal',
  title: FieldSpec,
  own: FieldSpec[],
  complete: Scaffold['complete'],
): Scaffold {
  return {
    collection,
    word: collection,
    fields: [title, common.plan, common.strategy, ...own, ...SOURCES_AND_ID],
    idFrom: idFromTitle,
    folderFrom: (answer) => answer('plan') ?? '',
    complete,
  };
}

const uppdrag = planItem(
  'uppdrag',
  common.title('uppdraget', 'Öka andelen medarbetare som arbetar heltid'),
  [
    { flag: 'origin', question: 'Ursprung: från regionplanen eller eget uppdrag', field: 'origin', required: true, read: choice(ORIGINS) },
    { flag: 'responsible', question: 'Ansvarig enhet', field: 'responsibleUnit', required: true, read: reference('units') },
    {
      flag: 'description',
      question: 'Beskrivning av uppdraget (ett stycke; mer kan skrivas i filen sedan)',
      field: TEXT_FIELD,
      required: true,
      read: TEXT,
    },
  ],
  (data) => ({ data: { ...data, statuses: [] }, problems: [] }),
);

const nyckeltal = planItem(
  'nyckeltal',
  common.title('nyckeltalet', 'Servicenivå Helpdesk'),
  [
    { flag: 'term', question: 'Kortsiktigt (årets plan) eller långsiktigt (regionplanen)', field: 'term', required: true, read: choice(TERMS) },
    { flag: 'description', question: 'Vad nyckeltalet mäter', field: 'description', required: true, read: TEXT },
    { flag: 'unit', question: 'Enhet för värdena', field: 'unit', required: true, read: TEXT, example: '%, kr/inv eller antal' },
    {
      flag: 'direction',
      question: 'Är högre (higher) eller lägre (lower) värde bättre',
      field: 'direction',
      required: true,
      read: choice(DIRECTIONS),
    },
    { flag: 'responsible', question: 'Ansvarig enhet (tomt om ingen)', field: 'responsibleUnit', required: false, read: reference('units') },
    { flag: 'target', question: 'Målvärden per år', field: 'targets', required: false, read: { kind: 'targets' }, example: '2024=80, 2025=12,5' },
    {
      flag: 'kolada',
      question: 'Kolada-id om värdena kommer från Kolada (tomt annars)',
      field: 'source.kolada',
      required: false,
      read: TEXT,
      example: 'N70060',
    },
    {
      flag: 'source',
      question: 'Källa: varifrån värdena kommer (tomt = Kolada när Kolada-id är angivet)',
      field: 'source.name',
      required: false,
      read: TEXT,
      example: 'Tertialrapport per april 2024',
    },
  ],
  (data) => {
    const source = isRecord(data.source) ? data.source : {};
    const kolada = textOf(source.kolada);
    const sourceName = textOf(source.name) ?? (kolada ? 'Kolada' : undefined);
    const problems = sourceName
      ? []
      : [{ field: 'source.name', message: 'saknas: ange varifrån värdena kommer med --source, eller ett Kolada-id med --kolada' }];
    return {
      data: withoutUndefined({
        ...data,
        results: [],
        // Långsiktiga nyckeltal get their yearly values from statistics: `npm run kolada` fills this.
        series: data.term === 'langsiktig' ? [] : undefined,
        source: withoutUndefined({ name: sourceName ?? '', url: kolada ? `https://api.kolada.se/v3/kpi/${kolada}` : undefined, kolada }),
      }),
      problems,
    };
  },
);

const decision: Scaffold = {
  collection: 'decisions',
  word: 'beslut',
  fields: [
    { flag: 'body', question: 'Organet som beslutade', field: 'body', required: true, read: reference('bodies') },
    {
      flag: 'date',
      question: 'Sammanträdets datum',
      field: 'date',
      required: true,
      read: TEXT,
      example: '2023-11-08, eller 2024-02 när bara månaden är känd',
    },
    { flag: 'paragraph', question: 'Paragraf (§)', field: 'paragraph', required: true, read: { kind: 'integer' }, example: '194' },
    {
      flag: 'dnr',
      question: 'Diarienummer (tomt om källan inte anger det)',
      field: 'dnr',
      required: false,
      read: { kind: 'text-or-null' },
      example: 'RS/595/2023',
    },
    common.title('beslutet', 'Regionstyrelsens plan och budget 2024'),
    { flag: 'summary', question: 'Vad som beslutades, i klarspråk', field: 'summary', required: true, read: TEXT },
    {
      flag: 'end-date',
      question: 'Sista dagen om sammanträdet pågick flera dagar (annars tomt)',
      field: 'endDate',
      required: false,
      read: TEXT,
    },
    common.illustrative,
    common.id,
  ],
  // Decisions are cited as "RS 2023-11-08 § 194", so the id is rs-2023-11-08-194.
  idFrom(answer, files) {
    const organ = of(files, 'bodies').find((f) => f.id === answer('body'));
    const shortName = textOf(recordOrEmpty(organ?.data).shortName) ?? answer('body') ?? '';
    return idFromText(`${shortName} ${answer('date') ?? ''} ${answer('paragraph') ?? ''}`);
  },
};

const document: Scaffold = {
  collection: 'documents',
  word: 'dokument',
  fields: [
    common.title('dokumentet', 'Revidering av Regionstyrelsens plan och budget 2024'),
    { flag: 'kind', question: 'Slag av dokument', field: 'kind', required: true, read: choice(DOCUMENT_KINDS) },
    { flag: 'dnr', question: 'Diarienummer', field: 'dnr', required: true, read: TEXT, example: 'RS/595/2023' },
    { flag: 'date', question: 'Dokumentets datum', field: 'date', required: true, read: TEXT, example: '2024-01-17' },
    {
      flag: 'organisation',
      question: 'Organisation',
      field: 'organisation',
      required: true,
      read: reference('organisations'),
      // With one organisation in the content there is nothing to ask.
      defaultValue: (files) => {
        const organisations = of(files, 'organisations');
        return organisations.length === 1 ? organisations[0].id : undefined;
      },
    },
    { flag: 'unit', question: 'Enheten som skrev dokumentet', field: 'unit', required: true, read: reference('units') },
    { flag: 'author', question: 'Handläggare (tomt om okänt)', field: 'author', required: false, read: TEXT },
    {
      flag: 'signed-by',
      question: 'Undertecknat av (namn och titel; skilj personer med semikolon)',
      field: 'signedBy',
      required: false,
      read: { kind: 'list', separator: /;/ },
      example: 'Sara Lewerentz, regiondirektör; Mikael Ferm, regionstabschef',
    },
    common.decisions,
    { flag: 'plan', question: 'Planer som dokumentet gäller', field: 'plans', required: false, read: references('plans') },
    { flag: 'report', question: 'Rapporter som dokumentet gäller', field: 'reports', required: false, read: references('reports') },
    { flag: 'source-note', question: 'Anmärkning om källtexten (tomt om ingen)', field: 'sourceNote', required: false, read: TEXT },
    { flag: 'text', question: 'Dokumentets text (eller använd --text-file <fil>)', field: TEXT_FIELD, required: true, read: TEXT },
    common.illustrative,
    common.id,
  ],
  idFrom: idFromTitle,
};

const report: Scaffold = {
  collection: 'reports',
  word: 'rapport',
  fields: [
    common.title('rapporten', 'Delårsrapport per augusti 2024'),
    { flag: 'kind', question: 'Slag av rapport', field: 'kind', required: true, read: choice(REPORT_KINDS) },
    common.plan,
    { flag: 'period', question: 'Perioden som rapporten redovisar', field: 'period', required: true, read: reference('periods') },
    {
      flag: 'date',
      question: 'Rapportens datum (tomt om okänt)',
      field: 'date',
      required: false,
      read: { kind: 'text-or-null' },
      example: '2024-09-15',
    },
    { flag: 'dnr', question: 'Diarienummer', field: 'dnr', required: true, read: TEXT, example: 'RS/99/2024' },
    { flag: 'summary', question: 'Sammanfattning av rapporten', field: 'summary', required: true, read: TEXT },
    ...SOURCES_AND_ID,
  ],
  idFrom: idFromTitle,
};

/** The kinds `npm run new` makes, by every name staff may use for them. */
export const SCAFFOLDS: Record<string, Scaffold> = {
  uppdrag,
  nyckeltal,
  beslut: decision,
  decision,
  dokument: document,
  document,
  rapport: report,
  report,
};

/** The scaffold's field that a problem's field path (`targets[0].value`) belongs to. */
export function fieldFor(scaffold: Scaffold, path: string): FieldSpec | undefined {
  return scaffold.fields
    .filter((f) => f.field && (path === f.field || path.startsWith(`${f.field}[`) || path.startsWith(`${f.field}.`)))
    .sort((a, b) => b.field.length - a.field.length)[0];
}
