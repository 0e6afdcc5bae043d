import { type Context, Hono } from 'hono';
import { SITE_DESCRIPTION, SITE_NAME } from '../../src/shared/site.ts';
import type { ArticleRepository } from '../db/article-repository.ts';
import { buildRssFeed, FEED_SIZE } from './build-feed.ts';
import { buildSitemap } from './build-sitemap.ts';

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

  for (const section of ['forums', 'topics'] as const) {
    routes.get(`/${section}/:slug/feed.xml`, (c) => {
      const slug = c.req.param('slug');
      const articles = repository();
      const entry = section === 'forums' ? articles.getForum(slug) : articles.getTopic(slug);
      if (!entry) return c.text('Not found', 404);
      const filters = section === 'forums' ? { forum: slug } : { topic: slug };
      const feed = buildRssFeed(
        {
          title: `${SITE_NAME}: ${entry.name}`,
          description: entry.description,
          pagePath: `/${section}/${slug}`,
          feedPath: `/${section}/${slug}/feed.xml`,
          items: latest(filters),
        },
        originOf(c),
      );
      return xml(c, feed, 'application/rss+xml');
    });
  }

  routes.get('/sitemap.xml', (c) => {
    const articles = repository();
    const entries = [
      { path: '/' },
      ...articles.listForums().map((forum) => ({ path: `/forums/${forum.slug}` })),
      ...articles.listTopics().map((topic) => ({ path: `/topics/${topic.slug}` })),
      ...articles.listSitemapEntries().map((entry) => ({ path: `/news/${entry.slug}`, lastModified: entry.updatedAt })),
    ];
    return xml(c, buildSitemap(entries, originOf(c)), 'application/xml');
  });

  routes.get('/robots.txt', (c) =>
    c.text(`User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${originOf(c)}/sitemap.xml\n`, 200, {
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  return routes;
}
