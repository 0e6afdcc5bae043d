import { absoluteUrl } from '../../src/shared/canonical.ts';
import type { ArticleSummary } from '../../src/shared/contract.ts';
import { LOCALES, type Lang } from '../../src/shared/languages.ts';
import { pagePath } from '../../src/shared/pages.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { messagesFor } from '../lib/catalogs.ts';
import { type XmlElement, writeXmlDocument } from './xml-document.ts';

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

const text = (name: string, value: string, attributes?: Record<string, string>): XmlElement => ({
  name,
  text: value,
  attributes,
});

function itemOf(article: ArticleSummary, absolute: (path: string) => string): XmlElement {
  const link = absolute(pagePath('article', { slug: article.slug }, article.lang));
  return {
    name: 'item',
    children: [
      text('title', article.title),
      text('link', link),
      text('guid', link, { isPermaLink: 'false' }),
      // RSS has no date of change per item: pubDate is the publication, so a corrected story is not announced as new.
      text('pubDate', new Date(article.publishedAt).toUTCString()),
      // Feed readers show a description as HTML; the summary is plain text, and shows as the text it is.
      text('description', escapeHtml(article.summary)),
      text('author', article.author),
      ...[article.forum, ...article.topics].map((entry) => text('category', entry.name)),
    ],
  };
}

/** An RSS 2.0 feed of articles in one language, with absolute links built from `origin`. */
export function buildRssFeed(
  { lang, title, description, pagePath: page, feedPath, items }: FeedInput,
  origin: string,
): string {
  const absolute = (path: string) => absoluteUrl(origin, path);
  const messages = messagesFor(lang);
  const updated = lastUpdate(items);
  const channel: XmlElement[] = [
    text('title', title),
    text('link', absolute(page)),
    text('description', description || messages.site.description),
    ...(updated ? [text('lastBuildDate', updated.toUTCString())] : []),
    text('docs', 'https://validator.w3.org/feed/docs/rss2.html'),
    text('generator', messages.site.name),
    text('language', LOCALES[lang].rss),
    {
      name: 'image',
      children: [text('title', title), text('url', absolute('/icon-512.png')), text('link', absolute(page))],
    },
    text('copyright', 'World Internet of Things Convention (WIOTC)'),
    {
      name: 'atom:link',
      attributes: { href: absolute(feedPath), rel: 'self', type: 'application/rss+xml' },
    },
    ...items.map((article) => itemOf(article, absolute)),
  ];
  return writeXmlDocument({
    name: 'rss',
    attributes: { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom' },
    children: [{ name: 'channel', children: channel }],
  });
}
