/** What `npm run new uppdrag` asks for. */
import { ORIGINS } from '../../../schemas/item.ts';
import { TEXT_FIELD } from '../scaffold.ts';
import { TEXT, reference, choice, common, planItem } from './fields.ts';

export const uppdrag = planItem(
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
