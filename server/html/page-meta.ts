import { canonicalPath } from '../../src/shared/canonical.ts';
import { readListParams } from '../../src/shared/list-params.ts';
import { SITE_DESCRIPTION } from '../../src/shared/site.ts';
import type { ArticleSummary } from '../../src/shared/contract.ts';
import type { ArticleRepository } from '../db/article-repository.ts';
import { SITE_CARD_PATH, SOCIAL_CARD_SIZE } from '../content/social-card.ts';

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

const pageSuffix = (page: number) => (page > 1 ? `, page ${page}` : '');

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function notFound(pathname: string): PageMeta {
  return {
    status: 404,
    title: 'Page not found',
    description: SITE_DESCRIPTION,
    canonicalPath: pathname,
    noindex: true,
    image: SITE_IMAGE,
    feeds: [SITE_FEED],
  };
}

/** Works out the title, description, image and status of any app URL. */
export function resolvePageMeta(pathname: string, search: string, articles: ArticleRepository): PageMeta {
  const params = readListParams(new URLSearchParams(search));
  const base = { status: 200 as const, canonicalPath: canonicalPath(pathname, search), image: SITE_IMAGE };
  const [, section, rawSlug, extra] = pathname.split('/');
  const slug = rawSlug === undefined ? undefined : decodeSegment(rawSlug);

  if (pathname === '/') {
    return {
      ...base,
      title: params.page > 1 ? `Latest news${pageSuffix(params.page)}` : '',
      description: SITE_DESCRIPTION,
      feeds: [SITE_FEED],
    };
  }
  if (pathname === '/search') {
    return {
      ...base,
      title: params.q ? `Search: ${params.q}` : 'Search',
      description: 'Search every article of the WIOTC News Center.',
      noindex: true,
      feeds: [SITE_FEED],
    };
  }
  if (slug === undefined || extra !== undefined) return notFound(pathname);

  if (section === 'news') {
    const share = articles.getShareInfo(slug);
    if (!share) return notFound(pathname);
    const { summary } = share;
    return {
      ...base,
      title: summary.title,
      description: summary.summary,
      image: { path: share.cardSrc, ...SOCIAL_CARD_SIZE, alt: summary.title },
      feeds: [
        SITE_FEED,
        { title: `WIOTC News Center: ${summary.forum.name}`, path: `/forums/${summary.forum.slug}/feed.xml` },
      ],
      article: { summary },
    };
  }
  if (section === 'forums' || section === 'topics') {
    const entry = section === 'forums' ? articles.getForum(slug) : articles.getTopic(slug);
    if (!entry) return notFound(pathname);
    const narrowSlug = section === 'forums' ? params.topic : params.forum;
    const narrow = narrowSlug && (section === 'forums' ? articles.getTopic(narrowSlug) : articles.getForum(narrowSlug));
    return {
      ...base,
      title: `${entry.name}${narrow ? `: ${narrow.name}` : ''}${pageSuffix(params.page)}`,
      description: entry.description,
      feeds: [{ title: `WIOTC News Center: ${entry.name}`, path: `/${section}/${entry.slug}/feed.xml` }, SITE_FEED],
    };
  }
  return notFound(pathname);
}
