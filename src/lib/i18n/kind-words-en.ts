/**
 * The English words that follow the kind of organisation, the counterparts of
 * `#lib/core/organisation-words.ts`: a region has the Regional Executive Board, a
 * municipality (kommun) has the Municipal Executive Board.
 */
import type { KindWords } from '#lib/core/organisation-words.ts';
import type { OrganisationKind } from '../../schemas/configuration.ts';

export const KIND_WORDS_EN: Record<OrganisationKind, KindWords> = {
  region: {
    the: 'the region',
    theirs: "the region's",
    board: 'the Regional Executive Board',
    council: 'the Regional Council',
    peers: 'the regions',
    many: 'regions',
    one: 'region',
  },
  kommun: {
    the: 'the municipality',
    theirs: "the municipality's",
    board: 'the Municipal Executive Board',
    council: 'the Municipal Council',
    peers: 'the municipalities',
    many: 'municipalities',
    one: 'municipality',
  },
};

/** The English words for an organisation of `kind`. */
export const kindWordsEn = (kind: OrganisationKind): KindWords => KIND_WORDS_EN[kind];
