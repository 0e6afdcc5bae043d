import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const IMMUTABLE = 'public, max-age=31536000, immutable';

function cacheControlFor(requestPath: string, contentType: string | null): string {
  if (requestPath.startsWith('/assets/')) return IMMUTABLE; // Vite puts a content hash in these names.
  if (contentType?.startsWith('text/html')) return 'no-cache';
  return 'public, max-age=3600';
}

/**
 * Serves the built app: hashed assets cached for a year, other public files
 * briefly, and index.html for every other path so deep links survive a reload.
 */
export function staticRoutes(distDir: string): Hono {
  const routes = new Hono();
  const indexFile = path.join(distDir, 'index.html');

  const appShell = (c: import('hono').Context) => {
    if (!existsSync(indexFile)) return c.text('The app is not built yet. Run "npm run build".', 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  };

  routes.get('/', appShell);
  routes.use('*', async (c, next) => {
    await next();
    if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', cacheControlFor(c.req.path, c.res.headers.get('Content-Type')));
    }
  });
  routes.use('*', serveStatic({ root: distDir }));
  routes.get('*', appShell);
  return routes;
}
