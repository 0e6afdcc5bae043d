import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

type Entry = { type: string; plain: Buffer; brotli: Buffer };

/**
 * Serves a built single-page app from 127.0.0.1 the way the portal serves its
 * own assets: every file Brotli-compressed at the highest quality ahead of
 * time, hashed assets cached for a year, unknown paths answered with
 * index.html. It is how a measured reference gets the same transport as the
 * pages it is compared with.
 */
export async function serveWithBrotli(root: string) {
  const files = new Map<string, Entry>();
  const collect = (folder: string) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, item.name);
      if (item.isDirectory()) collect(file);
      else {
        const plain = readFileSync(file);
        const brotli = brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
        files.set(`/${path.relative(root, file).split(path.sep).join('/')}`, { type, plain, brotli });
      }
    }
  };
  collect(root);
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const entry = files.get(pathname) ?? files.get('/index.html')!;
    const brotli = /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, {
      'Content-Type': entry.type,
      'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(brotli ? { 'Content-Encoding': 'br' } : {}),
    });
    response.end(brotli ? entry.brotli : entry.plain);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
