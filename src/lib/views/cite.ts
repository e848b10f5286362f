/**
 * "Så citerar du": how to cite a chart or an entry of Insyn. The date a visitor retrieved the
 * page cannot be known when the site is built (and builds are byte-identical), so the line
 * asks the reader to fill it in.
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
}

/** Placeholder for the retrieval date, which the citer writes. */
export const RETRIEVED_PLACEHOLDER = '[dagens datum]';

/** `Title. Region Jämtland Härjedalen, Insyn. https://…#id. Rapporterat 7 maj 2024. Hämtat [dagens datum].` */
export function citation({ title, url, reported }: CiteInput): string {
  const parts = [
    title.replace(/\.$/, ''),
    `${sv.site.owner}, ${sv.site.name}`,
    url,
    ...(reported ? [`Rapporterat ${formatDate(reported)}`] : []),
    `Hämtat ${RETRIEVED_PLACEHOLDER}`,
  ];
  return `${parts.join('. ')}.`;
}
