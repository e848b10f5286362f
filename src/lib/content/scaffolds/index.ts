/** The kinds `npm run new` makes, one file each, by every name staff may use for them. */
import type { Scaffold } from '../scaffold.ts';
import { decision } from './decision.ts';
import { document } from './document.ts';
import { nyckeltal } from './nyckeltal.ts';
import { report } from './report.ts';
import { uppdrag } from './uppdrag.ts';

/** The kinds `npm run new` makes, by every name staff may use for them. */
export const SCAFFOLDS: Record<string, Scaffold> = {
  uppdrag,
  nyckeltal,
  beslut: decision,
  decision,
  dokument: document,
  document,
  rapport: report,
  report,
};
