import { type Context, Hono } from 'hono';
import { renderPage } from '../../src/entry-server.tsx';
import { LOCALES } from '../../src/shared/languages.ts';
import { matchPage } from '../../src/shared/pages.ts';
import type { ArticleRepository } from '../db/article-repository.ts';
import { createAppShell } from './app-shell.ts';
import { isPastLastPage, notFoundMeta } from './past-last-page.ts';
import { resolvePageMeta } from './page-meta.ts';
import { renamedArticlePath } from './renamed-article.ts';
import { jsonForScript, renderHead } from './render-head.ts';

type PageRoutesOptions = {
  repository: () => ArticleRepository;
  distDir: string;
  publicUrl?: string;
  /** Answers the app's API requests while the server renders a page, without a network hop. */
  api: (request: Request) => Promise<Response>;
  logError: (error: unknown, message: string) => void;
};

/**
 * Answers every app URL with index.html whose <head> describes that URL (so
 * link previews and crawlers, which run no JavaScript, see the right title,
 * description and image) and whose body already holds the rendered first view
 * and its data, so the page paints before any script runs. Unknown articles,
 * forums and topics get a 404 and the app's not-found page; a renamed
 * article's old URL, a permanent redirect to its page.
 */
export function pageRoutes({ repository, distDir, publicUrl, api, logError }: PageRoutesOptions): Hono {
  const routes = new Hono();
  const shell = createAppShell(distDir);

  routes.get('*', async (c: Context) => {
    const url = new URL(c.req.url);
    const match = matchPage(url.pathname);
    const renamed = renamedArticlePath(match, repository());
    if (renamed) {
      // Kept, but asked again each time: an editor may undo the rename.
      c.header('Cache-Control', 'no-cache');
      return c.redirect(`${renamed}${url.search}`, 301);
    }
    let meta = resolvePageMeta(url.pathname, url.search, repository(), match);
    let rendered: Awaited<ReturnType<typeof renderPage>>;
    if (meta.status === 200) {
      rendered = await renderPage(new Request(url), api).catch((error: unknown) => {
        logError(error, 'Rendering failed; the browser will render the page instead.');
        return undefined;
      });
    }
    if (rendered && isPastLastPage(rendered.state)) meta = notFoundMeta(meta);
    const head = renderHead(meta, publicUrl ?? url.origin);
    const html = shell({
      head,
      lang: LOCALES[meta.lang].html,
      appHtml: rendered?.html,
      // Data, not code: the strict content security policy allows no inline script.
      bodyEnd: rendered
        ? `<script type="application/json" id="app-state">${jsonForScript(rendered.state)}</script>`
        : '',
    });
    if (html === undefined) return c.text('The app is not built yet. Run "npm run build".', 503);
    if (match?.id === 'preview') {
      // An unpublished article: kept by no cache, indexed by no search engine. (Its secret
      // address leaves the site in no Referer: the policy sends other sites the origin only.)
      c.header('Cache-Control', 'private, no-store');
      c.header('X-Robots-Tag', 'noindex, nofollow');
    } else {
      c.header('Cache-Control', 'no-cache');
    }
    return c.html(html, meta.status);
  });
  return routes;
}
