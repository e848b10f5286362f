/**
 * Every word users read about content history and items followed across years, in
 * Swedish, in one place (a sibling of `labels.ts`), so an English version can follow.
 */
import type { ChangeKind } from './change-kind.ts';
import { genitive } from '#lib/core/format.ts';

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  added: 'Tillagd',
  modified: 'Ändrad',
  deleted: 'Borttagen',
  renamed: 'Nytt id',
};

/** What a change meant for a visitor (src/lib/history/change-notes.ts). */
export const CHANGE_NOTES = {
  added: 'Publicerad på Insyn',
  deleted: 'Borttagen från Insyn',
  resultPublished: (period: string) => `Utfall ${period} publicerat`,
  statusPublished: (period: string) => `Status ${period} publicerad`,
  statusChanged: (from: string, to: string) => `Status ändrad från ${from} till ${to}`,
  statusCorrected: (period: string, from: string, to: string) => `Status ${period} ändrad från ${from} till ${to}`,
  resultChanged: (period: string) => `Utfall ${period} ändrat`,
  statusTextChanged: (period: string) => `Kommentar till status ${period} ändrad`,
  resultCommentChanged: (period: string) => `Kommentar till utfall ${period} ändrad`,
  periodRemoved: (period: string) => `Uppföljning ${period} borttagen`,
  noStatus: 'ingen status',
  title: 'Namnet ändrat',
  targets: 'Målvärden ändrade',
  series: 'Årsvärden uppdaterade',
  details: 'Uppgifter ändrade',
  text: 'Texten ändrad',
} as const;

export const HISTORY_TEXT = {
  heading: 'Ändringshistorik',
  lastChanged: 'Senast ändrad',
  source:
    'Historiken kommer från versionshanteringen (git) som innehållet publiceras genom. Varje ändring visas med datum och vad som ändrades.',
  unavailable:
    'Ändringshistoriken är inte tillgänglig i den här versionen av webbplatsen: den byggdes utan innehållets fullständiga versionshistorik, så inga ändringsdatum kan visas.',
  noChanges: 'Posten har inga publicerade ändringar i versionshistoriken ännu.',
  showChange: 'Visa ändring',
  /** The folded list's summary: the list grows with every publication, so it is closed at first. */
  allChanges: (count: number) => (count === 1 ? 'Visa ändringen' : `Visa alla ${count} ändringar`),
} as const;

export const RECENT_TEXT = {
  title: 'Senaste ändringar',
  description:
    'De senaste ändringarna av innehållet på Insyn: uppdrag, nyckeltal, planer, rapporter, beslut och dokument.',
  intro: 'Ändringar av innehållet på webbplatsen, de senaste först. Varje posts sida visar hela dess ändringshistorik.',
  /** How much of the history the list shows, said plainly. */
  scope: (shown: number, total: number) =>
    shown === total
      ? `Listan visar alla ${total} ändringar av innehållet.`
      : `Listan visar de ${shown} senaste av sammanlagt ${total} ändringar av innehållet.`,
  feed: 'Följ ändringarna med ett flöde (Atom)',
  changedEntries: 'Ändrade poster',
  more: (count: number) => `och ${count} ${count === 1 ? 'post' : 'poster'} till`,
  gone: 'finns inte längre på webbplatsen',
  sharedChange: (note: string, count: number) => `${note} för ${count} poster`,
  changedCount: (count: number) => `${count} ${count === 1 ? 'post' : 'poster'} ändrade`,
  feedSubtitle: (name: string) => `Ändringar av innehållet på Insyn, ${genitive(name)} öppna uppföljning.`,
} as const;

export const LINEAGE_TEXT = {
  label: 'Över åren',
  intro: (noun: string) => `Samma ${noun} i flera års planer, från det äldsta till det senaste:`,
} as const;
