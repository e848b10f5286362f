/** What `npm run new dokument` asks for. */
import { of } from '../scaffold.ts';
import { DOCUMENT_KINDS } from '../../../schemas/document.ts';
import { TEXT_FIELD, type Scaffold } from '../scaffold.ts';
import { TEXT, reference, references, choice, common, idFromTitle } from './fields.ts';

export const document: Scaffold = {
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
