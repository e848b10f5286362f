/**
 * "Så citerar du": how to cite a chart or an entry of Insyn. The day a visitor reads the page
 * cannot be known when the site is built (builds are byte-identical), so the line gives the
 * day the content was last changed instead, and says that this is what the date is. A
 * citation of invented values says "(exempel)" after the title, so the mark travels with
 * the copied text.
 */
import { formatDate } from '#lib/core/format.ts';
import { sv } from '#lib/i18n/sv.ts';

export interface CiteInput {
  /** What is cited: a chart's full title or an entry's title. */
  title: string;
  /** The absolute address, with the `#id` of the chart or item. */
  url: string;
  /** ISO date (or `YYYY-MM`) the figures were reported, when known. */
  reported?: string;
  /** When the content was last changed: the entry's own, or the whole site's (`scope`). */
  changed?: { day: string; scope: 'entry' | 'site' };
  /** The cited values are examples. */
  example?: boolean;
  /** Who publishes the site: the organisation's name from the configuration. */
  owner: string;
}

/** `Title (exempel). Östersunds kommun, Insyn. https://…#id. Rapporterat 7 maj 2024. Innehållet senast ändrat 1 december 2026.` */
export function citation({ title, url, reported, changed, example = false, owner }: CiteInput): string {
  const name = title.replace(/\.$/, '');
  const parts = [
    example ? `${name} (${sv.example.mark})` : name,
    `${owner}, ${sv.site.name}`,
    url,
    ...(reported ? [`Rapporterat ${formatDate(reported)}`] : []),
    ...(changed ? [`${sv.cite.changed[changed.scope]} ${formatDate(changed.day)}`] : []),
  ];
  return `${parts.join('. ')}.`;
}
