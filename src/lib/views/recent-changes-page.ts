/**
 * The /senaste-andringar/ page: the newest content changes, newest first, each with its day in
 * words and every changed entry with the notes its line shows.
 */
import type { Catalog } from '#lib/core/catalog.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { format } from '#lib/i18n/words.ts';
import { shapeRecent, shownNotes } from '#lib/history/recent-changes.ts';

export function recentChangesPage(
  history: Parameters<typeof shapeRecent>[0],
  catalog: Catalog,
  lang: Lang,
  repoUrl?: string,
) {
  const recent = shapeRecent(history, catalog, lang, repoUrl);
  return {
    total: recent.total,
    items: recent.items.map((item) => ({
      ...item,
      /** The day in Sweden, in words: `23 januari 2024`. */
      dayText: format(lang).formatDate(item.day),
      entries: item.entries.map((entry) => ({ ...entry, shown: shownNotes(entry, lang) })),
    })),
  };
}
