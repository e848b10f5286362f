/**
 * An interface sentence that quotes the content ("Assignment in Regionstyrelsens plan och
 * budget 2024") in parts, so that a component can mark the quoted content with its own
 * language (WCAG 3.1.2) while the sentence stays one text in the message catalogue.
 */

export interface TextPart {
  text: string;
  /** The part is one of the quoted content strings. */
  content: boolean;
}

/** `text` split at each occurrence of the `quoted` strings (the longest first where they overlap). */
export function contentParts(text: string, quoted: readonly (string | undefined)[]): TextPart[] {
  const strings = [...new Set(quoted.filter((q): q is string => Boolean(q)))].sort((a, b) => b.length - a.length);
  const parts: TextPart[] = [];
  let rest = text;
  while (rest) {
    let first: { index: number; string: string } | undefined;
    for (const string of strings) {
      const index = rest.indexOf(string);
      if (index >= 0 && (!first || index < first.index)) first = { index, string };
    }
    if (!first) {
      parts.push({ text: rest, content: false });
      break;
    }
    if (first.index > 0) parts.push({ text: rest.slice(0, first.index), content: false });
    parts.push({ text: first.string, content: true });
    rest = rest.slice(first.index + first.string.length);
  }
  return parts;
}
