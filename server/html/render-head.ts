import { absoluteUrl } from '../../src/shared/canonical.ts';
import { LOCALES } from '../../src/shared/languages.ts';
import { documentTitle } from '../../src/shared/pages.ts';
import { messagesFor } from '../lib/catalogs.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { hreflangLinks } from '../lib/alternates.ts';
import type { PageMeta } from './page-meta.ts';

/** JSON inside <script>: "<" is escaped so "</script>" in content cannot end the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function newsArticleJsonLd(meta: PageMeta, siteName: string, absolute: (path: string) => string) {
  const summary = meta.article!.summary;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    inLanguage: LOCALES[meta.lang].html,
    headline: summary.title,
    description: summary.summary,
    datePublished: summary.publishedAt,
    dateModified: summary.updatedAt,
    image: [absolute(meta.image.path)],
    articleSection: summary.forum.name,
    keywords: summary.topics.map((topic) => topic.name),
    author: { '@type': 'Organization', name: summary.author },
    publisher: {
      '@type': 'Organization',
      name: siteName,
      logo: { '@type': 'ImageObject', url: absolute('/icon-512.png'), width: 512, height: 512 },
    },
    mainEntityOfPage: { '@type': 'WebPage', '@id': absolute(meta.canonicalPath) },
  };
}

/** The <head> tags for one page. Every value is escaped; `origin` makes URLs absolute. */
export function renderHead(meta: PageMeta, origin: string): string {
  const absolute = (path: string) => absoluteUrl(origin, path);
  const messages = messagesFor(meta.lang);
  const siteName = messages.site.name;
  const title = documentTitle(meta.title, messages);
  const tag = (name: string, attributes: Record<string, string>) =>
    `<${name} ${Object.entries(attributes)
      .map(([key, value]) => `${key}="${escapeHtml(value)}"`)
      .join(' ')}>`;
  const property = (key: string, content: string) => tag('meta', { property: key, content });
  const named = (key: string, content: string) => tag('meta', { name: key, content });
  const summary = meta.article?.summary;

  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    named('description', meta.description),
    tag('link', { rel: 'canonical', href: absolute(meta.canonicalPath) }),
    meta.noindex ? named('robots', 'noindex, follow') : '',
    ...hreflangLinks(meta.alternates).map(({ hreflang, path }) =>
      tag('link', { rel: 'alternate', hreflang, href: absolute(path) }),
    ),
    ...meta.feeds.map((feed) =>
      tag('link', { rel: 'alternate', type: 'application/rss+xml', title: feed.title, href: absolute(feed.path) }),
    ),
    property('og:site_name', siteName),
    property('og:locale', LOCALES[meta.lang].ogLocale),
    ...meta.alternates
      .filter((alternate) => alternate.lang !== meta.lang)
      .map((alternate) => property('og:locale:alternate', LOCALES[alternate.lang].ogLocale)),
    property('og:type', summary ? 'article' : 'website'),
    property('og:title', meta.title || siteName),
    property('og:description', meta.description),
    property('og:url', absolute(meta.canonicalPath)),
    property('og:image', absolute(meta.image.path)),
    property('og:image:width', String(meta.image.width)),
    property('og:image:height', String(meta.image.height)),
    property('og:image:alt', meta.image.alt),
    ...(summary
      ? [
          property('article:published_time', summary.publishedAt),
          property('article:modified_time', summary.updatedAt),
          property('article:section', summary.forum.name),
          ...summary.topics.map((topic) => property('article:tag', topic.name)),
        ]
      : []),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.title || siteName),
    named('twitter:description', meta.description),
    named('twitter:image', absolute(meta.image.path)),
    named('twitter:image:alt', meta.image.alt),
    summary
      ? `<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(meta, siteName, absolute))}</script>`
      : '',
  ];
  return tags.filter(Boolean).join('\n    ');
}
