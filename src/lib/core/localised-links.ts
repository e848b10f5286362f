/**
 * The links of a page rendered in another interface language, pointed at that language's
 * pages: on an English page `href="/planer/x/"` becomes `href="/en/planer/x/"`, and the search
 * form's `action="/sok/"` `action="/en/sok/"`. Done once over the page's HTML rather than at
 * every link, so that no link (in a component, a view-model's words or an MDX body) is missed.
 * Data, feeds, downloads, Swedish-only pages, absolute addresses and fragments stay as they are
 * (`href` in routes.ts decides), and so does any link marked `data-lang-switch`, the header's
 * way back to the Swedish page.
 */
import { href } from './routes.ts';

const LINK = /(<[a-z][^<>]*?\s)(href|action)="(\/(?!\/)[^"]*)"([^<>]*>)/gi;

/** `html` with its site-relative links in `lang`. */
export function localiseLinks(html: string, lang: 'sv' | 'en'): string {
  if (lang === 'sv') return html;
  return html.replace(LINK, (tag: string, before: string, attribute: string, path: string, after: string) =>
    tag.includes('data-lang-switch') || /\srel="(?:alternate|canonical|stylesheet|icon)"/.test(tag)
      ? tag
      : `${before}${attribute}="${href(lang, path)}"${after}`,
  );
}
