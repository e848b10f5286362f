/** The field specs and helpers the scaffolds of several kinds share. */
import { idFromText } from '#lib/content/ids.ts';
import type { CollectionName } from '../../../schemas/index.ts';
import { type ReadKind, ID_FIELD, type FieldSpec, type AnswerOf, type Scaffold } from '../scaffold.ts';
import { type Answers, type Choice, of, name } from '../scaffold.ts';
import type { SourceFile } from '../content-files.ts';
import { recordOrEmpty } from '../records.ts';

/** Strategies of the chosen plan or of the regionplan it builds on: the ones that pass the check. */
export const strategiesOf = (files: readonly SourceFile[], answers: Answers): Choice[] => {
  const plan = of(files, 'plans').find((f) => f.id === answers.plan);
  const allowed = [answers.plan, plan && recordOrEmpty(plan.data).parent].filter(Boolean);
  return of(files, 'strategies')
    .filter((f) => allowed.length === 0 || allowed.includes(recordOrEmpty(f.data).plan))
    .map((f) => ({ id: f.id, label: `${name(f)} (${String(recordOrEmpty(f.data).plan)})` }));
};

/** Optional fields are left out when not answered, so the file holds only what was said. */
export const withoutUndefined = (entries: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));

export const TEXT: ReadKind = { kind: 'text' };
export const reference = (collection: CollectionName): ReadKind => ({ kind: 'reference', collection });
export const references = (collection: CollectionName): ReadKind => ({ kind: 'references', collection });
export const choice = (values: readonly string[]): ReadKind => ({ kind: 'choice', values });

export const common = {
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

export const idFromTitle = (answer: AnswerOf) => idFromText(answer('title') ?? '');

/** What most entries end with: the decisions and documents behind them, what is an example, the id. */
export const SOURCES_AND_ID = [common.decisions, common.documents, common.illustrative, common.id];

/** Uppdrag and nyckeltal: items of a plan, in a folder named by the plan, under one of its strategies. */
export function planItem(
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
