import { type Context, Hono } from 'hono';
import { SITE_DESCRIPTION, SITE_NAME } from '../../src/shared/site.ts';
import { PAGES, PAGE_IDS, type PageId, pagePath } from '../../src/shared/pages.ts';
import type { ArticleRepository } from '../db/article-repository.ts';
import { buildRssFeed, FEED_SIZE } from './build-feed.ts';
import { type SitemapEntry, buildSitemap } from './build-sitemap.ts';

/** The feed of a forum's or topic's articles. */
export const feedPath = (kind: 'forum' | 'topic', slug: string) => `${pagePath(kind, { [kind]: slug })}/feed.xml`;

/** Which URLs of each kind of page search engines should know; search results are not for indexing. */
const SITEMAP: Record<PageId, (articles: ArticleRepository) => SitemapEntry[]> = {
  home: () => [{ path: pagePath('home') }],
  forum: (articles) => articles.listForums().map(({ slug }) => ({ path: pagePath('forum', { forum: slug }) })),
  topic: (articles) => articles.listTopics().map(({ slug }) => ({ path: pagePath('topic', { topic: slug }) })),
  search: () => [],
  article: (articles) =>
    articles
      .listSitemapEntries()
      .map(({ slug, updatedAt }) => ({ path: pagePath('article', { slug }), lastModified: updatedAt })),
};

type FeedRoutesOptions = { repository: () => ArticleRepository; publicUrl?: string };

const XML_CACHE = 'public, max-age=300';

/** RSS feeds for the site, each forum and each topic; the sitemap; robots.txt. */
export function feedRoutes({ repository, publicUrl }: FeedRoutesOptions): Hono {
  const routes = new Hono();
  const originOf = (c: Context) => publicUrl ?? new URL(c.req.url).origin;
  const xml = (c: Context, body: string, type: string) =>
    c.body(body, 200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': XML_CACHE });
  const latest = (filters: { forum?: string; topic?: string }) =>
    repository().listArticles({ page: 1, pageSize: FEED_SIZE, ...filters }).items;

  routes.get('/feed.xml', (c) =>
    xml(
      c,
      buildRssFeed(
        { title: SITE_NAME, description: SITE_DESCRIPTION, pagePath: '/', feedPath: '/feed.xml', items: latest({}) },
        originOf(c),
      ),
      'application/rss+xml',
    ),
  );

  for (const kind of ['forum', 'topic'] as const) {
    routes.get(`${PAGES[kind].path}/feed.xml`, (c) => {
      const slug = c.req.param(kind);
      const articles = repository();
      const entry = kind === 'forum' ? articles.getForum(slug) : articles.getTopic(slug);
      if (!entry) return c.text('Not found', 404);
      const feed = buildRssFeed(
        {
          title: `${SITE_NAME}: ${entry.name}`,
          description: entry.description,
          pagePath: pagePath(kind, { [kind]: slug }),
          feedPath: feedPath(kind, slug),
          items: latest({ [kind]: slug }),
        },
        originOf(c),
      );
      return xml(c, feed, 'application/rss+xml');
    });
  }

  routes.get('/sitemap.xml', (c) => {
    const articles = repository();
    const entries = PAGE_IDS.flatMap((id) => SITEMAP[id](articles));
    return xml(c, buildSitemap(entries, originOf(c)), 'application/xml');
  });

  routes.get('/robots.txt', (c) =>
    c.text(`User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${originOf(c)}/sitemap.xml\n`, 200, {
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  return routes;
}
