/**
 * The open data's words, from the Swedish message catalogue (`dataFiles`, `sharedFiles`):
 * the downloads, the catalogue and the feeds are files that readers of every language
 * share, so they are written once, in Swedish. The EU's code for how often the data
 * changes is here beside them.
 */
import type { Configuration } from '../../schemas/configuration.ts';
import { sharedFiles, sv } from '#lib/i18n/sv.ts';

/** What the open data needs from the configuration: who publishes it, under which licence. */
export type Publisher = Pick<Configuration, 'name' | 'kind' | 'licence'>;

/** The words of the shared files: those only the files say, and those the open-data page says too. */
export const DATA_TEXT = { ...sv.dataFiles, ...sharedFiles };

/** How often the data changes, as the EU's frequency vocabulary names it. */
export const UPDATE_FREQUENCY_URI = 'http://publications.europa.eu/resource/authority/frequency/IRREG';
