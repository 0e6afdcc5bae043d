import { type Context, Hono } from 'hono';
import type { ArticleRepository } from '../db/article-repository.ts';
import { createAppShell } from './app-shell.ts';
import { resolvePageMeta } from './page-meta.ts';
import { renderHead } from './render-head.ts';

type PageRoutesOptions = { repository: () => ArticleRepository; distDir: string; publicUrl?: string };

/**
 * Answers every app URL with index.html whose <head> describes that URL, so
 * link previews and crawlers, which run no JavaScript, see the right title,
 * description and image. Unknown articles, forums and topics get a 404.
 */
export function pageRoutes({ repository, distDir, publicUrl }: PageRoutesOptions): Hono {
  const routes = new Hono();
  const shell = createAppShell(distDir);

  routes.get('*', (c: Context) => {
    const url = new URL(c.req.url);
    const meta = resolvePageMeta(url.pathname, url.search, repository());
    const html = shell(renderHead(meta, publicUrl ?? url.origin));
    if (html === undefined) return c.text('The app is not built yet. Run "npm run build".', 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(html, meta.status);
  });
  return routes;
}
