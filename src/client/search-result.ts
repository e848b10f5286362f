/**
 * One search result as the page lists it: its title as a link, its type, status, plan or date
 * and dnr from our records' metadata, the example mark, and an excerpt with the words found
 * marked. Built with DOM methods, never from HTML strings, so no text can become markup.
 */
import { excerptParts } from '#lib/search/search-excerpt.ts';

/** A result's fragment, as Pagefind's JS API gives it. */
export interface PagefindData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderResult(data: PagefindData): HTMLLIElement {
  const { meta } = data;
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result__title');
  const link = element('a', undefined, meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const facts = element('p', 'search-result__meta');
  const words = [meta.status, meta.date, meta.plan !== meta.title ? meta.plan : undefined, meta.dnr].filter(
    (word): word is string => Boolean(word),
  );
  facts.append(element('span', 'search-result__type', meta.type ?? ''));
  for (const word of words) facts.append(document.createTextNode(' · '), element('span', undefined, word));
  if (meta.example)
    facts.append(document.createTextNode(' '), element('strong', 'search-result__example', meta.example));
  const excerpt = element('p', 'search-result__excerpt');
  for (const part of excerptParts(data.content, data.locations))
    excerpt.append(part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  item.append(heading, facts, excerpt);
  return item;
}
