/**
 * The one script every page loads: small enhancements that the page reads the same without.
 * The print date for a printout, and one-click copying of a link or a citation.
 */
import './print-date.ts';
import { enhanceCiteLines } from './copy-cite.ts';

enhanceCiteLines();
