/**
 * The browser editor's page (`/admin/index.html`) and the settings that depend on the built
 * site: its address, Insyn's mark on the sign-in page.
 */

/**
 * Decap writes its labels and error lists in capitals; staff read sentence case. The admin
 * policy allows inline styles (Decap's own are inline), so this needs no file of its own.
 */
const EDITOR_STYLE = 'label, [class*="-ControlErrorsList"] { text-transform: none !important; letter-spacing: normal !important; }';

/**
 * The editor's page: Swedish, kept out of search engines, its own policy, the self-hosted
 * bundle, and the site's stylesheets named for the preview (src/admin/preview.ts reads them).
 */
export function cmsAdminPage(policy: string, bundle: string, previewStyles: readonly string[] = []): string {
  const styleLinks = previewStyles.map((href) => `\n    <meta name="insyn-preview-style" content="${href}">`).join('');
  return `<!DOCTYPE html>
<html lang="sv">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta http-equiv="content-security-policy" content="${policy.replaceAll('"', '&quot;')}">
    <title>Redigera innehåll – Insyn</title>
    <link rel="cms-config-url" type="text/yaml" href="config.yml">${styleLinks}
    <style>${EDITOR_STYLE}</style>
  </head>
  <body>
    <noscript>Redigeraren kräver JavaScript.</noscript>
    <script src="${bundle}"></script>
  </body>
</html>
`;
}

/** Insyn's name and mark on the sign-in page, and the site's address, which the editor links to. */
export function cmsSiteSettings(site: string | undefined): Record<string, string> {
  return {
    logo_url: '/favicon.svg',
    ...(site && { site_url: site, display_url: site }),
  };
}
