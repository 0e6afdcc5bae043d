import { Feed } from 'feed';
import type { ArticleSummary } from '../../src/shared/contract.ts';
import { LOCALES, type Lang } from '../../src/shared/languages.ts';
import { pagePath } from '../../src/shared/pages.ts';
import { messagesFor } from '../lib/catalogs.ts';

export const FEED_SIZE = 50;

type FeedInput = {
  lang: Lang;
  title: string;
  description: string;
  pagePath: string;
  feedPath: string;
  items: ArticleSummary[];
};

/** When the feed last changed: an older article's correction changes it as much as a new article does. */
function lastUpdate(items: ArticleSummary[]): Date | undefined {
  const times = items.map((article) => Date.parse(article.updatedAt));
  return times.length > 0 ? new Date(Math.max(...times)) : undefined;
}

/** An RSS 2.0 feed of articles in one language, with absolute links built from `origin`. */
export function buildRssFeed(
  { lang, title, description, pagePath: page, feedPath, items }: FeedInput,
  origin: string,
): string {
  const absolute = (path: string) => new URL(path, origin).href;
  const messages = messagesFor(lang);
  const feed = new Feed({
    id: absolute(page),
    title,
    description: description || messages.site.description,
    link: absolute(page),
    language: LOCALES[lang].rss,
    image: absolute('/icon-512.png'),
    favicon: absolute('/favicon.svg'),
    copyright: `World Internet of Things Convention (WIOTC)`,
    updated: lastUpdate(items),
    generator: messages.site.name,
    feedLinks: { rss: absolute(feedPath) },
  });
  for (const article of items) {
    const link = absolute(pagePath('article', { slug: article.slug }, article.lang));
    feed.addItem({
      title: article.title,
      id: link,
      link,
      description: article.summary,
      // RSS has no date of change per item: pubDate is the publication, so a corrected story is not announced as new.
      date: new Date(article.updatedAt),
      published: new Date(article.publishedAt),
      author: [{ name: article.author }],
      category: [article.forum, ...article.topics].map((entry) => ({ name: entry.name })),
    });
  }
  return feed.rss2();
}
