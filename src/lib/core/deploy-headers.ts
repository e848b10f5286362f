/**
 * The deployment files that carry the site's headers, written from `security.ts` (and, for the
 * editor, the Git host of the organisation's configuration) so they can never say anything else: `public/_headers` (Netlify, Cloudflare Pages) and the example
 * `docs/nginx.conf`. `npm run headers` writes both; the tests fail while either is stale.
 */
import {
  adminHeaders,
  EMBED_DROPPED_HEADERS,
  EMBED_PATH,
  embedHeaders,
  headerPolicy,
  SECURITY_HEADERS,
} from './security.ts';
import { ADMIN_DIR } from './routes.ts';

/** What both files depend on besides `security.ts`. */
export interface DeployFacts {
  /** Hashes of the `<style>` inside the downloadable chart SVGs (the sha256 of the chart stylesheet). */
  styleHashes: string[];
  /** The host name the site is served at, for nginx's `server_name`. */
  serverName: string;
  /** What the editor (`/admin/`) may talk to: the Git host the organisation's configuration names. */
  adminConnectSources: string[];
}

/** Every file's headers: the policy, then the others. */
export function siteHeaders(styleHashes: string[]): [name: string, value: string][] {
  return [['Content-Security-Policy', headerPolicy(styleHashes)], ...SECURITY_HEADERS];
}

const names = (headers: [string, string][]) => headers.map(([name]) => name);
const lines = (headers: [string, string][], indent: string) =>
  headers.map(([name, value]) => `${indent}${name}: ${value}`).join('\n');

/** `public/_headers`: the site's headers for every file, the editor's and the embed pages' in their folders. */
export function headersFileText({ styleHashes, adminConnectSources }: DeployFacts): string {
  const admin = adminHeaders(adminConnectSources);
  const embed = embedHeaders(styleHashes);
  return `# Headers for every file, for hosts that read this file (Netlify, Cloudflare Pages); the
# same as docs/nginx.conf. Written by \`npm run headers\` from src/lib/core/security.ts; the
# tests fail while this file says anything else. The style-src hash allows the <style> inside
# the downloadable charts (/diagram/*.svg): it is the sha256 of src/charts/chart.css.
/*
${lines(siteHeaders(styleHashes), '  ')}

# The browser editor (/${ADMIN_DIR}/, Decap CMS) has a policy of its own, in its page and here:
# '! Name' drops the site's header above for these files (Cloudflare Pages; on Netlify see
# docs/driftsattning.md) and the editor's takes its place: its policy, and an opener policy
# that lets GitHub's or GitLab's sign-in window answer. From adminHeaders() in
# src/lib/core/security.ts, talking only to the Git host that content/insyn.json names
# (editor). No other file gets them.
/${ADMIN_DIR}/*
${names(admin)
  .map((name) => `  ! ${name}`)
  .join('\n')}
${lines(admin, '  ')}

# The embeddable charts (${EMBED_PATH}<diagram>/) are the only pages other sites may frame:
# the same policy with frame-ancestors *, and no X-Frame-Options (embedHeaders()).
${EMBED_PATH}*
${[...names(embed), ...EMBED_DROPPED_HEADERS].map((name) => `  ! ${name}`).join('\n')}
${lines(embed, '  ')}
`;
}

const addHeaders = (headers: [string, string][], indent: string) =>
  headers.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`).join('\n');

/** The site's headers with `replaced` in place of those of the same name, less `dropped`. */
function replacing(site: [string, string][], replaced: [string, string][], dropped: string[] = []) {
  const gone = new Set([...names(replaced), ...dropped]);
  return [...site.filter(([name]) => !gone.has(name)), ...replaced];
}

/** `docs/nginx.conf`: an example server block sending the same headers as `public/_headers`. */
export function nginxConfText({ styleHashes, serverName, adminConnectSources }: DeployFacts): string {
  const site = siteHeaders(styleHashes);
  return `# Insyn on nginx: an example server block for the built site (\`npm run build\`, then copy
# dist/ to /var/www/insyn). Written by \`npm run headers\` from src/lib/core/security.ts, like
# public/_headers; the tests fail while this file says anything else.

server {
    listen 80;
    listen [::]:80;
    server_name ${serverName};
    return 301 https://$host$request_uri;
}

server {
    # nginx 1.25.1 and later: \`listen 443 ssl;\` and a line \`http2 on;\` instead.
    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    server_name ${serverName};
    # ssl_certificate and ssl_certificate_key: the organisation's certificate.

    root /var/www/insyn;
    index index.html;
    charset utf-8;
    charset_types text/css text/plain text/xml text/javascript application/javascript application/json image/svg+xml;

    # Every page's own <meta> policy holds the hashes of its scripts and styles; this header
    # adds frame-ancestors, which a <meta> cannot carry, and covers the files that are not
    # pages (the search worker, the chart SVGs). \`always\`: on 404 pages too. nginx drops
    # these lines in any location block that has add_header lines of its own: repeat them there.
${addHeaders(site, '    ')}

    location / {
        try_files $uri $uri/ =404;
    }
    error_page 404 /404.html;

    # The browser editor (/${ADMIN_DIR}/, Decap CMS): its own policy and opener policy (adminHeaders()
    # in src/lib/core/security.ts, for the Git host that content/insyn.json names) instead of the
    # site's, and the other headers repeated, since nginx drops the server's add_header lines in a
    # location that has its own.
    location ^~ /${ADMIN_DIR}/ {
${addHeaders(replacing(site, adminHeaders(adminConnectSources)), '        ')}
        try_files $uri $uri/ =404;
    }

    # The embeddable charts: the only pages other sites may frame (embedHeaders()).
    location ^~ ${EMBED_PATH} {
${addHeaders(replacing(site, embedHeaders(styleHashes), EMBED_DROPPED_HEADERS), '        ')}
        try_files $uri $uri/ =404;
    }

    # Types that nginx's mime.types lacks (see README, Deploying).
    location ~ \\.csv$ { types { } default_type "text/csv; charset=utf-8"; }
    location ~ \\.rdf$ { types { } default_type "application/rdf+xml; charset=utf-8"; }
    location ~ \\.jsonld$ { types { } default_type "application/ld+json; charset=utf-8"; }
    location ~ \\.xsl$ { types { } default_type "text/xsl; charset=utf-8"; }

    # The Netlify/Cloudflare header file is not for visitors.
    location = /_headers {
        return 404;
    }
}
`;
}
