import { type Context, Hono } from 'hono';
import { LANGS, type Lang, localizePath } from '../../src/shared/languages.ts';
import { PAGES, PAGE_IDS, type PageId, pagePath, readEditionYear } from '../../src/shared/pages.ts';
import type { ArticleRepository } from '../db/article-repository.ts';
import { type OriginSettings, requestOrigin } from '../http/request-origin.ts';
import { type Alternate, articleAlternates, hreflangLinks } from '../lib/alternates.ts';
import { messagesFor } from '../lib/catalogs.ts';
import { buildRssFeed, FEED_SIZE } from './build-feed.ts';
import { feedPath } from './feed-paths.ts';
import { type SitemapEntry, buildSitemap } from './build-sitemap.ts';

/** Each version of a page, listed with all its versions as alternates. */
function withAlternates(versions: Alternate[]): SitemapEntry[] {
  const alternates = hreflangLinks(versions);
  return versions.map(({ path }) => ({ path, alternates }));
}

/** A page that exists in every language. */
const everyLanguage = (id: PageId, params: Record<string, string> = {}) =>
  withAlternates(LANGS.map((lang) => ({ lang, path: pagePath(id, params, lang) })));

/** Which URLs of each kind of page search engines should know; search results are not for indexing. */
const SITEMAP: Record<PageId, (articles: ArticleRepository) => SitemapEntry[]> = {
  home: () => everyLanguage('home'),
  forum: (articles) => articles.listForums().items.flatMap(({ slug }) => everyLanguage('forum', { forum: slug })),
  topic: (articles) => articles.listTopics().items.flatMap(({ slug }) => everyLanguage('topic', { topic: slug })),
  search: () => [],
  // A preview's address is a secret, and the page is not for search engines.
  preview: () => [],
  // Each year in the languages that have articles from it.
  edition: (articles) =>
    articles.listEditions({ languages: 'all' }).items.flatMap(({ year }) =>
      withAlternates(
        LANGS.filter((lang) => articles.editionTotal(lang, year) > 0).map((lang) => ({
          lang,
          path: pagePath('edition', { year: String(year) }, lang),
        })),
      ),
    ),
  about: () => everyLanguage('about'),
  accessibility: () => everyLanguage('accessibility'),
  // Each article once, from its own entry; its translations have entries of their own.
  article: (articles) =>
    articles.listSitemapArticles().map((article) => {
      const alternates = hreflangLinks(articleAlternates(article, article.translations));
      return {
        path: pagePath('article', { slug: article.slug }, article.lang),
        lastModified: article.updatedAt,
        alternates,
      };
    }),
};

type FeedRoutesOptions = { repository: () => ArticleRepository } & OriginSettings;

// Five minutes, or until the next scheduled article appears if that is sooner.
const xmlCacheControl = (articles: ArticleRepository) => `public, max-age=${articles.freshFor(300)}`;

/** RSS feeds for the site, each forum, each topic and each year, in each language; the sitemap; robots.txt. */
export function feedRoutes({ repository, ...origins }: FeedRoutesOptions): Hono {
  const routes = new Hono();
  const originOf = (c: Context) => requestOrigin(c, origins);
  const xml = (c: Context, body: string, type: string) =>
    c.body(body, 200, {
      'Content-Type': `${type}; charset=utf-8`,
      'Cache-Control': xmlCacheControl(repository()),
    });
  const latest = (lang: Lang, filters: { forum?: string; topic?: string; year?: number }) =>
    repository().listArticles({ lang, page: 1, pageSize: FEED_SIZE, ...filters }).items;

  for (const lang of LANGS) {
    const messages = messagesFor(lang);
    const siteFeedPath = localizePath(lang, '/feed.xml');
    routes.get(siteFeedPath, (c) => {
      const feed = buildRssFeed(
        {
          lang,
          title: messages.site.name,
          description: messages.site.description,
          pagePath: pagePath('home', {}, lang),
          feedPath: siteFeedPath,
          items: latest(lang, {}),
        },
        originOf(c),
      );
      return xml(c, feed, 'application/rss+xml');
    });

    for (const kind of ['forum', 'topic'] as const) {
      routes.get(`${localizePath(lang, PAGES[kind].path)}/feed.xml`, (c) => {
        const slug = c.req.param(kind) ?? '';
        const articles = repository();
        const entry = kind === 'forum' ? articles.getForum(lang, slug) : articles.getTopic(lang, slug);
        if (!entry) return c.text('Not found', 404);
        const feed = buildRssFeed(
          {
            lang,
            title: messages.feeds.of(entry.name),
            description: entry.description,
            pagePath: pagePath(kind, { [kind]: slug }, lang),
            feedPath: feedPath(kind, slug, lang),
            items: latest(lang, { [kind]: slug }),
          },
          originOf(c),
        );
        return xml(c, feed, 'application/rss+xml');
      });
    }

    routes.get(`${localizePath(lang, PAGES.edition.path)}/feed.xml`, (c) => {
      const year = readEditionYear(c.req.param('year'));
      if (year === undefined || repository().editionTotal(lang, year) === 0) return c.text('Not found', 404);
      const feed = buildRssFeed(
        {
          lang,
          title: messages.feeds.of(messages.titles.edition(year)),
          description: messages.editions.description(year),
          pagePath: pagePath('edition', { year: String(year) }, lang),
          feedPath: feedPath('edition', String(year), lang),
          items: latest(lang, { year }),
        },
        originOf(c),
      );
      return xml(c, feed, 'application/rss+xml');
    });
  }

  // Reading every article costs most of a second at 100,000, and the answer
  // changes only with an import: it is made once per database (and origin).
  let sitemap = { key: '', body: '' };
  routes.get('/sitemap.xml', (c) => {
    const articles = repository();
    const key = `${articles.version}\n${originOf(c)}`;
    if (sitemap.key !== key) {
      const entries = PAGE_IDS.flatMap((id) => SITEMAP[id](articles));
      sitemap = { key, body: buildSitemap(entries, originOf(c)) };
    }
    return xml(c, sitemap.body, 'application/xml');
  });

  routes.get('/robots.txt', (c) =>
    c.text(`User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${originOf(c)}/sitemap.xml\n`, 200, {
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  return routes;
}
