/**
 * A tiny static host for the built site, on 127.0.0.1 at a free port: files by path,
 * `index.html` for folders, `/404.html` with status 404 for anything else, and the headers
 * of the build's `_headers` file, as Netlify and Cloudflare Pages send them, so the browser
 * tests run under the same Content-Security-Policy as the real site.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.rdf': 'application/rdf+xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves a folder; resolves to its base URL (`http://127.0.0.1:<port>`) and a stop function. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = normalize(decodeURIComponent(url.pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    const found = file.startsWith(dir) && existsSync(file) && statSync(file).isFile();
    if (!found && existsSync(join(file, 'index.html'))) {
      response.writeHead(301, { location: `${path}/${url.search}` });
      response.end();
      return;
    }
    const served = found ? file : join(dir, '404.html');
    const status = found ? 200 : 404;
    for (const [name, value] of headersFor(rules, path)) response.appendHeader(name, value);
    if (!existsSync(served)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(status, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(served));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
