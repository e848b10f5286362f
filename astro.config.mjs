// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { dirname, resolve } from 'node:path';
import { contentCheck } from './src/integrations/content-check.ts';
import { guardedMdxProcessor } from './src/integrations/mdx-guard.ts';
import { buildAtScale } from './src/integrations/build-at-scale.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { englishPages } from './src/integrations/english-pages.ts';
import { adminEditor } from './src/integrations/admin.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from '#lib/core/security.ts';
import { SITE_LANGUAGES, SITE_URL } from './src/data/configuration.ts';

// A build of other content (tests, the benchmark) keeps its own content cache beside that
// content, so it can never leak entries into the real site's build or the other way round.
const otherContent = process.env.INSYN_CONTENT_DIR;

// English is rendered from the same page files: every Swedish page is rendered again under
// /en/ with `Astro.currentLocale` 'en' (Astro's fallback as a rewrite), so there is one page file
// per route whatever the languages. Without English in the configuration there is no i18n at all.
const english = SITE_LANGUAGES.includes('en');
export default defineConfig({
  ...(english
    ? {
        i18n: {
          locales: ['sv', 'en'],
          defaultLocale: 'sv',
          routing: { prefixDefaultLocale: false, fallbackType: 'rewrite' },
          fallback: { en: 'sv' },
        },
      }
    : {}),
  ...(otherContent ? { cacheDir: resolve(dirname(otherContent), '.astro-cache') } : {}),
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // No inline stylesheets: every page's styles come from files, so the policy in the
  // deployment headers (src/lib/core/security.ts) holds for every page without per-page hashes.
  // Four pages rendered at a time (see docs/performance.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // A Content-Security-Policy <meta> on every page, with hashes of Astro's own scripts and styles.
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: SCRIPT_SOURCES } } },
  // MDX compiles only the safe subset of src/lib/content/mdx-subset.ts, even when the content check is bypassed.
  integrations: [
    contentCheck(),
    buildAtScale(),
    mdx({ processor: guardedMdxProcessor() }),
    // Before the search index and the sitemap, which read the pages it leaves.
    englishPages(english),
    pagefindIndex(),
    sitemap(),
    adminEditor(),
  ],
  // Code blocks as plain <pre><code class="language-…">, styled by the site's stylesheet: the
  // highlighter's inline style attributes would be blocked by the style policy above.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Scripts stay files, never inlined however small (the print date's is tiny): the host's
  // header policy allows scripts from the site ('self') and no inline script hashes.
  vite: { build: { assetsInlineLimit: 0 } },
});
