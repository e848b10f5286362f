/**
 * Ids are file names: lower-case a–z, digits and hyphens (see `ID_PATTERN`). Staff write
 * titles in Swedish, so å, ä and ö become a, a and o, as in the bundled file names.
 */
import { ID_PATTERN } from '../../schemas/index.ts';
import { recordOrEmpty, textOf } from './records.ts';

/** `Öka andelen medarbetare som arbetar heltid` → `oka-andelen-medarbetare-som-arbetar-heltid`. */
export function idFromText(text: string, maxLength = 60): string {
  const ascii = text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    // Other accents (é, ü, á) lose their mark: NFD splits them into letter + mark.
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  const id = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (id.length <= maxLength) return id;
  // Cut at a word boundary so the id stays readable.
  const cut = id.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : id.slice(0, maxLength)).replace(/-+$/, '');
}

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/**
 * A decision's id, as it is cited: "RS 2023-11-08 § 194" → `rs-2023-11-08-194`. The same for
 * `npm run new beslut` and a decision made in the browser editor.
 */
export function decisionId(bodyShortName: string, date: string, paragraph: string | number): string {
  return idFromText(`${bodyShortName} ${date} ${paragraph}`);
}

/**
 * A new decision's id from its body's id and data (its file, or what the editor loaded of
 * it): by the body's short name, or by its id when it has none (`regionala-…-2024-09-10-12`).
 * The command line and the editor both call this, so a body without a short name, or one
 * added a moment ago, gives the same id in both.
 */
export function newDecisionId(
  bodyId: string,
  bodyData: unknown,
  date: string,
  paragraph: string | number,
): string {
  return decisionId(textOf(recordOrEmpty(bodyData).shortName) ?? bodyId, date, paragraph);
}
