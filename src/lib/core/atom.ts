/** Atom 1.0 feeds (RFC 4287) as text: small enough not to need an XML library. */

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

export interface AtomEntry {
  /** A permanent IRI for the entry. */
  id: string;
  title: string;
  /** ISO 8601 timestamp with offset. */
  updated: string;
  /** Absolute URL of the entry's page. */
  href: string;
  /** HTML content, escaped here. */
  html: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  alternate: string;
  author: string;
  entries: AtomEntry[];
}

export function atomFeed(feed: AtomFeed): string {
  const entry = (e: AtomEntry) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <updated>${escapeXml(e.updated)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(e.href)}"/>
    <content type="html">${escapeXml(e.html)}</content>
  </entry>
`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
${feed.subtitle ? `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>\n` : ''}  <updated>${escapeXml(feed.updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>
  <author><name>${escapeXml(feed.author)}</name></author>
${feed.entries.map(entry).join('')}</feed>
`;
}
