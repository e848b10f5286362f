/**
 * The words that follow the kind of organisation: a region has regionstyrelsen and is
 * compared with the other regions, a kommun has kommunstyrelsen and is compared with the
 * other kommuner. Texts take them from here instead of saying "regionen" everywhere.
 */
import type { OrganisationKind } from '../../schemas/configuration.ts';

export interface KindWords {
  /** "regionen" / "kommunen" */
  the: string;
  /** "regionens" / "kommunens" */
  theirs: string;
  /** "regionstyrelsen" / "kommunstyrelsen" */
  board: string;
  /** "regionfullmäktige" / "kommunfullmäktige" */
  council: string;
  /** "regionerna" / "kommunerna": all of the kind, in a comparison. */
  peers: string;
  /** "regioner" / "kommuner": with a count. */
  many: string;
  /** "region" / "kommun": one of them, as in "Lägsta region". */
  one: string;
}

const WORDS: Record<OrganisationKind, KindWords> = {
  region: {
    the: 'regionen',
    theirs: 'regionens',
    board: 'regionstyrelsen',
    council: 'regionfullmäktige',
    peers: 'regionerna',
    many: 'regioner',
    one: 'region',
  },
  kommun: {
    the: 'kommunen',
    theirs: 'kommunens',
    board: 'kommunstyrelsen',
    council: 'kommunfullmäktige',
    peers: 'kommunerna',
    many: 'kommuner',
    one: 'kommun',
  },
};

export const kindWords = (kind: OrganisationKind): KindWords => WORDS[kind];
