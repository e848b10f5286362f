/**
 * The part of MDX that staff may write: text, Markdown and a short list of plain HTML
 * elements. MDX is a programming language (`import`, `export`, `{…}` run as JavaScript at
 * build time), so a content file is parsed here with the parser the build uses (Sätteri,
 * as @astrojs/mdx does) and refused when it holds anything that would run, load or send.
 * `npm run check`, the build's content check and the MDX compiler's own guard all use
 * these rules, so what passes the check is exactly what the build compiles.
 */
import { mdxToMdast } from 'satteri';
import { errorMessage } from './records.ts';

/** A place in the text that breaks the rules: the line (of the text given) and what to do. */
export interface MdxIssue {
  line: number;
  message: string;
}

/**
 * The HTML elements a text may use: headings, lists, tables, emphasis, links, `abbr`,
 * `sup`, `sub`, and paragraphs, line breaks and quotations. Markdown headings become the
 * site's own heading components (src/components/mdx/); a component cannot be named in the
 * text, because the pages give MDX no component by name.
 */
export const MDX_ELEMENTS: ReadonlySet<string> = new Set([
  ...['h2', 'h3', 'h4', 'h5', 'h6'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ...['em', 'strong', 'b', 'i', 's', 'del', 'ins', 'mark', 'small'],
  ...['a', 'abbr', 'sup', 'sub', 'p', 'br', 'blockquote'],
]);

/** Attributes those elements may carry; the others (styles, ids, scripts) are refused. */
const ATTRIBUTES: ReadonlySet<string> = new Set([
  'href',
  'title',
  'lang',
  'colspan',
  'rowspan',
  'scope',
  'start',
  'reversed',
]);

/** Elements that run, embed, load or send something: named in their own message. */
const DANGEROUS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'meta', 'link', 'base', 'img']);

const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

const TEXT_AS_TEXT = 'skriv \\< eller \\{ (med ett bakstreck före) för att visa tecknet som text';

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** A URL as a browser reads its scheme: without the spaces and control characters it skips. */
function schemeOf(url: string): string | undefined {
  const decoded = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so they go before it is read.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*:)/i.exec(decoded)?.[1]?.toLowerCase() ?? (/^[^/?#]*:/.test(decoded) ? ':' : undefined);
}

/** An address on this site: one slash first, not two (two name another host). */
function isSiteRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
}

/** Why a link's address is refused, or undefined when it may be used. */
export function linkUrlProblem(url: string): string | undefined {
  const scheme = schemeOf(url);
  // `https://kommunen.se@example.org/` leads to example.org: a name before @ only disguises the host.
  if ((scheme === 'https:' || scheme === 'http:') && /^[^:]*:\/\/[^/?#]*@/.test(url.trim()))
    return `länkadressen "${url}" har ett namn före @ och leder därför till en annan webbplats än den ser ut att göra: skriv bara https:// och adressen, som https://www.kommunen.se/`;
  if (scheme !== undefined) {
    return LINK_SCHEMES.has(scheme)
      ? undefined
      : `länkadressen "${url}" är inte tillåten: en länk får börja med https:, http:, mailto:, tel:, / (en sida på webbplatsen) eller # (ett ställe på sidan)`;
  }
  if (isSiteRelative(url) || url.startsWith('#')) return undefined;
  return `länkadressen "${url}" är inte tillåten: skriv hela adressen med https://, eller en adress på webbplatsen som börjar med /, som /dokument/revidering-rs-plan-och-budget-2024/`;
}

/** Why an image's address is refused: images come from the site itself, never from another host. */
function imageUrlProblem(url: string): string | undefined {
  if (isSiteRelative(url) && schemeOf(url) === undefined) return undefined;
  return `bildadressen "${url}" är inte tillåten: en bild ska ligga på webbplatsen och adressen börja med /, så att sidan inte hämtar något från andra webbplatser`;
}

function elementIssues(node: Node): string[] {
  const name = node.name;
  if (!name) return ['ett tomt element <> är inte tillåtet: ta bort <> och </>'];
  const lower = name.toLowerCase();
  if (DANGEROUS.has(lower))
    return [
      `elementet <${name}> är inte tillåtet i texten: det kan köra kod, bädda in eller skicka något. Ta bort det${lower === 'img' ? '; en bild skrivs ![beskrivning](/adress)' : ''}`,
    ];
  if (!MDX_ELEMENTS.has(name))
    return [
      `elementet <${name}> är inte tillåtet: använd Markdown (## rubrik, - lista, **fet**, [länk](https://…)) eller något av ${[...MDX_ELEMENTS].map((e) => `<${e}>`).join(', ')}. Om < ska synas som text: ${TEXT_AS_TEXT}`,
    ];
  const issues: string[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      issues.push(`<${name}> har ett uttryck {…} bland attributen: det körs som JavaScript och är inte tillåtet. Ta bort det`);
      continue;
    }
    const attributeName = attribute.name;
    if (/^on/i.test(attributeName)) {
      issues.push(`attributet ${attributeName} på <${name}> är inte tillåtet: attribut som börjar med on kör JavaScript. Ta bort det`);
    } else if (typeof attribute.value === 'object' && attribute.value !== null) {
      issues.push(
        `attributet ${attributeName} på <${name}> har ett uttryck {…}: det körs som JavaScript. Skriv värdet inom citattecken, som ${attributeName}="…"`,
      );
    } else if (!ATTRIBUTES.has(attributeName) || (attributeName === 'href' && name !== 'a')) {
      issues.push(
        `attributet ${attributeName} på <${name}> är inte tillåtet: tillåtna är ${[...ATTRIBUTES].join(', ')} (href bara på <a>). Ta bort det`,
      );
    } else if (attributeName === 'href') {
      const problem = linkUrlProblem(typeof attribute.value === 'string' ? attribute.value : '');
      if (problem) issues.push(problem);
    }
  }
  return issues;
}

function nodeIssues(node: Node): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        'import och export är inte tillåtna i texten: de körs som JavaScript när webbplatsen byggs. Ta bort raden; om den ska synas som text, skriv \\ före första ordet',
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [`klammerparenteser {…} körs som JavaScript och är inte tillåtna: ta bort dem, eller ${TEXT_AS_TEXT}`];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementIssues(node);
    case 'link':
    case 'definition':
      return [linkUrlProblem(node.url ?? '')].filter((p) => p !== undefined);
    case 'image':
      return [imageUrlProblem(node.url ?? '')].filter((p) => p !== undefined);
    default:
      return [];
  }
}

/** The MDX parser's names for the blocks an element must close in, as a reader calls them. */
const BLOCK_WORDS: Record<string, string> = {
  paragraph: 'stycket',
  blockQuote: 'citatet',
  listItem: 'listpunkten',
  heading: 'rubriken',
  tableCell: 'tabellcellen',
};

/**
 * Which element is not closed right, and how to fix it, from the MDX parser's English words.
 * The parser's line numbers count from the text, not the file, so they are left out: the
 * problem's own line already points there.
 */
function closingTagProblem(reason: string): string | undefined {
  let found = /^Expected a closing tag for `<([^`>]*)>` \([\d:-]+\)(?: before the end of `(\w+)`)?/.exec(reason);
  if (found)
    return `<${found[1]}> stängs aldrig: skriv </${found[1]}> före slutet av ${BLOCK_WORDS[found[2] ?? ''] ?? 'stycket'}`;
  found = /^Expected the closing tag `<\/([^`>]*)>` either after the end of/.exec(reason);
  if (found)
    return `</${found[1]}> står inte i samma stycke som sitt <${found[1]}>: öppna och stäng elementet i samma stycke`;
  found = /^Unexpected closing tag `<\/([^`>]*)>`, expected corresponding closing tag for `<([^`>]*)>`/.exec(reason);
  if (found)
    return `</${found[1]}> kommer innan <${found[2]}> har stängts: stäng det senast öppnade elementet först, </${found[2]}> före </${found[1]}>`;
  found = /^Unexpected closing tag `<\/([^`>]*)>`, expected an open tag first/.exec(reason);
  if (found)
    return `</${found[1]}> stänger ett element som aldrig öppnades: ta bort </${found[1]}>, eller skriv <${found[1]}> före`;
  return undefined;
}

/** The Swedish explanation of a parse error the MDX parser gives in English. */
function parseErrorMessage(error: string): string {
  if (/create a comment in MDX/.test(error))
    return 'en HTML-kommentar <!-- … --> kan inte stå i MDX: ta bort den (en anteckning till andra redaktörer hör hemma i commit-meddelandet)';
  const reason = error
    .replace(/^(\d+):(\d+):\s*/, '')
    .replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')
    .replace(/\s*\(note:.*\)$/, '');
  if (/after `<`|before name|expected a valid JSX tag/i.test(reason))
    return `tecknet < inleder ett HTML-element här, men det som följer är inget element: ${TEXT_AS_TEXT}, som \\<5 %`;
  if (/closing brace|in expression|Could not parse expression/i.test(reason))
    return `en klammerparentes { inleder ett JavaScript-uttryck: ${TEXT_AS_TEXT}`;
  const closing = closingTagProblem(reason);
  if (closing) return `ett HTML-element stängs inte rätt: varje <namn> ska ha en </namn>, i samma stycke. ${closing}`;
  // What no rule above recognises is quoted as the parser wrote it, so that it can still be looked up.
  return `texten kan inte läsas som MDX (MDX-läsaren säger på engelska: ${reason}). Om tecknen < eller { ska synas som text: ${TEXT_AS_TEXT}`;
}

/** Every place in an MDX text that is not in the safe subset, in the order they appear. */
export function mdxSubsetIssues(text: string): MdxIssue[] {
  let tree: Node;
  try {
    tree = mdxToMdast(text, { features: { gfm: true } }) as Node;
  } catch (error) {
    const reason = errorMessage(error);
    const where = /^(\d+):(\d+):\s*/.exec(reason);
    return [{ line: where ? Number(where[1]) : 1, message: parseErrorMessage(reason) }];
  }
  const issues: MdxIssue[] = [];
  const visit = (node: Node, line: number) => {
    const here = node.position?.start.line ?? line;
    for (const message of nodeIssues(node)) issues.push({ line: here, message });
    for (const child of node.children ?? []) visit(child, here);
  };
  visit(tree, 1);
  return issues;
}
