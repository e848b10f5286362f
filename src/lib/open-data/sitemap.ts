/**
 * sitemap.xml from the pages a build wrote: every `index.html` is a page, so nothing a route
 * adds can be forgotten. Addresses are absolute, with the trailing slash the site uses.
 */
import { ADMIN_DIR, ARCHIVED_PAGES_DIR } from '#lib/core/routes.ts';
import { escapeXml } from '#lib/core/xml.ts';

export const SITEMAP_PATH = '/sitemap.xml';

/** `a/b/index.html` → `/a/b/`; other files (404.html, downloads, feeds) and the archived versions under /arkiv/ are not listed. */
export function pagePathOf(file: string): string | undefined {
  const path = file.split('\\').join('/');
  if (path === 'index.html') return '/';
  if (path.startsWith(`${ADMIN_DIR}/`)) return undefined;
  // Frozen versions of pages are for citations, not for search engines: they say noindex.
  if (path.startsWith(`${ARCHIVED_PAGES_DIR}/`)) return undefined;
  return path.endsWith('/index.html') ? `/${path.slice(0, -'index.html'.length)}` : undefined;
}

/** The sitemap of the given page paths, sorted so that the file is the same for the same pages. */
export function sitemapXml(site: URL, paths: Iterable<string>): string {
  const urls = [...new Set(paths)]
    .sort()
    .map((path) => `  <url><loc>${escapeXml(new URL(path, site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\nDisallow: /${ADMIN_DIR}/\n\nSitemap: ${new URL(SITEMAP_PATH, site).href}\n`;
}
