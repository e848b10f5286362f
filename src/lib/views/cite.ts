/**
 * "Så citerar du": how to cite a chart or an entry of Insyn. The day a visitor reads the page
 * cannot be known when the site is built (builds are byte-identical), so the line names the
 * version cited instead: an entry's page by the day of its last change ("Version från 5
 * december 2026"), the day under which that version stays at /arkiv/<day>/… once a newer one is
 * published (src/lib/history/archive.ts), and a frozen page by its own day and address. A
 * citation of invented values says "(exempel)" after the title, so the mark travels with the
 * copied text.
 */
import { type Lang, messages } from '#lib/i18n/index.ts';
import { format } from '#lib/i18n/words.ts';

export interface CiteInput {
  /** What is cited: a chart's full title or an entry's title. */
  title: string;
  /** The absolute address, with the `#id` of the chart or item. */
  url: string;
  /** ISO date (or `YYYY-MM`) the figures were reported, when known. */
  reported?: string;
  /**
   * When the content was last changed: the version of the entry cited (its last change, or the
   * day a frozen page stands for), the entry's own last change said as such, or the whole site's.
   */
  changed?: { day: string; scope: 'version' | 'entry' | 'site' };
  /** The cited values are examples. */
  example?: boolean;
  /** Who publishes the site: the organisation's name from the configuration. */
  owner: string;
}

/**
 * `Title (exempel). Östersunds kommun, Insyn. Version från 1 december 2026, https://…#id. Rapporterat 7 maj 2024.`,
 * or with `Innehållet senast ändrat 1 december 2026.` last when the date is not a version's.
 */
export function citation({ title, url, reported, changed, example = false, owner }: CiteInput, lang: Lang): string {
  const m = messages(lang);
  const { formatDate } = format(lang);
  const name = title.replace(/\.$/, '');
  const version = changed?.scope === 'version' ? changed.day : undefined;
  const parts = [
    example ? `${name} (${m.example.mark})` : name,
    `${owner}, ${m.site.name}`,
    version ? `${m.history.archive.version(formatDate(version))}, ${url}` : url,
    ...(reported ? [m.cite.reported(formatDate(reported))] : []),
    ...(changed && changed.scope !== 'version' ? [`${m.cite.changed[changed.scope]} ${formatDate(changed.day)}`] : []),
  ];
  return `${parts.join('. ')}.`;
}
