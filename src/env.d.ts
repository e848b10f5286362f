/** What `src/middleware.ts` gives every page and component in `Astro.locals`. */
declare namespace App {
  interface Locals {
    organisation: {
      name: string;
      words: import('#lib/core/organisation-words.ts').KindWords;
      contacts: import('./schemas/configuration.ts').Configuration['contacts'];
      glossary: Awaited<ReturnType<typeof import('./data/catalog.ts').getGlossaryContext>>;
    };
  }
}
