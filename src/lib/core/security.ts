/**
 * The site's security policy, in one place: the Content-Security-Policy that Astro writes
 * into every page as a `<meta>` element (with the hashes of the page's own scripts and
 * styles), and the HTTP headers a host should send with every file (`public/_headers`,
 * `docs/nginx.conf`; the tests check that both say exactly this).
 *
 * The site loads nothing from other hosts and runs two scripts of its own, both files (the
 * print date's on every page, the search page's), so everything is `'self'`. Pagefind, on the search page, compiles its WebAssembly (which
 * needs `'wasm-unsafe-eval'`, not `'unsafe-eval'`), fetches its index (`connect-src`) and
 * runs in a web worker loaded from its own file (`worker-src 'self'`, no `blob:`).
 */

/** Directives every page's `<meta>` policy carries besides `script-src` and `style-src`, which Astro writes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** `script-src` on every page; the search page adds `SEARCH_SCRIPT_SOURCES`. */
export const SCRIPT_SOURCES = ["'self'"];

/** What Pagefind needs beyond `SCRIPT_SOURCES`: to compile its WebAssembly. */
export const SEARCH_SCRIPT_SOURCES = ["'wasm-unsafe-eval'"];

/**
 * The policy as an HTTP header, for every file the host serves. It adds what a `<meta>`
 * element cannot say (`frame-ancestors`: no other site may frame these pages). Pages get no
 * inline styles (`build.inlineStylesheets: 'never'`), so `style-src` needs no page hashes;
 * `styleHashes` are those of the `<style>` inside the downloadable chart SVGs, which a
 * visitor may open on their own. The search page's worker gets this header, not the page's
 * `<meta>`, so `'wasm-unsafe-eval'` is here for every file.
 */
export function headerPolicy(styleHashes: string[]): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${[...SCRIPT_SOURCES, ...SEARCH_SCRIPT_SOURCES].join(' ')}`,
    `style-src 'self'${styleHashes.map((hash) => ` '${hash}'`).join('')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every header but the policy, with why. */
export const SECURITY_HEADERS: [name: string, value: string][] = [
  // HTTPS only, for two years, subdomains too: the region's site is never served over HTTP.
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  // Files are what their type says: a CSV is never run as a script.
  ['X-Content-Type-Options', 'nosniff'],
  // Other sites learn that a visitor came from Insyn, not which page.
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // The site uses none of these features; no page, and nothing framed in one, may ask for them.
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  ],
  // Browsers too old for frame-ancestors.
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/**
 * The policy of the browser editor at `/admin/` only (Decap CMS), as a `<meta>` in its page
 * and as a header for `/admin/*`. Decap validates its configuration with ajv, which compiles
 * code at run time (`'unsafe-eval'`), and styles itself with emotion's `<style>` elements
 * (`'unsafe-inline'`); images pasted into a preview are `data:`/`blob:`. It talks only to
 * the site itself and the repository's API (`connectSources`). No other page gets any of this.
 */
export function adminPolicy(connectSources: string[], { header = false } = {}): string {
  return [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    // blob: is the editor reading back what it has just made (previews of entries).
    `connect-src 'self' blob: ${connectSources.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    // Only a header can forbid framing; a <meta> policy may not say it.
    ...(header ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/**
 * Where the embeddable charts live (`/inbadda/<chart>/`): the one place other sites may frame.
 * A local newspaper shows a chart in an `<iframe>` the way Kolada's own chart links allow.
 */
export const EMBED_PATH = '/inbadda/';

/**
 * Headers for the embed pages that differ from the site's: the same policy, except that any
 * site may frame them (`frame-ancestors *`), and no `X-Frame-Options`, which cannot say that
 * (`EMBED_DROPPED_HEADERS`). Nothing else on the site may be framed.
 */
export function embedHeaders(styleHashes: string[]): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', headerPolicy(styleHashes).replace("frame-ancestors 'none'", 'frame-ancestors *')],
  ];
}

/** The site's headers that the embed pages do not send at all. */
export const EMBED_DROPPED_HEADERS = ['X-Frame-Options'];

/**
 * Headers for `/admin/*` that differ from the site's: the editor's policy, talking only to
 * `connectSources` (the configured Git host's, the same as the page's own `<meta>` policy:
 * `cmsConnectSources` in src/lib/content/cms-config.ts), and an opener policy that lets the
 * sign-in window of GitHub or GitLab report back to the editor.
 */
export function adminHeaders(connectSources: string[]): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', adminPolicy(connectSources, { header: true })],
    ['Cross-Origin-Opener-Policy', 'same-origin-allow-popups'],
  ];
}
