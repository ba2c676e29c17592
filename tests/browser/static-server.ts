// A tiny static file server for a built site, on 127.0.0.1 only, the way a static host serves it:
// `/sv/search/` answers with `/sv/search/index.html`, and a missing address with the nearest
// 404.html (`/sv/404.html` under /sv/, else `/404.html`), as Cloudflare Pages does. It sends a strict
// Content-Security-Policy header so the browser tests prove the search runs without inline code or eval.

import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/** What a hardened deployment would send: own files only, WebAssembly allowed, nothing inline. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'Bad request');
    }
    let file = path.join(base, pathname);
    if (file !== base && !file.startsWith(base + path.sep)) return send(403, 'Forbidden');
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    const serve = (file: string, status: number): void => {
      response.writeHead(status, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': fs.statSync(file).size,
        'content-security-policy': STRICT_CSP,
        'cache-control': 'no-store',
      });
      if (request.method === 'HEAD') response.end();
      else fs.createReadStream(file).pipe(response);
    };
    fs.stat(file, (error, stats) => {
      if (!error && stats.isFile()) return serve(file, 200);
      const folder = pathname.split('/')[1] ?? '';
      const notFound = [path.join(base, folder, '404.html'), path.join(base, '404.html')].find(
        (candidate) => candidate.startsWith(base + path.sep) && fs.existsSync(candidate),
      );
      if (!notFound) return send(404, 'Not found');
      serve(notFound, 404);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
