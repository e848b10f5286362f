/**
 * Which parts of the site are examples, for the page /om/exempel/: every entry that is
 * wholly or partly an example, by collection, with its own text on what is made up.
 */
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { type Catalog, entries } from '#lib/core/catalog.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { labels } from '#lib/i18n/words.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { titleOf } from '#lib/core/titles.ts';
import { isExample } from '#lib/content/examples.ts';

export interface ExampleGroup {
  collection: CollectionName;
  title: string;
  /** How many entries the collection has in all, beside how many are examples. */
  total: number;
  entries: { href: string; title: string; text: string }[];
}

/** The collections that hold examples, in collection order, each entry with its `illustrative` text. */
export function exampleGroups(catalog: Catalog, lang: Lang = 'sv'): ExampleGroup[] {
  return COLLECTIONS.flatMap((collection) => {
    const all = entries(catalog, collection);
    const examples = all.flatMap((entry) => {
      const text = 'illustrative' in entry.data ? entry.data.illustrative : undefined;
      return text === undefined ? [] : [{ entry, text }];
    });
    if (examples.length === 0) return [];
    return [
      {
        collection,
        title: labels(lang).COLLECTION_LABELS[collection].many,
        total: all.length,
        entries: examples.map(({ entry, text }) => ({
          href: hrefFor({ collection, id: entry.id }),
          title: titleOf(catalog, entry),
          text,
        })),
      },
    ];
  });
}

/**
 * Whether any entry is an example, wholly or in part: without one (a build with
 * `--utan-exempel`, or content whose examples staff have all replaced), no page says that
 * parts of the site are invented.
 */
export function hasExamples(catalog: Catalog): boolean {
  return COLLECTIONS.some((collection) => entries(catalog, collection).some((entry) => isExample(entry.data)));
}
