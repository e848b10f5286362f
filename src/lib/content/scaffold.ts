/**
 * What `npm run new` asks for and writes, per kind of entry: the fields (with the flag
 * and the Swedish question for each), how the id is derived, and the entry's data. The
 * script does the asking and the writing; this module only turns answers into an entry.
 */
import type { SourceFile } from './content-files.ts';
import { idFromText } from '#lib/core/ids.ts';
import { parseSwedishNumber } from '#lib/core/numbers.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { DOCUMENT_KINDS } from '../../schemas/document.ts';
import { DIRECTIONS, ORIGINS, TERMS } from '../../schemas/item.ts';
import { REPORT_KINDS } from '../../schemas/report.ts';

export type Answers = Record<string, string | string[] | undefined>;

export interface Choice {
  id: string;
  label: string;
}

export interface FieldSpec {
  /** The command-line flag, without `--`, and the key in `Answers`. */
  flag: string;
  /** The question, in Swedish. */
  question: string;
  /** The entry field (or `(texten)` for the MDX body) that problems are reported on. */
  field: string;
  required: boolean;
  /** Several values: the flag may be repeated, and a prompt takes a comma-separated list. */
  multiple?: boolean;
  choices?: (files: readonly SourceFile[], answers: Answers) => Choice[];
  /** Shown after the question, as an example of what to write. */
  example?: string;
  /** How a typed list is split; commas unless the values themselves hold commas. */
  separator?: RegExp;
  /** The answer when none is given, when the content leaves only one sensible choice. */
  defaultValue?: (files: readonly SourceFile[]) => string | undefined;
}

export interface Built {
  id: string;
  /** Folder under the collection's folder, as the plan's id for uppdrag and nyckeltal; '' for none. */
  folder: string;
  data: Record<string, unknown>;
  body?: string;
  problems: { field: string; message: string }[];
}

export interface Scaffold {
  collection: CollectionName;
  /** The word staff use, as in `npm run new -- beslut`. */
  word: string;
  fields: FieldSpec[];
  build(answers: Answers, files: readonly SourceFile[]): Built;
}

type Raw = Record<string, unknown>;

const of = (files: readonly SourceFile[], collection: CollectionName) => files.filter((f) => f.collection === collection);
const name = (f: SourceFile) => String((f.data as Raw).title ?? (f.data as Raw).name ?? f.id);
const entriesOf = (collection: CollectionName) => (files: readonly SourceFile[]) =>
  of(files, collection).map((f) => ({ id: f.id, label: name(f) }));
const fixed = (values: readonly string[]) => () => values.map((id) => ({ id, label: id }));

/** Strategies of the chosen plan or of the regionplan it builds on: the ones that pass the check. */
const strategiesOf = (files: readonly SourceFile[], answers: Answers): Choice[] => {
  const plan = of(files, 'plans').find((f) => f.id === answers.plan);
  const allowed = [answers.plan, plan && (plan.data as Raw).parent].filter(Boolean);
  return of(files, 'strategies')
    .filter((f) => allowed.length === 0 || allowed.includes((f.data as Raw).plan as string))
    .map((f) => ({ id: f.id, label: `${name(f)} (${String((f.data as Raw).plan)})` }));
};

const one = (answers: Answers, flag: string): string | undefined => {
  const value = answers[flag];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text.trim() === '' ? undefined : text.trim();
};
const many = (answers: Answers, flag: string): string[] =>
  [answers[flag] ?? []].flat().map((v) => v.trim()).filter(Boolean);

/** Splits a typed list by the field's separator. */
export function splitList(field: FieldSpec, text: string): string[] {
  return text.split(field.separator ?? /,/).map((v) => v.trim()).filter(Boolean);
}
/** An integer when the answer is one, otherwise the text, so that the schema names the mistake. */
const integer = (text: string | undefined) => (text !== undefined && /^\d+$/.test(text) ? Number(text) : text);
/** Fields that may be null write null for an empty answer or "saknas". */
const orNull = (text: string | undefined) => (text === undefined || text.toLowerCase() === 'saknas' ? null : text);
/** Optional fields are left out when not answered, so the file holds only what was said. */
const optional = (entries: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));

const common = {
  title: (what: string, example: string): FieldSpec => ({ flag: 'title', question: `Titel på ${what}`, field: 'title', required: true, example }),
  plan: { flag: 'plan', question: 'Plan', field: 'plan', required: true, choices: entriesOf('plans') } as FieldSpec,
  decisions: { flag: 'decision', question: 'Beslut som posten bygger på', field: 'decisions', required: false, multiple: true, choices: entriesOf('decisions') } as FieldSpec,
  documents: { flag: 'document', question: 'Dokument om posten', field: 'documents', required: false, multiple: true, choices: entriesOf('documents') } as FieldSpec,
  illustrative: {
    flag: 'illustrative',
    question: 'Är något i posten ett exempel och inte från källorna? Skriv i så fall vad (annars tomt)',
    field: 'illustrative',
    required: false,
  } as FieldSpec,
  id: { flag: 'id', question: 'Id (filnamn); tomt för att härleda det från titeln', field: '', required: false } as FieldSpec,
};

const uppdrag: Scaffold = {
  collection: 'uppdrag',
  word: 'uppdrag',
  fields: [
    common.title('uppdraget', 'Öka andelen medarbetare som arbetar heltid'),
    common.plan,
    { flag: 'strategy', question: 'Strategi', field: 'strategy', required: true, choices: strategiesOf },
    { flag: 'origin', question: 'Ursprung: från regionplanen eller eget uppdrag', field: 'origin', required: true, choices: fixed(ORIGINS) },
    { flag: 'responsible', question: 'Ansvarig enhet', field: 'responsibleUnit', required: true, choices: entriesOf('units') },
    { flag: 'description', question: 'Beskrivning av uppdraget (ett stycke; mer kan skrivas i filen sedan)', field: '(texten)', required: true },
    common.decisions,
    common.documents,
    common.illustrative,
    common.id,
  ],
  build(answers) {
    const title = one(answers, 'title') ?? '';
    const plan = one(answers, 'plan') ?? '';
    return {
      id: one(answers, 'id') ?? idFromText(title),
      folder: plan,
      data: optional({
        title,
        plan,
        strategy: one(answers, 'strategy'),
        origin: one(answers, 'origin'),
        responsibleUnit: one(answers, 'responsible'),
        statuses: [],
        decisions: many(answers, 'decision'),
        documents: many(answers, 'document'),
        illustrative: one(answers, 'illustrative'),
      }),
      body: one(answers, 'description') ?? '',
      problems: [],
    };
  },
};

function parseTargets(texts: string[]): { targets: { year: unknown; value: unknown }[]; problems: Built['problems'] } {
  const problems: Built['problems'] = [];
  const targets = texts.map((text, index) => {
    const match = /^(\d{4})\s*[=:]\s*(.+)$/.exec(text);
    if (!match) {
      problems.push({ field: `targets[${index}]`, message: `"${text}" ska skrivas år=värde, som 2024=80 eller 2024=12,5` });
      return { year: text, value: null };
    }
    const parsed = parseSwedishNumber(match[2]);
    if (parsed.kind !== 'number') {
      problems.push({ field: `targets[${index}].value`, message: parsed.kind === 'error' ? parsed.message : 'målvärdet saknas' });
    }
    return { year: Number(match[1]), value: parsed.kind === 'number' ? parsed.value : match[2] };
  });
  return { targets, problems };
}

const nyckeltal: Scaffold = {
  collection: 'nyckeltal',
  word: 'nyckeltal',
  fields: [
    common.title('nyckeltalet', 'Servicenivå Helpdesk'),
    common.plan,
    { flag: 'strategy', question: 'Strategi', field: 'strategy', required: true, choices: strategiesOf },
    { flag: 'term', question: 'Kortsiktigt (årets plan) eller långsiktigt (regionplanen)', field: 'term', required: true, choices: fixed(TERMS) },
    { flag: 'description', question: 'Vad nyckeltalet mäter', field: 'description', required: true },
    { flag: 'unit', question: 'Enhet för värdena', field: 'unit', required: true, example: '%, kr/inv eller antal' },
    { flag: 'direction', question: 'Är högre (higher) eller lägre (lower) värde bättre', field: 'direction', required: true, choices: fixed(DIRECTIONS) },
    { flag: 'responsible', question: 'Ansvarig enhet (tomt om ingen)', field: 'responsibleUnit', required: false, choices: entriesOf('units') },
    {
      flag: 'target',
      question: 'Målvärden per år',
      field: 'targets',
      required: false,
      multiple: true,
      example: '2024=80, 2025=12,5',
      // Values have decimal commas: a new target starts only where a year and = follow.
      separator: /[,;]\s*(?=\d{4}\s*[=:])/,
    },
    { flag: 'kolada', question: 'Kolada-id om värdena kommer från Kolada (tomt annars)', field: 'source.kolada', required: false, example: 'N70060' },
    { flag: 'source', question: 'Källa: varifrån värdena kommer (tomt = Kolada när Kolada-id är angivet)', field: 'source.name', required: false, example: 'Tertialrapport per april 2024' },
    common.decisions,
    common.documents,
    common.illustrative,
    common.id,
  ],
  build(answers) {
    const title = one(answers, 'title') ?? '';
    const plan = one(answers, 'plan') ?? '';
    const kolada = one(answers, 'kolada');
    const term = one(answers, 'term');
    const { targets, problems } = parseTargets(many(answers, 'target'));
    const sourceName = one(answers, 'source') ?? (kolada ? 'Kolada' : undefined);
    if (!sourceName) problems.push({ field: 'source.name', message: 'saknas: ange varifrån värdena kommer med --source, eller ett Kolada-id med --kolada' });
    return {
      id: one(answers, 'id') ?? idFromText(title),
      folder: plan,
      data: optional({
        title,
        plan,
        strategy: one(answers, 'strategy'),
        term,
        description: one(answers, 'description'),
        unit: one(answers, 'unit'),
        direction: one(answers, 'direction'),
        responsibleUnit: one(answers, 'responsible'),
        targets,
        results: [],
        // Långsiktiga nyckeltal get their yearly values from statistics: `npm run kolada` fills this.
        series: term === 'langsiktig' ? [] : undefined,
        source: optional({ name: sourceName ?? '', url: kolada ? `https://api.kolada.se/v3/kpi/${kolada}` : undefined, kolada }),
        decisions: many(answers, 'decision'),
        documents: many(answers, 'document'),
        illustrative: one(answers, 'illustrative'),
      }),
      problems,
    };
  },
};

const decision: Scaffold = {
  collection: 'decisions',
  word: 'beslut',
  fields: [
    { flag: 'body', question: 'Organet som beslutade', field: 'body', required: true, choices: entriesOf('bodies') },
    { flag: 'date', question: 'Sammanträdets datum', field: 'date', required: true, example: '2023-11-08, eller 2024-02 när bara månaden är känd' },
    { flag: 'paragraph', question: 'Paragraf (§)', field: 'paragraph', required: true, example: '194' },
    { flag: 'dnr', question: 'Diarienummer (tomt om källan inte anger det)', field: 'dnr', required: false, example: 'RS/595/2023' },
    common.title('beslutet', 'Regionstyrelsens plan och budget 2024'),
    { flag: 'summary', question: 'Vad som beslutades, i klarspråk', field: 'summary', required: true },
    { flag: 'end-date', question: 'Sista dagen om sammanträdet pågick flera dagar (annars tomt)', field: 'endDate', required: false },
    common.illustrative,
    common.id,
  ],
  build(answers, files) {
    const bodyId = one(answers, 'body') ?? '';
    const body = of(files, 'bodies').find((f) => f.id === bodyId);
    const shortName = String((body?.data as Raw | undefined)?.shortName ?? bodyId);
    const date = one(answers, 'date') ?? '';
    const paragraph = one(answers, 'paragraph');
    return {
      // Decisions are cited as "RS 2023-11-08 § 194", so the id is rs-2023-11-08-194.
      id: one(answers, 'id') ?? idFromText(`${shortName} ${date} ${paragraph ?? ''}`),
      folder: '',
      data: optional({
        body: bodyId,
        date,
        endDate: one(answers, 'end-date'),
        paragraph: integer(paragraph),
        dnr: orNull(one(answers, 'dnr')),
        title: one(answers, 'title'),
        summary: one(answers, 'summary'),
        illustrative: one(answers, 'illustrative'),
      }),
      problems: [],
    };
  },
};

const document: Scaffold = {
  collection: 'documents',
  word: 'dokument',
  fields: [
    common.title('dokumentet', 'Revidering av Regionstyrelsens plan och budget 2024'),
    { flag: 'kind', question: 'Slag av dokument', field: 'kind', required: true, choices: fixed(DOCUMENT_KINDS) },
    { flag: 'dnr', question: 'Diarienummer', field: 'dnr', required: true, example: 'RS/595/2023' },
    { flag: 'date', question: 'Dokumentets datum', field: 'date', required: true, example: '2024-01-17' },
    {
      flag: 'organisation',
      question: 'Organisation',
      field: 'organisation',
      required: true,
      choices: entriesOf('organisations'),
      // With one organisation in the content there is nothing to ask.
      defaultValue: (files) => {
        const organisations = of(files, 'organisations');
        return organisations.length === 1 ? organisations[0].id : undefined;
      },
    },
    { flag: 'unit', question: 'Enheten som skrev dokumentet', field: 'unit', required: true, choices: entriesOf('units') },
    { flag: 'author', question: 'Handläggare (tomt om okänt)', field: 'author', required: false },
    {
      flag: 'signed-by',
      question: 'Undertecknat av (namn och titel; skilj personer med semikolon)',
      field: 'signedBy',
      required: false,
      multiple: true,
      example: 'Sara Lewerentz, regiondirektör; Mikael Ferm, regionstabschef',
      separator: /;/,
    },
    common.decisions,
    { flag: 'plan', question: 'Planer som dokumentet gäller', field: 'plans', required: false, multiple: true, choices: entriesOf('plans') },
    { flag: 'report', question: 'Rapporter som dokumentet gäller', field: 'reports', required: false, multiple: true, choices: entriesOf('reports') },
    { flag: 'source-note', question: 'Anmärkning om källtexten (tomt om ingen)', field: 'sourceNote', required: false },
    { flag: 'text', question: 'Dokumentets text (eller använd --text-file <fil>)', field: '(texten)', required: true },
    common.illustrative,
    common.id,
  ],
  build(answers) {
    const title = one(answers, 'title') ?? '';
    return {
      id: one(answers, 'id') ?? idFromText(title),
      folder: '',
      data: optional({
        title,
        kind: one(answers, 'kind'),
        dnr: one(answers, 'dnr'),
        date: one(answers, 'date'),
        organisation: one(answers, 'organisation'),
        unit: one(answers, 'unit'),
        author: one(answers, 'author'),
        signedBy: many(answers, 'signed-by'),
        decisions: many(answers, 'decision'),
        plans: many(answers, 'plan'),
        reports: many(answers, 'report'),
        sourceNote: one(answers, 'source-note'),
        illustrative: one(answers, 'illustrative'),
      }),
      body: one(answers, 'text') ?? '',
      problems: [],
    };
  },
};

const report: Scaffold = {
  collection: 'reports',
  word: 'rapport',
  fields: [
    common.title('rapporten', 'Delårsrapport per augusti 2024'),
    { flag: 'kind', question: 'Slag av rapport', field: 'kind', required: true, choices: fixed(REPORT_KINDS) },
    common.plan,
    { flag: 'period', question: 'Perioden som rapporten redovisar', field: 'period', required: true, choices: entriesOf('periods') },
    { flag: 'date', question: 'Rapportens datum (tomt om okänt)', field: 'date', required: false, example: '2024-09-15' },
    { flag: 'dnr', question: 'Diarienummer', field: 'dnr', required: true, example: 'RS/99/2024' },
    { flag: 'summary', question: 'Sammanfattning av rapporten', field: 'summary', required: true },
    common.decisions,
    common.documents,
    common.illustrative,
    common.id,
  ],
  build(answers) {
    const title = one(answers, 'title') ?? '';
    return {
      id: one(answers, 'id') ?? idFromText(title),
      folder: '',
      data: optional({
        title,
        kind: one(answers, 'kind'),
        plan: one(answers, 'plan'),
        period: one(answers, 'period'),
        date: orNull(one(answers, 'date')),
        dnr: one(answers, 'dnr'),
        summary: one(answers, 'summary'),
        decisions: many(answers, 'decision'),
        documents: many(answers, 'document'),
        illustrative: one(answers, 'illustrative'),
      }),
      problems: [],
    };
  },
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
