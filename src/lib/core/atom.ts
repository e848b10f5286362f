/**
 * The one Atom 1.0 (RFC 4287) writer, for every feed of the site: small enough not to need
 * an XML library. Every text and address is escaped here.
 */
import { escapeXml } from './xml.ts';

export interface AtomEntry {
  /** A permanent IRI for the entry. */
  id: string;
  title: string;
  /** Absolute URL of the entry's page. */
  href: string;
  /** ISO 8601 timestamps with offset. */
  published?: string;
  updated: string;
  /** The entry's own date as its source gives it (`dc:date`, W3C-DTF: `2024-02` or `2024-05-07`). */
  date?: string;
  category?: string;
  /** Plain text. */
  summary?: string;
  /** HTML content. */
  html?: string;
}

export interface AtomFeed {
  /** The feed's IRI. */
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  alternate: string;
  updated: string;
  author: string;
  /** The author's website. */
  authorUri?: string;
  entries: readonly AtomEntry[];
}

const line = (indent: string, xml: string | false | undefined) => (xml ? `${indent}${xml}\n` : '');

function entryXml(entry: AtomEntry): string {
  const i = '    ';
  return `  <entry>
${i}<id>${escapeXml(entry.id)}</id>
${i}<title>${escapeXml(entry.title)}</title>
${i}<link rel="alternate" type="text/html" href="${escapeXml(entry.href)}"/>
${line(i, entry.published && `<published>${escapeXml(entry.published)}</published>`)}${i}<updated>${escapeXml(entry.updated)}</updated>
${line(i, entry.date && `<dc:date>${escapeXml(entry.date)}</dc:date>`)}${line(i, entry.category !== undefined && `<category term="${escapeXml(entry.category)}"/>`)}${line(i, entry.summary !== undefined && `<summary type="text">${escapeXml(entry.summary)}</summary>`)}${line(i, entry.html !== undefined && `<content type="html">${escapeXml(entry.html)}</content>`)}  </entry>`;
}

/** The stylesheet that shows a feed opened in a browser as a page (what a feed is, how to subscribe). */
export const FEED_STYLESHEET_PATH = '/flode.xsl';

export function atomFeed(feed: AtomFeed): string {
  const entries = feed.entries.map(entryXml);
  return `<?xml version="1.0" encoding="utf-8"?>
<?xml-stylesheet type="text/xsl" href="${FEED_STYLESHEET_PATH}"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="sv">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
${line('  ', feed.subtitle !== undefined && `<subtitle>${escapeXml(feed.subtitle)}</subtitle>`)}  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>
  <updated>${escapeXml(feed.updated)}</updated>
  <author>
    <name>${escapeXml(feed.author)}</name>
${line('    ', feed.authorUri && `<uri>${escapeXml(feed.authorUri)}</uri>`)}  </author>
${entries.join('\n')}${entries.length > 0 ? '\n' : ''}</feed>
`;
}
