import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const JS_WITH_CHARSET = 'text/javascript; charset=utf-8';

/** The build's hashed files: their names change whenever their content does. */
export const isBuildAsset = (requestPath: string) => requestPath.startsWith('/assets/');

/** Hashed assets are cached for a year; other public files for an hour. */
function cacheControlFor(requestPath: string): string {
  if (isBuildAsset(requestPath)) return IMMUTABLE;
  // The service worker must be checked on every visit, or updates would wait a day.
  if (requestPath === '/sw.js') return 'no-cache';
  return 'public, max-age=3600';
}

/**
 * The build's own files are not the site's to hand out: Vite's .vite/manifest.json
 * (read from disk by the server) maps every source file to its chunk. No
 * dot-file or dot-folder is served, however its name is spelled (%2E is a dot),
 * but /.well-known/, whose files (security.txt, say) are public by definition.
 */
function isHidden(requestPath: string): boolean {
  let decoded = requestPath;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    // Undecodable: compared as it is.
  }
  return decoded.split('/').some((segment) => segment.startsWith('.') && segment !== '.well-known');
}

/** Serves the files of the built app. Paths with no file, or hidden ones, fall through to the pages. */
export function staticRoutes(distDir: string): Hono {
  const routes = new Hono();
  routes.use('*', async (c, next) => {
    await next();
    if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      const cacheControl = cacheControlFor(c.req.path);
      c.res.headers.set('Cache-Control', cacheControl);
      // A file cached as immutable is never asked about again.
      if (cacheControl === IMMUTABLE) c.res.headers.delete('Last-Modified');
    }
    // Module scripts and workers are always read as UTF-8, whatever the header
    // says: the charset parameter would be bytes on every script of a first load.
    if (c.res.headers.get('Content-Type') === JS_WITH_CHARSET) c.res.headers.set('Content-Type', 'text/javascript');
  });
  // index.html is a template: the page routes fill in its head for each URL.
  const files = serveStatic({ root: distDir, precompressed: true });
  routes.use('*', async (c, next) => {
    if (c.req.path === '/' || c.req.path === '/index.html' || isHidden(c.req.path)) return next();
    return files(c, next);
  });
  return routes;
}
