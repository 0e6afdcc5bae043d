import { canonicalPath } from '../../src/shared/canonical.ts';
import type { ArticleSummary } from '../../src/shared/contract.ts';
import { type ListParams, readListParams } from '../../src/shared/list-params.ts';
import { type PageId, type PageMatch, matchPage, pageTitle } from '../../src/shared/pages.ts';
import { SITE_DESCRIPTION } from '../../src/shared/site.ts';
import type { ArticleRepository } from '../db/article-repository.ts';
import { SITE_CARD_PATH, SOCIAL_CARD_SIZE } from '../content/social-card.ts';
import { feedPath } from '../feeds/feed-routes.ts';

export type FeedLink = { title: string; path: string };

/** Everything the <head> of one URL says about it, before it is written out as tags. */
export type PageMeta = {
  status: 200 | 404;
  /** The page's own title; the site name is added when it is written. */
  title: string;
  description: string;
  canonicalPath: string;
  noindex?: boolean;
  image: { path: string; width: number; height: number; alt: string };
  feeds: FeedLink[];
  article?: { summary: ArticleSummary };
};

const SITE_FEED: FeedLink = { title: 'WIOTC News Center: latest news', path: '/feed.xml' };
const SITE_IMAGE = { path: SITE_CARD_PATH, ...SOCIAL_CARD_SIZE, alt: 'WIOTC News Center' };

type PageFacts = { params: PageMatch['params']; list: ListParams; articles: ArticleRepository };
/** The head of one kind of page; undefined when what the URL names does not exist. */
type HeadResolver = (
  facts: PageFacts,
) => (Omit<PageMeta, 'status' | 'canonicalPath' | 'image'> & Partial<Pick<PageMeta, 'image'>>) | undefined;

function taxonomyHead(kind: 'forum' | 'topic'): HeadResolver {
  return ({ params, list, articles }) => {
    const find = (which: 'forum' | 'topic', slug: string | undefined) =>
      slug === undefined ? undefined : which === 'forum' ? articles.getForum(slug) : articles.getTopic(slug);
    const entry = find(kind, params[kind]);
    if (!entry) return undefined;
    const other = kind === 'forum' ? 'topic' : 'forum';
    return {
      title: pageTitle(kind, { name: entry.name, narrowedBy: find(other, list[other])?.name, page: list.page }),
      description: entry.description,
      feeds: [{ title: `WIOTC News Center: ${entry.name}`, path: feedPath(kind, entry.slug) }, SITE_FEED],
    };
  };
}

const HEADS: Record<PageId, HeadResolver> = {
  home: ({ list }) => ({ title: pageTitle('home', list), description: SITE_DESCRIPTION, feeds: [SITE_FEED] }),
  forum: taxonomyHead('forum'),
  topic: taxonomyHead('topic'),
  search: ({ list }) => ({
    title: pageTitle('search', list),
    description: 'Search every article of the WIOTC News Center.',
    noindex: true,
    feeds: [SITE_FEED],
  }),
  article: ({ params, articles }) => {
    const share = params.slug === undefined ? undefined : articles.getShareInfo(params.slug);
    if (!share) return undefined;
    const { summary } = share;
    return {
      title: pageTitle('article', { headline: summary.title }),
      description: summary.summary,
      image: { path: share.cardSrc, ...SOCIAL_CARD_SIZE, alt: summary.title },
      feeds: [
        SITE_FEED,
        { title: `WIOTC News Center: ${summary.forum.name}`, path: feedPath('forum', summary.forum.slug) },
      ],
      article: { summary },
    };
  },
};

/** Works out the title, description, image and status of any app URL, from the shared route table. */
export function resolvePageMeta(pathname: string, search: string, articles: ArticleRepository): PageMeta {
  const match = matchPage(pathname);
  const head =
    match && HEADS[match.id]({ params: match.params, list: readListParams(new URLSearchParams(search)), articles });
  if (!head) {
    return {
      status: 404,
      title: pageTitle('not-found'),
      description: SITE_DESCRIPTION,
      canonicalPath: pathname,
      noindex: true,
      image: SITE_IMAGE,
      feeds: [SITE_FEED],
    };
  }
  return { status: 200, canonicalPath: canonicalPath(pathname, search), image: SITE_IMAGE, ...head };
}
