import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { stringify } from 'yaml';
import { PROJECT_ROOT } from '../config.ts';
import type { AdminBackend } from './admin-backend.ts';
import { adminContentSecurityPolicy } from './admin-csp.ts';
import { adminPage } from './admin-page.ts';
import { ARTICLE_COLLECTIONS, ARTICLE_GROUPS, CMS_LOCALE, CmsConfigError, cmsConfig } from './cms-config.ts';
import { readerStylesheets } from './reader-styles.ts';

export type AdminOptions = { backend: AdminBackend; contentDir: string };

const setupScript = path.join(PROJECT_ROOT, 'server', 'admin', 'browser', 'cms-setup.js');

/**
 * The web editor at /admin: Decap CMS, its configuration made from content/,
 * and the readers' styles for its preview. Mounted only when ADMIN_ENABLED=1.
 */
export function adminRoutes({ backend, contentDir }: AdminOptions, distDir: string): Hono {
  // Decap's prebuilt bundle (React included) and the chunks it loads beside it;
  // looked for only when the editor is on.
  const decapFiles = path.dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
  const routes = new Hono();
  const policy = adminContentSecurityPolicy(backend);
  routes.use('/admin/*', async (c, next) => {
    await next();
    // Set before the site-wide headers, which then leave it as it is.
    c.res.headers.set('Content-Security-Policy', policy);
    c.res.headers.set('X-Robots-Tag', 'noindex, nofollow');
    // An editor's tool: always the files of the moment, never a cached copy.
    c.res.headers.set('Cache-Control', 'no-cache');
  });
  const page = adminPage({ collections: ARTICLE_COLLECTIONS, locale: CMS_LOCALE, groups: ARTICLE_GROUPS });
  // The page's scripts are named relative to /admin/.
  routes.get('/admin', (c) => c.redirect('/admin/', 301));
  routes.get('/admin/', (c) => c.html(page));
  routes.get('/admin/config.yml', (c) => {
    try {
      return c.body(stringify(cmsConfig(contentDir, backend), { lineWidth: 0 }), 200, {
        'Content-Type': 'text/yaml; charset=utf-8',
      });
    } catch (error) {
      // Decap shows this text; the editor can act on it (a mistake in forums.yaml, say).
      if (error instanceof CmsConfigError) return c.text(error.message, 500);
      throw error;
    }
  });
  routes.get('/admin/cms-setup.js', (c) =>
    c.body(readFileSync(setupScript), 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  routes.get('/admin/preview.css', (c) => {
    const sheets = readerStylesheets(distDir);
    if (sheets.length === 0) return c.text('No built stylesheet: run "npm run build" for a styled preview.', 404);
    const css = sheets.map((file) => readFileSync(file, 'utf8')).join('\n');
    return c.body(css, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  routes.get(
    '/admin/*',
    serveStatic({ root: decapFiles, rewriteRequestPath: (requestPath) => requestPath.replace(/^\/admin/, '') }),
  );
  return routes;
}
