/**
 * The MDX compiler's own guard: before Sätteri compiles a text to JavaScript, the same
 * rules as `npm run check` run over it, and the build stops on any import, export,
 * `{…}` expression or element outside the safe subset. The content check normally stops
 * such a file first; this catches a build where the check was bypassed, so nothing a
 * content author writes ever runs as code.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { PluginFactoryContext } from 'satteri';
import { mdxSubsetIssues } from '#lib/content/mdx-subset.ts';

/** A Sätteri plugin factory: throws before parsing when the text is outside the subset, else adds nothing. */
export function mdxGuard({ source, fileURL, sourceFormat }: PluginFactoryContext): null {
  if (sourceFormat !== 'mdx') return null;
  const issues = mdxSubsetIssues(source);
  if (issues.length > 0) {
    const where = fileURL ? fileURL.pathname : 'en MDX-fil';
    throw new Error(
      `${where} kompileras inte, eftersom texten går utanför det som är tillåtet i MDX:\n${issues
        .map((issue) => `  - rad ${issue.line} i texten: ${issue.message}`)
        .join('\n')}`,
    );
  }
  return null;
}

/** The MDX processor the site builds with: Sätteri, as @astrojs/mdx uses by default, with the guard first. */
export function guardedMdxProcessor() {
  return satteri({ mdastPlugins: [mdxGuard] });
}
