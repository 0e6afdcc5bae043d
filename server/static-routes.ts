import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Hashed assets are cached for a year; other public files for an hour. */
function cacheControlFor(requestPath: string): string {
  if (requestPath.startsWith('/assets/')) return IMMUTABLE;
  // The service worker must be checked on every visit, or updates would wait a day.
  if (requestPath === '/sw.js') return 'no-cache';
  return 'public, max-age=3600';
}

/** Serves the files of the built app. Paths with no file fall through to the pages. */
export function staticRoutes(distDir: string): Hono {
  const routes = new Hono();
  routes.use('*', async (c, next) => {
    await next();
    if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', cacheControlFor(c.req.path));
    }
  });
  // index.html is a template: the page routes fill in its head for each URL.
  const files = serveStatic({ root: distDir, precompressed: true });
  routes.use('*', async (c, next) => {
    if (c.req.path === '/' || c.req.path === '/index.html') return next();
    return files(c, next);
  });
  return routes;
}
