/**
 * No words run together on any built page: a text and an inline element (a link, `<code>`,
 * `<strong>`) side by side with no space between them, as the HTML compressor leaves a line
 * break next to an element (`nyckeltal</a>\n med` became `nyckeltal</a>med`). Read by
 * screen readers and seen by everyone as one word.
 */
import { type HTMLElement, type Node, NodeType } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtSite, page, sitePages, urlOf } from '../helpers/built-site.ts';

/** Elements that flow inside a line of text: words either side of them need a space between. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var'.split(' '),
);
/** Elements whose text is no running text. */
const SKIPPED = new Set(['script', 'style', 'svg', 'template', 'head', 'noscript', 'textarea', 'select']);

const isInline = (node: Node) =>
  node.nodeType === NodeType.ELEMENT_NODE && INLINE.has((node as HTMLElement).tagName.toLowerCase());
const isText = (node: Node) => node.nodeType === NodeType.TEXT_NODE;

/** Every place in `root` where a word ends right where the next begins across an inline element's edge. */
export function joinedWords(root: HTMLElement): string[] {
  const found: string[] = [];
  const visit = (element: HTMLElement) => {
    const tag = element.tagName?.toLowerCase();
    if (tag && SKIPPED.has(tag)) return;
    const children = element.childNodes;
    for (let i = 1; i < children.length; i++) {
      const [left, right] = [children[i - 1], children[i]];
      // Text beside an inline element: two elements side by side are laid out by the stylesheet (a tag, a grid).
      if (!((isText(left) && isInline(right)) || (isInline(left) && isText(right)))) continue;
      const [before, after] = [left.text, right.text];
      if (/[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(after))
        found.push(`${before.trim().split(/\s+/).at(-1)}|${after.trim().split(/\s+/)[0]}`);
    }
    for (const child of children) if (child.nodeType === NodeType.ELEMENT_NODE) visit(child as HTMLElement);
  };
  visit(root);
  return found;
}

describe('words on the built pages', () => {
  it('finds a word run together with a link, and none where a space separates them', async () => {
    const { parse } = await import('node-html-parser');
    expect(joinedWords(parse('<p>se <a href="/">nyckeltal</a>med mål</p>'))).toEqual(['nyckeltal|med']);
    expect(joinedWords(parse('<p>med<code>read.csv2()</code></p>'))).toEqual(['med|read.csv2()']);
    expect(joinedWords(parse('<p>se <a href="/">nyckeltal</a> med mål, <b>(x)</b>.</p>'))).toEqual([]);
  });

  it('are never run together across an inline element, on any page', () => {
    const dist = builtSite();
    const joined = sitePages(dist).flatMap((file) => joinedWords(page(dist, file)).map((w) => `${urlOf(file)}: ${w}`));
    expect(joined).toEqual([]);
  });
});
