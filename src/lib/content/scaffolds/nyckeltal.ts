/** What `npm run new nyckeltal` asks for. */
import { textOf } from '../records.ts';
import { withoutUndefined } from './fields.ts';
import { DIRECTIONS, TERMS } from '../../../schemas/item.ts';
import { isRecord } from '#lib/core/guards.ts';
import { TEXT, reference, choice, common, planItem } from './fields.ts';

export const nyckeltal = planItem(
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
