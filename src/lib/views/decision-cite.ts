/**
 * A decision cited as the region cites it, shaped for `DecisionCite.astro`: the citation
 * with its link, the body's name, the diarienummer in words, and which parts are examples.
 */
import { type Catalog, type Entry, resolve } from '#lib/core/catalog.ts';
import { hrefFor } from '#lib/core/routes.ts';
import { decisionCitation } from '#lib/core/titles.ts';
import type { Lang } from '#lib/i18n/index.ts';
import { words } from '#lib/i18n/words.ts';
import { type DecisionExamples, decisionExamples } from './decisions-view.ts';

export interface DecisionCiteView {
  href: string;
  /** `RS 2023-11-08 § 194`. */
  citation: string;
  /** The deciding body's name, or its id when the catalogue has no such body. */
  body: string;
  /** `dnr RS/595/2023`, or the words for a diarienummer the sources do not give. */
  dnr: string;
  hasDnr: boolean;
  title: string;
  /**
   * Only the invented parts carry the mark: a decision whose title alone was rebuilt is cited
   * as sourced. A decision invented as a whole has one mark after it.
   */
  examples: DecisionExamples;
}

export function decisionCite(catalog: Catalog, decision: Entry<'decisions'>, lang: Lang = 'sv'): DecisionCiteView {
  const { data } = decision;
  const t = words(lang).m.components.decisionCite;
  return {
    href: hrefFor({ collection: 'decisions', id: decision.id }),
    citation: decisionCitation(catalog, decision),
    body: resolve(catalog, data.body)?.data.name ?? data.body.id,
    dnr: data.dnr ? t.dnr(data.dnr) : t.dnrMissing,
    hasDnr: data.dnr !== null,
    title: data.title,
    examples: decisionExamples(data),
  };
}
