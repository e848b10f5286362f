/**
 * PLACEHOLDER until the English catalogue (branch en-text) is merged: the Swedish words under
 * the English name, so that the English pages can be routed and threaded meanwhile.
 */
import { sv, type Messages } from './sv.ts';

export const en: Messages = sv;
