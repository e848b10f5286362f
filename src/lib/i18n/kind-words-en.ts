/** PLACEHOLDER until branch en-text is merged: the kind words, still Swedish. */
import type { OrganisationKind } from '../../schemas/configuration.ts';
import { type KindWords, kindWords } from '#lib/core/organisation-words.ts';

export const KIND_WORDS_EN: Record<OrganisationKind, KindWords> = {
  region: kindWords('region'),
  kommun: kindWords('kommun'),
};
