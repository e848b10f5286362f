/**
 * Where the browser editor saves (Decap's `backend`), from the organisation's configuration
 * (`editor` in insyn.json), and the hosts it may talk to, for its Content-Security-Policy.
 * The rest of its configuration is generated from the schemas in cms-config.ts.
 */
import type { EditorSettings } from '../../schemas/configuration.ts';

/** Decap's `backend` setting: where the editor reads and saves. */
export type CmsBackend =
  | { name: 'proxy'; proxy_url: string; branch: string }
  | { name: 'github'; repo: string; branch: string; api_root?: string; base_url?: string }
  | {
      name: 'gitlab';
      repo: string;
      branch: string;
      api_root?: string;
      base_url?: string;
      auth_type?: 'pkce';
      app_id?: string;
    }
  | { name: 'azure'; repo: string; branch: string; tenant_id: string; app_id: string; api_root?: string };

/** The part of the editor's configuration that depends on where the site is hosted. */
export interface CmsBackendConfig {
  backend: CmsBackend;
  publish_mode?: 'editorial_workflow';
}

/** `decap-server` on the staff member's own machine, at its usual port. */
const LOCAL_PROXY = 'http://localhost:8081/api/v1';

/** What Decap's backends talk to when no server of one's own is named. */
const PUBLIC_HOSTS = {
  github: { web: 'https://github.com', api: 'https://api.github.com' },
  gitlab: { web: 'https://gitlab.com', api: 'https://gitlab.com/api/v4' },
  azure: { web: 'https://dev.azure.com', api: 'https://dev.azure.com' },
} as const;

/**
 * Azure DevOps' profile service, which Decap's azure backend asks who signed in, whatever
 * the `api_root` (decap-cms-backend-azure, `API.user`). The sign-in itself is a page
 * (login.microsoftonline.com) the editor navigates to, not a request, so it needs no source.
 */
const AZURE_PROFILE = 'https://app.vssps.visualstudio.com';

/** A server's address without the final slash, or nothing when it is the public host's. */
function ownServer(url: string | undefined, publicHost: string): string | undefined {
  const base = url?.replace(/\/+$/, '');
  return base === undefined || new URL(base).origin === publicHost ? undefined : base;
}

/**
 * Where the editor saves, from the organisation's configuration (`editor` in insyn.json): the
 * repository on GitHub, GitLab or Azure DevOps, each save a change request
 * (`editorial_workflow`) that the check runs on. Without it, or with `lokal`, only
 * `npx decap-server` on the staff member's own machine (the local backend).
 */
export function cmsBackend(editor: EditorSettings | undefined): CmsBackendConfig {
  const branch = editor?.branch ?? 'main';
  if (!editor?.repo || editor.backend === 'lokal') return { backend: { name: 'proxy', proxy_url: LOCAL_PROXY, branch } };
  const { repo } = editor;
  const server = ownServer(editor.url, PUBLIC_HOSTS[editor.backend].web);
  const backend: CmsBackend =
    editor.backend === 'github'
      ? {
          name: 'github',
          repo,
          branch,
          // GitHub Enterprise Server answers its REST API under /api/v3.
          ...(server && { api_root: `${server}/api/v3` }),
          ...(editor.authUrl && { base_url: editor.authUrl }),
        }
      : editor.backend === 'gitlab'
        ? {
            name: 'gitlab',
            repo,
            branch,
            // Sign-in (base_url) and the API both on the region's own server, never gitlab.com.
            ...(server && { api_root: `${server}/api/v4`, base_url: server }),
            ...(editor.appId && { auth_type: 'pkce' as const, app_id: editor.appId }),
          }
        : {
            name: 'azure',
            repo,
            branch,
            tenant_id: editor.tenantId ?? '',
            app_id: editor.appId ?? '',
            ...(server && { api_root: server }),
          };
  return { backend, publish_mode: 'editorial_workflow' };
}

/**
 * The hosts the editor talks to, for its Content-Security-Policy's `connect-src`: the
 * configured host's API and sign-in, and nothing else; `localhost` only for the local backend.
 */
export function cmsConnectSources({ backend }: CmsBackendConfig): string[] {
  const origin = (url: string) => new URL(url).origin;
  switch (backend.name) {
    case 'proxy':
      return [origin(backend.proxy_url)];
    case 'github':
      // base_url is the OAuth proxy, when there is one.
      return unique([origin(backend.api_root ?? PUBLIC_HOSTS.github.api), ...(backend.base_url ? [origin(backend.base_url)] : [])]);
    case 'gitlab':
      // PKCE exchanges its code for a token at base_url's /oauth/token.
      return unique([origin(backend.api_root ?? PUBLIC_HOSTS.gitlab.api), origin(backend.base_url ?? PUBLIC_HOSTS.gitlab.web)]);
    case 'azure':
      return unique([origin(backend.api_root ?? PUBLIC_HOSTS.azure.api), AZURE_PROFILE]);
  }
}

const unique = (values: string[]) => [...new Set(values)];
