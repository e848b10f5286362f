/** What `src/middleware.ts` gives every page and component in `Astro.locals`. */
declare namespace App {
  interface Locals {
    /** The page's interface language: English under /en/, else Swedish (`langOf` in src/lib/i18n). */
    lang: import('#lib/i18n/index.ts').Lang;
    /**
     * `lang` for elements that show the content's own text (titles, summaries, MDX bodies):
     * 'sv' on a page whose interface is in another language (WCAG 3.1.2), else undefined,
     * which leaves Swedish pages without the attribute.
     */
    contentLang: 'sv' | undefined;
    organisation: {
      name: string;
      words: import('#lib/core/organisation-words.ts').KindWords;
      contacts: import('./schemas/configuration.ts').Configuration['contacts'];
      glossary: Awaited<ReturnType<typeof import('./data/catalog.ts').getGlossaryContext>>;
      /** The day (Swedish time) an entry, or else the whole content, last changed; undefined without history. */
      changed: {
        entry: (collection: string, id: string) => string | undefined;
        site: string | undefined;
      };
    };
    /**
     * Set by src/layouts/FrozenEntry.astro while it draws an entry's live template with a
     * superseded version: the layout adds the notice and noindex, the citation names the version,
     * and every template draws from the catalogue of that day (`pageCatalog`).
     */
    archive?: {
      /** `YYYY-MM-DD`: the day the version stood for. */
      day: string;
      /** The live page, which shows the newest version. */
      liveHref: string;
      /** The version's MDX text as HTML, for an uppdrag or a document. */
      textHtml?: string;
      /** The content as it stood at the end of that day, which the whole page is drawn from. */
      content: import('./data/catalog.ts').PageCatalog;
    };
    /**
     * Set by the frame of a live plan, report, period, unit or strategy page: the day its
     * version dates from (src/data/archive.ts), which its citations name.
     */
    version?: string;
  }
}
