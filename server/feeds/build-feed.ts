import { Feed } from 'feed';
import type { ArticleSummary } from '../../src/shared/contract.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../../src/shared/site.ts';

export const FEED_SIZE = 50;

type FeedInput = { title: string; description: string; pagePath: string; feedPath: string; items: ArticleSummary[] };

/** An RSS 2.0 feed of articles, with absolute links built from `origin`. */
export function buildRssFeed({ title, description, pagePath, feedPath, items }: FeedInput, origin: string): string {
  const absolute = (path: string) => new URL(path, origin).href;
  const feed = new Feed({
    id: absolute(pagePath),
    title,
    description: description || SITE_DESCRIPTION,
    link: absolute(pagePath),
    language: 'en',
    image: absolute('/icon-512.png'),
    favicon: absolute('/favicon.svg'),
    copyright: `World Internet of Things Convention (WIOTC)`,
    updated: items[0] ? new Date(items[0].updatedAt) : undefined,
    generator: SITE_NAME,
    feedLinks: { rss: absolute(feedPath) },
  });
  for (const article of items) {
    const link = absolute(`/news/${article.slug}`);
    feed.addItem({
      title: article.title,
      id: link,
      link,
      description: article.summary,
      date: new Date(article.updatedAt),
      published: new Date(article.publishedAt),
      author: [{ name: article.author }],
      category: [article.forum, ...article.topics].map((entry) => ({ name: entry.name })),
    });
  }
  return feed.rss2();
}
