/**
 * A new decision's file name: the id `npm run new beslut` gives it (`rs-2023-11-08-194`, from
 * the body's short name, the date and the paragraph), not Decap's slug of the title, made by
 * the same function (`newDecisionId`). The body's data is the one chosen in the picker
 * (chosen-entries.ts: read from the repository, so a body added in this session too), else
 * the site's open data (`/data/bodies.json`), built from the same content.
 */
import { Map as ImmutableMap } from 'immutable';
import { newDecisionId as decisionIdOf } from '#lib/content/ids.ts';
import { recordOrEmpty, textOf } from '#lib/content/records.ts';
import { chosenEntry } from './chosen-entries.ts';

let builtBodies: Promise<Map<string, unknown>> | undefined;

function loadBuiltBodies(): Promise<Map<string, unknown>> {
  builtBodies ??= fetch(new URL('../data/bodies.json', document.baseURI))
    .then((response) => (response.ok ? response.json() : {}))
    .then((file: unknown) => {
      const records = recordOrEmpty(file).records;
      return new Map(
        (Array.isArray(records) ? records : []).flatMap((record: unknown) => {
          const id = textOf(recordOrEmpty(record).id);
          return id ? [[id, record] as const] : [];
        }),
      );
    })
    .catch(() => new Map<string, unknown>());
  return builtBodies;
}

/** The id of a new decision with this data. */
export async function newDecisionId(data: ImmutableMap<string, unknown>): Promise<string> {
  const body = textOf(data.get('body')) ?? '';
  const chosen: unknown = chosenEntry('bodies', body);
  const bodyData = ImmutableMap.isMap(chosen) ? chosen.toJS() : (chosen ?? (await loadBuiltBodies()).get(body));
  const date = textOf(data.get('date')) ?? '';
  // Decap checks the required date and paragraph before an entry is saved.
  const paragraph = data.get('paragraph');
  return decisionIdOf(
    body,
    bodyData,
    date,
    typeof paragraph === 'number' || typeof paragraph === 'string' ? paragraph : '',
  );
}
