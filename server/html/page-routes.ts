import { type Context, Hono } from 'hono';
import './styles-left-to-the-browser.ts';
import { renderPage } from '../../src/entry-server.tsx';
import { LOCALES, splitLangPath } from '../../src/shared/languages.ts';
import { type PageMatch, matchPage } from '../../src/shared/pages.ts';
import type { ArticleRepository } from '../db/article-repository.ts';
import { createAppShell } from './app-shell.ts';
import type { BootScript } from './boot-script.ts';
import { isPastLastPage, notFoundMeta } from './past-last-page.ts';
import { resolvePageMeta } from './page-meta.ts';
import { renamedArticlePath } from './renamed-article.ts';
import { requestOrigin } from '../http/request-origin.ts';
import { jsonForScript, renderHead } from './render-head.ts';
import { busyPage } from './busy-page.ts';
import { bodyIn, chooseEncoding, encodedBody } from '../http/encoded-bodies.ts';
import { type RenderedPage, createPageCache } from './page-cache.ts';
import { pageCacheControl } from './page-caching.ts';
import { askedTags, namesTag, weakTag } from '../http/entity-tags.ts';
import { pageUrl } from './page-url.ts';
import { type RenderSlotLimits, RenderersBusy, createRenderSlots } from './render-slots.ts';
import type { CountLookup } from '../metrics/server-metrics.ts';

// Pages are kept for a minute at most: long enough that a crowd on the same
// page costs one render, short enough to bound anything the key misses.
const PAGE_CACHE = { maxBytes: 16 * 2 ** 20, ttlMs: 60_000 };
// Renders run on the thread that answers every request: a few at a time keep
// it free for the rest, and a short queue absorbs bursts; a reader is told at
// once, rather than after a long wait, when the server cannot keep up.
const RENDER_SLOTS: RenderSlotLimits = { concurrency: 4, queue: 32, maxWaitMs: 2000 };
const RETRY_AFTER_SECONDS = 1;

class AppNotBuilt extends Error {}

type PageRoutesOptions = {
  repository: () => ArticleRepository;
  distDir: string;
  publicUrl?: string;
  allowedHosts?: readonly string[];
  /** Answers the app's API requests while the server renders a page, without a network hop. */
  api: (request: Request) => Promise<Response>;
  logError: (error: unknown, message: string) => void;
  /** How many renders run at once and wait (tests make them small). */
  renderSlots?: RenderSlotLimits;
  /** The script that starts the app, written into each page (readBootScript). */
  boot?: BootScript;
  countLookup?: CountLookup;
  /** How long a shared cache may keep a page (CACHE_SECONDS). */
  cacheSeconds?: number;
};

/**
 * Answers every app URL with index.html whose <head> describes that URL (so
 * link previews and crawlers, which run no JavaScript, see the right title,
 * description and image) and whose body already holds the rendered first view
 * and its data, so the page paints before any script runs. Unknown articles,
 * forums and topics get a 404 and the app's not-found page; a renamed
 * article's old URL, a permanent redirect to its page.
 */
export function pageRoutes({
  repository,
  distDir,
  publicUrl,
  allowedHosts,
  api,
  logError,
  renderSlots = RENDER_SLOTS,
  boot,
  countLookup,
  cacheSeconds,
}: PageRoutesOptions): Hono {
  const routes = new Hono();
  const shell = createAppShell(distDir, boot);

  const cache = createPageCache({ ...PAGE_CACHE, countLookup });
  const inSlot = createRenderSlots(renderSlots);

  /** The whole document of one URL: head, first view and its data; `keep` when it may be shared. */
  async function renderDocument(url: URL, match: PageMatch | undefined, origin: string) {
    let meta = resolvePageMeta(url.pathname, url.search, repository(), match);
    let rendered: Awaited<ReturnType<typeof renderPage>>;
    let failed = false;
    if (meta.status === 200) {
      rendered = await renderPage(new Request(url), api, origin).catch((error: unknown) => {
        logError(error, 'Rendering failed; the browser will render the page instead.');
        failed = true;
        return undefined;
      });
    }
    if (rendered && isPastLastPage(rendered.state)) meta = notFoundMeta(meta);
    const shown = shell({
      head: renderHead(meta, origin),
      lang: LOCALES[meta.lang].html,
      appHtml: rendered?.html,
      page: match?.id,
    });
    if (shown === undefined) throw new AppNotBuilt();
    // Data, not code: the strict content security policy allows no inline script.
    const html = rendered
      ? shown.replace(
          '</body>',
          () => `<script type="application/json" id="app-state">${jsonForScript(rendered.state)}</script></body>`,
        )
      : shown;
    // Only a page found and rendered may be kept by caches in front, so only
    // it is tagged. The tag names what the page shows. Its data also says when
    // each query was answered, which changes with every render, and would make
    // every render look like a new page to a cache asking with If-None-Match.
    const etag = !failed && meta.status === 200 ? weakTag(`${meta.status}\n${shown}`) : undefined;
    return { page: { status: meta.status, body: encodedBody(html), etag }, keep: !failed };
  }

  routes.get('*', async (c: Context) => {
    const url = new URL(c.req.url);
    const match = matchPage(url.pathname);
    const renamed = renamedArticlePath(match, repository());
    if (renamed) {
      // Kept, but asked again each time: an editor may undo the rename.
      c.header('Cache-Control', 'no-cache');
      return c.redirect(`${renamed}${url.search}`, 301);
    }
    const origin = requestOrigin(c, { publicUrl, allowedHosts });
    // The page as the app shows it: its path and the parameters it reads, nothing else.
    const shown = pageUrl(url);
    const render = () => inSlot(() => renderDocument(shown, match, origin));
    // An unpublished article: kept by no cache, indexed by no search engine. (Its secret
    // address leaves the site in no Referer: the policy sends other sites the origin only.)
    const preview = match?.id === 'preview';
    let page: RenderedPage;
    try {
      page = preview
        ? (await render()).page
        : await cache.get(`${repository().version}\n${origin}\n${shown.pathname}${shown.search}`, render);
    } catch (error) {
      if (error instanceof AppNotBuilt) return c.text('The app is not built yet. Run "npm run build".', 503);
      if (!(error instanceof RenderersBusy)) throw error;
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      c.header('Cache-Control', 'no-store');
      return c.html(busyPage(splitLangPath(url.pathname).lang), 503);
    }
    c.header('Vary', 'Accept-Encoding', { append: true });
    if (preview) {
      c.header('Cache-Control', 'private, no-store');
      c.header('X-Robots-Tag', 'noindex, nofollow');
    } else if (page.etag) {
      c.header('Cache-Control', pageCacheControl(repository(), cacheSeconds));
      c.header('ETag', page.etag);
      const asked = askedTags(c.req.header('If-None-Match'));
      if (asked.includes('*') || namesTag(asked, page.etag)) return c.body(null, 304);
    } else {
      // A 404, or a page whose render failed (the browser renders it): asked for again each time.
      c.header('Cache-Control', 'no-cache');
    }
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    c.header('Content-Type', 'text/html; charset=UTF-8');
    if (encoding) c.header('Content-Encoding', encoding);
    return c.body(bodyIn(page.body, encoding), page.status);
  });
  return routes;
}
