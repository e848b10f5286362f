/**
 * Texts so long that no reader reads them (a pasted report in a comment, a whole document
 * in a summary) are allowed, since a long source can be real, but are pointed out: above
 * 1 MB in one field the page grows heavy and the mistake is likely.
 */
import { fieldPath } from './problems.ts';

export const LARGE_TEXT_BYTES = 1_000_000;

const encoder = new TextEncoder();

/** `2,4 MB` for a byte count, as the warning shows it. */
function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
}

/** The warning for a text of `bytes` bytes, or undefined when it is not above 1 MB. */
export function largeTextWarning(text: string): string | undefined {
  if (text.length * 3 <= LARGE_TEXT_BYTES) return undefined;
  const bytes = encoder.encode(text).length;
  return bytes > LARGE_TEXT_BYTES
    ? `är ${megabytes(bytes)} text, mer än 1 MB i ett fält: så lång text läses sällan och gör sidan tung; korta den, eller lägg hela texten i ett dokument`
    : undefined;
}

/** Every text in `data` above 1 MB, by field. */
export function largeTextFields(data: unknown, path: (string | number)[] = []): { field: string; message: string }[] {
  if (typeof data === 'string') {
    const message = largeTextWarning(data);
    return message ? [{ field: fieldPath(path), message }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => largeTextFields(item, [...path, index]));
  if (data && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) => largeTextFields(value, [...path, key]));
  return [];
}
