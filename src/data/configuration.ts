/**
 * The organisation's configuration, read once per build from the content folder
 * (`INSYN_CONTENT_DIR`, else `content/`). Pages and endpoints take it from here and hand it
 * to the pure functions in `src/lib/`; the build's content check has already refused an
 * invalid one with every problem listed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, SITE_URL_OVERRIDE } from '../config/env.ts';
import { resolvesInside } from './inside-folder.ts';
import { unreadableMessage } from '#lib/content/content-files.ts';
import { formatProblems } from '#lib/core/problems.ts';
import { kindWords } from '#lib/core/organisation-words.ts';
import {
  CONFIGURATION_FILE,
  type Configuration,
  missingConfiguration,
  parseConfiguration,
} from '#lib/content/configuration.ts';

/** Reads and parses `<contentDir>/insyn.json`; throws the Swedish list of problems when it is invalid or missing. */
export function readConfiguration(contentDir: string = CONTENT_DIR): Configuration {
  const file = join(contentDir, CONFIGURATION_FILE);
  // A link out of the content folder is never read: the content check names it.
  if (existsSync(file) && !resolvesInside(file, contentDir))
    throw new Error(formatProblems([{ file, field: '', message: unreadableMessage('EOUTSIDE') }]));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(formatProblems([missingConfiguration(file)]));
  }
  const { config, problems } = parseConfiguration(text, file);
  if (!config) throw new Error(formatProblems(problems));
  return config;
}

let cached: Configuration | undefined;

/** The configuration of the content this build reads. */
export function getConfiguration(): Configuration {
  cached ??= readConfiguration();
  return cached;
}

/**
 * The site's published address for `astro.config.mjs`, without the final slash. A content
 * folder whose configuration is missing or invalid still gets an address here: the build's
 * content check then stops the build with every problem listed, in Swedish.
 */
export function siteAddressOf(contentDir: string = CONTENT_DIR): string {
  try {
    return readConfiguration(contentDir).site.replace(/\/$/, '');
  } catch {
    return 'https://insyn.invalid';
  }
}

/**
 * The interface languages the build renders, for `astro.config.mjs`: Swedish alone when the
 * configuration is missing or invalid (the content check then stops the build anyway).
 */
export function siteLanguagesOf(contentDir: string = CONTENT_DIR): string[] {
  try {
    return readConfiguration(contentDir).languages;
  } catch {
    return ['sv'];
  }
}

/** The words that follow the organisation's kind (regionen or kommunen), for templates. */
export const getKindWords = () => kindWords(getConfiguration().kind);

/**
 * The address the site is published at, for canonical links, feeds and the host's headers:
 * `SITE_URL`, else the `site` of the organisation's configuration.
 */
export const SITE_URL = SITE_URL_OVERRIDE ?? siteAddressOf(CONTENT_DIR);

/** The interface languages of this build, Swedish first. */
export const SITE_LANGUAGES = siteLanguagesOf(CONTENT_DIR);
