/**
 * Orderings and merges that entry pages share. Each returns a new list and never changes
 * the one it is given: lists from the catalog and its backlinks are shared by every page.
 */
import type { CollectionName, Ref } from '../../schemas/index.ts';
import { type Catalog, type Entry, entryFor } from '#lib/core/catalog.ts';

/** A new list, newest first by `dateOf` (ISO dates, `2024-02` before the days of February); ties keep their order. */
export function newestFirstBy<E>(list: readonly E[] = [], dateOf: (entry: E) => string): E[] {
  return [...list].sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
}

/** A new list of entries, newest first by their `date`. */
export function newestFirst<E extends { data: { date: string } }>(list: readonly E[] = []): E[] {
  return newestFirstBy(list, (entry) => entry.data.date);
}

/**
 * The entries of several lists, each once, in the order first seen: for links that may be
 * written in both directions (a document naming a plan, and the plan naming the document).
 */
export function uniqueById<E extends { id: string }>(...lists: readonly (readonly E[] | undefined)[]): E[] {
  const seen = new Map<string, E>();
  for (const entry of lists.flatMap((list) => list ?? [])) if (!seen.has(entry.id)) seen.set(entry.id, entry);
  return [...seen.values()];
}

/**
 * The entries that an entry names and those that name it, each once, named ones first: a link
 * between two entries may be written in either of them, or in both.
 */
export function linkedBothWays<C extends CollectionName>(
  catalog: Catalog,
  named: readonly Ref<C>[],
  namedBy: readonly Entry<C>[],
): Entry<C>[] {
  return uniqueById(
    named.map((ref) => entryFor(catalog, ref)),
    namedBy,
  );
}
