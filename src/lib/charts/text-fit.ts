/**
 * Text that must stay inside a drawing whatever fonts the reader has: the title and notes of
 * a chart saved as a file. A file opened elsewhere draws its text in the reader's fonts, so
 * lines are wrapped by an estimate for a wide sans-serif (as wide as DejaVu Sans or Verdana,
 * wider than the fonts the site asks for), and each line is drawn with that estimate as its
 * `textLength`: a renderer fits the line to it, squeezing a wider font and widening a narrower
 * one a little, so no line can run past the edge (the way shields.io sizes its badges).
 */

/** Advance widths in em of a wide sans-serif, by character class; generous, so a real font is seldom wider. */
const WIDTHS: readonly [RegExp, number][] = [
  [/[ijlı.,:;'’|!¡ˈ]/u, 0.32],
  [/\s/u, 0.34],
  [/[frtI()[\]{}/\\\-–—"”“]/u, 0.44],
  [/[mwMW@%]/u, 0.98],
  [/\p{Lu}/u, 0.78],
  [/\p{N}/u, 0.66],
];
const OTHER = 0.64;
/** Bold type is this much wider. */
const BOLD = 1.1;

/** The estimated width of `text` at `fontSize` px, wide for its font size. */
export function estimateWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += WIDTHS.find(([pattern]) => pattern.test(char))?.[1] ?? OTHER;
  return em * fontSize * (bold ? BOLD : 1);
}

export interface FittedLine {
  line: string;
  /** The line's estimated width, never more than the room: what it is drawn to (`textLength`). */
  width: number;
}

/** Where a word too long for a line may be broken: after a slash, hyphen, dot or the like, as in an address. */
const BREAK_AFTER = /[/\-.?&=_]/u;

/** A word too long for a line, in pieces that fit: broken after an address's punctuation where it can be, else anywhere. */
function breakWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 0 && !fits(rest)) {
    let end = 1;
    while (end < rest.length && fits(rest.slice(0, end + 1))) end++;
    // Back to the last break point within the piece, unless that leaves it very short.
    let cut = end;
    for (let at = end; at > end / 2; at--) {
      if (BREAK_AFTER.test(rest[at - 1])) {
        cut = at;
        break;
      }
    }
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * `text` wrapped to lines no wider than `maxWidth` by the estimate at `fontSize`: at spaces,
 * and a word longer than a line (a long address) broken into pieces that fit.
 */
export function fitLines(text: string, maxWidth: number, fontSize: number, bold = false): FittedLine[] {
  const fits = (candidate: string) => estimateWidth(candidate, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else if (fits(word)) lines.push(word);
    else lines.push(...breakWord(word, fits));
  }
  return lines.map((line) => ({
    line,
    width: Math.round(Math.min(maxWidth, estimateWidth(line, fontSize, bold)) * 10) / 10,
  }));
}
