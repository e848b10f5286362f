/** What `npm run new rapport` asks for. */
import { SOURCES_AND_ID } from './fields.ts';
import { REPORT_KINDS } from '../../../schemas/report.ts';
import type { Scaffold } from '../scaffold.ts';
import { TEXT, reference, choice, common, idFromTitle } from './fields.ts';

export const report: Scaffold = {
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
