/**
 * An MDX entry's text as HTML, for a version the build does not compile: a superseded version
 * of an uppdrag or a document (src/lib/history/archive.ts), whose text is no longer a file.
 * The text has passed the safe subset (mdx-subset.ts), which is Markdown with a few plain HTML
 * elements, so it is rendered as Markdown by the same parser the build uses (Sätteri); its
 * headings go one level down, as src/components/mdx/ put them under the page's own headings.
 */
import { markdownToHtml } from 'satteri';

export function textHtml(text: string): string {
  return markdownToHtml(text).html.replace(
    /<(\/?)h([2-5])(?=[\s>])/g,
    (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`,
  );
}
