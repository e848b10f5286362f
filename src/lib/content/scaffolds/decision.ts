/** What `npm run new beslut` asks for. */
import { of } from '../scaffold.ts';
import { newDecisionId } from '#lib/content/ids.ts';
import type { Scaffold } from '../scaffold.ts';
import { TEXT, reference, common } from './fields.ts';

export const decision: Scaffold = {
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
    const body = answer('body') ?? '';
    const organ = of(files, 'bodies').find((f) => f.id === body);
    return newDecisionId(body, organ?.data, answer('date') ?? '', answer('paragraph') ?? '');
  },
};
