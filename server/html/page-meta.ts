import { canonicalPath, normalisePath } from '../../src/shared/canonical.ts';
import type { ArticleSummary } from '../../src/shared/contract.ts';
import { type Lang, localizePath, splitLangPath } from '../../src/shared/languages.ts';
import { type ListParams, readListParams } from '../../src/shared/list-params.ts';
import {
  type PageId,
  type PageMatch,
  matchPage,
  pagePath,
  pageTitle,
  readEditionYear,
} from '../../src/shared/pages.ts';
import type { ArticleRepository } from '../db/article-repository.ts';
import { SITE_CARD_PATH, SOCIAL_CARD_SIZE } from '../content/social-card.ts';
import { feedPath } from '../feeds/feed-paths.ts';
import { type ServerMessages, messagesFor } from '../lib/catalogs.ts';
import { type Alternate, articleAlternates, listAlternates } from '../lib/alternates.ts';

export type FeedLink = { title: string; path: string };

/** Everything the <head> of one URL says about it, before it is written out as tags. */
export type PageMeta = {
  status: 200 | 404;
  /** The page's language: its text, its <html lang> and its feeds. */
  lang: Lang;
  /** The page's own title; the site name is added when it is written. */
  title: string;
  description: string;
  canonicalPath: string;
  /** The page in each language it exists in, itself included; none for a 404. */
  alternates: Alternate[];
  noindex?: boolean;
  image: { path: string; width: number; height: number; alt: string };
  feeds: FeedLink[];
  article?: { summary: ArticleSummary };
};

type PageFacts = {
  lang: Lang;
  messages: ServerMessages;
  params: PageMatch['params'];
  list: ListParams;
  articles: ArticleRepository;
  /** The page in every language, for pages that exist in all of them. */
  everyLanguage: Alternate[];
};
/** The head of one kind of page; undefined when what the URL names does not exist in the page's language. */
type HeadResolver = (
  facts: PageFacts,
) =>
  | (Omit<PageMeta, 'status' | 'lang' | 'canonicalPath' | 'image'> & Partial<Pick<PageMeta, 'image' | 'canonicalPath'>>)
  | undefined;

const siteFeed = (lang: Lang, messages: ServerMessages): FeedLink => ({
  title: messages.feeds.latest,
  path: localizePath(lang, '/feed.xml'),
});

function taxonomyHead(kind: 'forum' | 'topic'): HeadResolver {
  return ({ lang, messages, params, list, articles, everyLanguage }) => {
    const find = (which: 'forum' | 'topic', slug: string | undefined) =>
      slug === undefined
        ? undefined
        : which === 'forum'
          ? articles.getForum(lang, slug)
          : articles.getTopic(lang, slug);
    const entry = find(kind, params[kind]);
    if (!entry) return undefined;
    const other = kind === 'forum' ? 'topic' : 'forum';
    const facts = { name: entry.name, narrowedBy: find(other, list[other])?.name, page: list.page };
    return {
      title: pageTitle(kind, facts, messages),
      description: entry.description,
      alternates: everyLanguage,
      feeds: [
        { title: messages.feeds.of(entry.name), path: feedPath(kind, entry.slug, lang) },
        siteFeed(lang, messages),
      ],
    };
  };
}

/**
 * An edition exists in the languages that have articles from its year; a
 * forum or topic in the query that does not exist makes the page a 404, as
 * its list is.
 */
const editionHead: HeadResolver = ({ lang, messages, params, list, articles, everyLanguage }) => {
  const year = readEditionYear(params.year);
  if (year === undefined || articles.editionTotal(lang, year) === 0) return undefined;
  const forum = list.forum === undefined ? undefined : articles.getForum(lang, list.forum);
  const topic = list.topic === undefined ? undefined : articles.getTopic(lang, list.topic);
  if ((list.forum && !forum) || (list.topic && !topic)) return undefined;
  const filters = [forum?.name, topic?.name].filter((name) => name !== undefined);
  return {
    title: pageTitle('edition', { year, filters, page: list.page }, messages),
    description: messages.editions.description(year),
    alternates: everyLanguage.filter((version) => articles.editionTotal(version.lang, year) > 0),
    feeds: [
      { title: messages.feeds.of(messages.titles.edition(year)), path: feedPath('edition', String(year), lang) },
      siteFeed(lang, messages),
    ],
  };
};

const infoHead =
  (id: 'about' | 'accessibility'): HeadResolver =>
  ({ lang, messages, everyLanguage }) => ({
    title: pageTitle(id, {}, messages),
    description: messages.descriptions[id],
    alternates: everyLanguage,
    feeds: [siteFeed(lang, messages)],
  });

const HEADS: Record<PageId, HeadResolver> = {
  home: ({ lang, messages, list, everyLanguage }) => ({
    title: pageTitle('home', list, messages),
    description: messages.site.description,
    alternates: everyLanguage,
    feeds: [siteFeed(lang, messages)],
  }),
  forum: taxonomyHead('forum'),
  topic: taxonomyHead('topic'),
  search: ({ lang, messages, list, everyLanguage }) => ({
    title: pageTitle('search', list, messages),
    description: messages.descriptions.search,
    noindex: true,
    alternates: everyLanguage,
    feeds: [siteFeed(lang, messages)],
  }),
  // A Chinese URL of an article that exists only in English is a 404, and the other way round.
  article: ({ lang, messages, params, articles }) => {
    const share = params.slug === undefined ? undefined : articles.getShareInfo(lang, params.slug);
    return share && articleHead(lang, messages, share);
  },
  edition: editionHead,
  // The head the article's page will have, so its share card can be tried out, but never indexed.
  preview: ({ lang, messages, params, articles }) => {
    const preview = params.key === undefined ? undefined : articles.getPreview(params.key);
    if (!preview || preview.article.lang !== lang) return undefined;
    const { article, cardSrc } = preview;
    const head = articleHead(lang, messages, { summary: article, cardSrc, translations: article.translations });
    return { ...head, noindex: true, canonicalPath: pagePath('article', { slug: article.slug }, lang) };
  },
  about: infoHead('about'),
  accessibility: infoHead('accessibility'),
};

type ShareInfo = NonNullable<ReturnType<ArticleRepository['getShareInfo']>>;

/** An article's head: its title, description, share card, language versions and feeds. */
function articleHead(lang: Lang, messages: ServerMessages, { summary, cardSrc, translations }: ShareInfo) {
  return {
    title: pageTitle('article', { headline: summary.title }, messages),
    description: summary.summary,
    alternates: articleAlternates(summary, translations),
    image: { path: cardSrc, ...SOCIAL_CARD_SIZE, alt: summary.title },
    feeds: [
      siteFeed(lang, messages),
      { title: messages.feeds.of(summary.forum.name), path: feedPath('forum', summary.forum.slug, lang) },
    ],
    article: { summary },
  };
}

/** Works out the language, title, description, image, alternates and status of any app URL, from the shared route table. */
export function resolvePageMeta(
  pathname: string,
  search: string,
  articles: ArticleRepository,
  // Given by a caller that has matched the path already: matching twice would warn twice about a malformed one.
  match: PageMatch | undefined = matchPage(pathname),
): PageMeta {
  // A URL that matches no page still shows its not-found page in the language of its prefix.
  const lang = match?.lang ?? splitLangPath(pathname).lang;
  const messages = messagesFor(lang);
  const siteImage = { path: SITE_CARD_PATH, ...SOCIAL_CARD_SIZE, alt: messages.site.name };
  const head =
    match &&
    HEADS[match.id]({
      lang,
      messages,
      params: match.params,
      list: readListParams(new URLSearchParams(search)),
      articles,
      everyLanguage: listAlternates(pathname, search),
    });
  if (!head) {
    return {
      status: 404,
      lang,
      title: pageTitle('not-found', {}, messages),
      description: messages.site.description,
      canonicalPath: normalisePath(pathname),
      alternates: [],
      noindex: true,
      image: siteImage,
      feeds: [siteFeed(lang, messages)],
    };
  }
  return { status: 200, lang, canonicalPath: canonicalPath(pathname, search, match), image: siteImage, ...head };
}
