/**
 * A result's excerpt, from the record's visible text only, as parts to put on the page as
 * text (DOM nodes, never HTML). Pagefind's own excerpt is a window over the whole record,
 * hidden tokens included, so it showed debris like `RS/595/2023 595/2023 paragraf0194`;
 * here the window is cut from the words before `HIDDEN_MARK`, around the hits Pagefind
 * reports (`locations`, word positions in its `content`), and never ends on a label such
 * as `Källa:` without its value.
 */

/**
 * Separates a record's visible text from its hidden tokens: U+2063 INVISIBLE SEPARATOR,
 * which Pagefind counts as a word of its own but never indexes.
 */
export const HIDDEN_MARK = '\u2063';

/** Words in an excerpt. */
export const EXCERPT_WORDS = 30;

export interface ExcerptPart {
  text: string;
  /** Part of a hit: shown as `<mark>`. */
  mark: boolean;
}

/** A word as compared: lower case, letters and digits only; a paragraph token as its number. */
function key(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/^paragraf0*(\d+)$/u, '$1');
}

/**
 * Where the hits are among the visible words: the hits Pagefind found there, or, when it
 * found the query only among the hidden tokens (a compound's part, a dnr's short form),
 * the visible words that hold what was found: `kostnadsbesparingar` for `besparingar`.
 */
function visibleHits(words: string[], visible: number, locations: readonly number[]): number[] {
  const shown = locations.filter((at) => at < visible);
  if (shown.length > 0) return shown;
  const found = locations
    .filter((at) => at > visible && at < words.length)
    .map((at) => key(words[at]))
    .filter(Boolean);
  const hits: number[] = [];
  for (let at = 0; at < visible; at++) {
    const word = key(words[at]);
    if (word && found.some((part) => word.includes(part))) hits.push(at);
  }
  return hits;
}

/** A label left at the end of an excerpt without its value: `Källa:`, `Ansvarig:`. */
function isLabel(word: string): boolean {
  return /\p{L}:$/u.test(word);
}

/**
 * The excerpt of a result: about `length` visible words around the first hit, the hits
 * marked, `…` where text is left out before or after.
 */
export function excerptParts(content: string, locations: readonly number[], length = EXCERPT_WORDS): ExcerptPart[] {
  const words = content.trim().split(/\s+/);
  const mark = words.indexOf(HIDDEN_MARK);
  const visible = mark === -1 ? words.length : mark;
  if (visible === 0) return [];
  const hits = visibleHits(words, visible, locations).sort((a, b) => a - b);
  const first = hits[0] ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(length / 3), visible - length));
  let end = Math.min(visible, start + length);
  while (end - 1 > start && isLabel(words[end - 1])) end--;
  if (start > 0 && isLabel(words[start - 1])) start--; // a label keeps its value
  const marked = new Set(hits);
  const parts: ExcerptPart[] = [];
  const push = (text: string, isMark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === isMark) last.text += text;
    else parts.push({ text, mark: isMark });
  };
  if (start > 0) push('… ', false);
  for (let at = start; at < end; at++) {
    if (at > start) push(' ', false);
    push(words[at], marked.has(at));
  }
  if (end < visible) push(' …', false);
  return parts;
}
