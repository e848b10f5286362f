/**
 * A new decision's file name: the id `npm run new beslut` gives it (`rs-2023-11-08-194`, from
 * the body's short name, the date and the paragraph), not Decap's slug of the title. The
 * bodies' short names come from the site's open data (`/data/bodies.json`), built from the
 * same content, so the editor's script itself stays free of content.
 */
import type { Map as ImmutableMap } from 'immutable';
import { decisionId } from '#lib/content/ids.ts';
import { recordOrEmpty, textOf } from '#lib/content/records.ts';

let shortNames: Promise<Map<string, string>> | undefined;

function loadShortNames(): Promise<Map<string, string>> {
  shortNames ??= fetch(new URL('../data/bodies.json', document.baseURI))
    .then((response) => (response.ok ? response.json() : {}))
    .then((file: unknown) => {
      const records = recordOrEmpty(file).records;
      return new Map(
        (Array.isArray(records) ? records : []).flatMap((record: unknown) => {
          const { id, shortName } = recordOrEmpty(record);
          return typeof id === 'string' && typeof shortName === 'string' ? [[id, shortName] as const] : [];
        }),
      );
    })
    .catch(() => new Map<string, string>());
  return shortNames;
}

/** The id of a new decision with this data; a body missing from the built data is named by its id. */
export async function newDecisionId(data: ImmutableMap<string, unknown>): Promise<string> {
  const body = textOf(data.get('body')) ?? '';
  const shortName = (await loadShortNames()).get(body) ?? body;
  const date = textOf(data.get('date')) ?? '';
  // Decap checks the required date and paragraph before an entry is saved.
  const paragraph = data.get('paragraph');
  return decisionId(shortName, date, typeof paragraph === 'number' || typeof paragraph === 'string' ? paragraph : '');
}
