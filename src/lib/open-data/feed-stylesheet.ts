/**
 * The XSLT stylesheet every feed names (`FEED_STYLESHEET_PATH`): a visitor who opens a feed in
 * a browser sees a page in Swedish saying what a feed is, how to subscribe (in a feed reader
 * or by e-mail) and the latest entries, instead of raw XML. Feed readers ignore it.
 */
import { escapeXml } from '#lib/core/xml.ts';

/** The page's words, from the message catalogue. */
export interface FeedPageTexts {
  kind: string;
  titleSuffix: string;
  whatHeading: string;
  what: string;
  howHeading: string;
  copy: string;
  paste: string;
  mail: string;
  latestHeading: string;
  none: string;
  back: string;
}

/** Entries listed on the page; a reader's feed reader gets them all. */
const SHOWN = 20;

/** The stylesheet, with `cssHref` as the page's stylesheet (served from the site, as the policy wants). */
export function feedStylesheet(texts: FeedPageTexts, cssHref: string): string {
  const t: FeedPageTexts = { ...texts };
  for (const key of Object.keys(t) as (keyof FeedPageTexts)[]) t[key] = escapeXml(texts[key]);
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"
  exclude-result-prefixes="atom dc">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/atom:feed">
    <html lang="sv">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/> – ${t.titleSuffix}</title>
        <link rel="stylesheet" href="${escapeXml(cssHref)}"/>
      </head>
      <body>
        <main>
          <p class="feed-kind">${t.kind}</p>
          <h1><xsl:value-of select="atom:title"/></h1>
          <xsl:if test="atom:subtitle"><p><xsl:value-of select="atom:subtitle"/></p></xsl:if>
          <h2>${t.whatHeading}</h2>
          <p>${t.what}</p>
          <h2>${t.howHeading}</h2>
          <ol>
            <li>${t.copy} <code class="feed-address"><xsl:value-of select="atom:link[@rel='self']/@href"/></code></li>
            <li>${t.paste}</li>
          </ol>
          <p>${t.mail}</p>
          <h2>${t.latestHeading}</h2>
          <xsl:choose>
            <xsl:when test="atom:entry">
              <ul class="feed-entries">
                <xsl:for-each select="atom:entry[position() &lt;= ${SHOWN}]">
                  <li>
                    <a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a>
                    <xsl:text> </xsl:text>
                    <span class="feed-date">
                      <xsl:choose>
                        <xsl:when test="dc:date"><xsl:value-of select="dc:date"/></xsl:when>
                        <xsl:otherwise><xsl:value-of select="substring(atom:updated, 1, 10)"/></xsl:otherwise>
                      </xsl:choose>
                    </span>
                    <xsl:if test="atom:summary"><p><xsl:value-of select="atom:summary"/></p></xsl:if>
                  </li>
                </xsl:for-each>
              </ul>
            </xsl:when>
            <xsl:otherwise><p>${t.none}</p></xsl:otherwise>
          </xsl:choose>
          <p><a href="{atom:link[@rel='alternate']/@href}">${t.back}</a></p>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
