/**
 * Control characters (NUL, BEL, ESC, …) have no place in a text people read: they are
 * invisible in an editor, and written into the site's HTML, CSV and feeds they break
 * readers and parsers. Tab and line breaks are the only ones allowed.
 */
import { fieldPath } from './problems.ts';

// Exactly the characters this module exists to find.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** `U+001B` for the first control character in `text`, or undefined when there is none. */
export function controlCharacter(text: string): string | undefined {
  const found = CONTROL.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** The line and column (1-based) of the first control character in `text`. */
export function controlCharacterPlace(text: string): { line: number; column: number; code: string } | undefined {
  const found = CONTROL.exec(text);
  if (!found) return undefined;
  const before = text.slice(0, found.index).split('\n');
  return {
    line: before.length,
    column: before[before.length - 1].length + 1,
    code: `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  };
}

/** The message for a text holding the control character `code`. */
export function controlCharacterMessage(code: string): string {
  return `innehåller ett osynligt styrtecken (${code}), som inte hör hemma i en text: ta bort det (det följer ofta med när text klistras in från ett annat program)`;
}

/** Every text (and key) in `data` that holds a control character, by field. */
export function controlCharacterFields(
  data: unknown,
  path: (string | number)[] = [],
): { field: string; code: string }[] {
  if (typeof data === 'string') {
    const code = controlCharacter(data);
    return code ? [{ field: fieldPath(path), code }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => controlCharacterFields(item, [...path, index]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => {
      const code = controlCharacter(key);
      return code ? [{ field: fieldPath([...path, key]), code }] : controlCharacterFields(value, [...path, key]);
    });
  }
  return [];
}
