/**
 * The trail from the start page to an entry: plans hold their items, reports and
 * activities; strategies lead to their section on the plan page.
 */
import { COLLECTIONS, type CollectionName, type Ref } from '../../schemas/index.ts';
import { type Catalog, type Entry, resolve } from '#lib/core/catalog.ts';
import { COLLECTION_LABELS } from '#lib/core/labels.ts';
import { strategyAnchor } from './plan-view.ts';
import { collectionHref, hrefFor } from '#lib/core/routes.ts';
import { titleOf } from '#lib/core/titles.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { sv } from '#lib/i18n/sv.ts';
import { words } from '#lib/i18n/words.ts';

export interface Crumb {
  label: string;
  href: string;
  /** The label is an entry's own title (content), not the interface's word. */
  content?: true;
}

export const HOME: Crumb = { label: sv.site.home, href: '/' };

/**
 * The trail as a page in `lang` shows it: the start page and the lists named in that
 * language, the entries' own titles (`content`, always Swedish) marked `lang: 'sv'` when the
 * interface is another language.
 */
export function crumbsIn(crumbs: readonly Crumb[], lang: Lang): (Crumb & { lang?: 'sv' })[] {
  const { m, labels } = words(lang);
  const lists = new Map(COLLECTIONS.map((collection) => [collectionHref(collection), collection]));
  return crumbs.map((crumb) => {
    if (crumb.href === HOME.href) return { ...crumb, label: m.site.home };
    const list = lists.get(crumb.href);
    if (list) return { ...crumb, label: labels.COLLECTION_LABELS[list].many };
    return lang === 'sv' || !crumb.content ? crumb : { ...crumb, lang: 'sv' };
  });
}

function listCrumb(collection: CollectionName): Crumb {
  return { label: COLLECTION_LABELS[collection].many, href: collectionHref(collection) };
}

function planCrumbs(catalog: Catalog, ref: Ref<'plans'>): Crumb[] {
  const plan = resolve(catalog, ref);
  return [
    listCrumb('plans'),
    ...(plan ? [{ label: plan.data.title, href: hrefFor(ref), content: true as const }] : []),
  ];
}

/** The crumbs above an entry, from the start page; the entry itself is not included. */
export function breadcrumbsFor(catalog: Catalog, entry: Entry): Crumb[] {
  switch (entry.collection) {
    case 'uppdrag':
    case 'nyckeltal': {
      const strategy = resolve(catalog, entry.data.strategy);
      const strategyCrumb = strategy
        ? [
            {
              label: strategy.data.title,
              href: `${hrefFor(entry.data.plan)}#${strategyAnchor(strategy.id)}`,
              content: true as const,
            },
          ]
        : [];
      return [HOME, ...planCrumbs(catalog, entry.data.plan), ...strategyCrumb];
    }
    case 'reports':
      return [HOME, listCrumb('reports')];
    case 'activities':
    case 'strategies':
      return [HOME, ...planCrumbs(catalog, entry.data.plan)];
    case 'units': {
      const parent = entry.data.parent;
      const parentEntry = parent && resolve(catalog, parent);
      return [
        HOME,
        listCrumb('units'),
        ...(parentEntry
          ? [{ label: titleOf(catalog, parentEntry), href: hrefFor(parent), content: true as const }]
          : []),
      ];
    }
    default:
      return [HOME, listCrumb(entry.collection)];
  }
}

/**
 * Which menu item marks the current page: `page` on the link to this very page, `true` on
 * the section it lies in. The section is the breadcrumbs' first step after the start page
 * when the menu has it, so the menu and the breadcrumbs always agree; else the address.
 */
export function navCurrent(nav: readonly { href: string }[], path: string, breadcrumbs: readonly Crumb[] = []) {
  const section = breadcrumbs.map((c) => c.href).find((href) => nav.some((item) => item.href === href));
  const inSection = section ?? nav.find((item) => path.startsWith(item.href))?.href;
  return (href: string): 'page' | 'true' | undefined =>
    path === href ? 'page' : href === inSection ? 'true' : undefined;
}
