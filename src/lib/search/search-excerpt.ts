/**
 * A Pagefind excerpt as parts to put on the page as text: the search page builds DOM
 * nodes from them instead of setting the excerpt as HTML. Pagefind escapes `<` and `>`
 * in excerpts and marks hits with `<mark>`; paragraph tokens read as `§ 194` again.
 */
import { paragraphText } from '#lib/core/dnr.ts';

export interface ExcerptPart {
  text: string;
  /** Part of a hit: shown as `<mark>`. */
  mark: boolean;
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pieces = excerpt.split(/(<mark>|<\/mark>)/);
  let mark = false;
  for (const piece of pieces) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) parts.push({ text: paragraphText(unescape(piece)), mark });
  }
  return parts;
}
