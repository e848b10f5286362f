/**
 * The message texts written in the source: the static parts of every string and template
 * literal that the validation can show a staff member. Used to check that the authoring
 * guide explains each of them.
 */
import { readFileSync } from 'node:fs';

/** Static parts of each string or template literal in TypeScript source, comments skipped. */
export function literals(source: string): { parts: string[]; before: string }[] {
  const found: { parts: string[]; before: string }[] = [];
  let i = 0;
  const escaped = (char: string) => ({ n: '\n', t: '\t', r: '\r' })[char] ?? char;
  const readQuoted = (quote: string): string => {
    let text = '';
    i++;
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') {
        text += escaped(source[i + 1]);
        i += 2;
      } else text += source[i++];
    }
    i++;
    return text;
  };
  const readTemplate = (): string[] => {
    const parts = [''];
    i++;
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') {
        parts[parts.length - 1] += escaped(source[i + 1]);
        i += 2;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        i += 2;
        let depth = 1;
        while (i < source.length && depth > 0) {
          if (source[i] === '`') {
            // A template inside the expression: its texts are messages too.
            const start = i;
            found.push({ parts: readTemplate(), before: source.slice(Math.max(0, start - 40), start) });
            continue;
          }
          if (source[i] === "'" || source[i] === '"') {
            const start = i;
            found.push({ parts: [readQuoted(source[i])], before: source.slice(Math.max(0, start - 40), start) });
            continue;
          }
          if (source[i] === '{') depth++;
          if (source[i] === '}') depth--;
          i++;
        }
        parts.push('');
      } else parts[parts.length - 1] += source[i++];
    }
    i++;
    return parts;
  };
  while (i < source.length) {
    const char = source[i];
    if (char === '/' && source[i + 1] === '/')
      i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    else if (char === '/' && source[i + 1] === '*') i = source.indexOf('*/', i) + 2;
    else if (char === '/' && /[(,=:[!&|?{};]\s*$/.test(source.slice(Math.max(0, i - 20), i))) {
      // A regular expression literal: skip it, so quotes inside it are not read as strings.
      i++;
      while (i < source.length && source[i] !== '/') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (char === "'" || char === '"') {
      const start = i;
      found.push({ parts: [readQuoted(char)], before: source.slice(Math.max(0, start - 40), start) });
    } else if (char === '`') {
      const start = i;
      found.push({ parts: readTemplate(), before: source.slice(Math.max(0, start - 40), start) });
    } else i++;
  }
  return found;
}

/**
 * The messages a source file can show, each as the static parts of its text (what stays the
 * same whatever the values are). Literals that read as Swedish prose count (three words or
 * more); field descriptions for editors (`description: …`) are documentation, not messages.
 */
export function messageSkeletons(file: string): string[][] {
  return literals(readFileSync(file, 'utf8'))
    .filter(({ before }) => !/description:\s*$/.test(before))
    .map(({ parts }) => parts.map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean))
    .filter(
      (parts) =>
        parts
          .join(' ')
          .split(' ')
          .filter((word) => /\p{L}{2}/u.test(word)).length >= 3,
    );
}

/** Whether a text quotes the message: its static parts in order, with example values between. */
export function quotes(text: string, parts: string[]): boolean {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(parts.map(escape).join('[^\\n]{0,160}?')).test(text.replace(/[ \t]+/g, ' '));
}
