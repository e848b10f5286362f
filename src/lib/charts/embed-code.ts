/**
 * The `<iframe>` another site pastes to show a chart's embed page. The title is the frame's
 * accessible name (WCAG 4.1.2); the height fits a chart with its folded table on a phone.
 */
import { escapeXml } from '../core/xml.ts';

/** The HTML code framing `url`, with `title` as the frame's name. */
export function embedCode(url: string, title: string): string {
  return `<iframe src="${escapeXml(url)}" title="${escapeXml(title)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
}
