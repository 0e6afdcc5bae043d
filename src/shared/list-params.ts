import type { ArticleListQuery } from './contract.ts';
import { QUERY_MAX_LENGTH } from './limits.ts';
import { isSlug } from './slug.ts';

/** An order a reader can choose for search results; relevance, the default, is no `sort` at all. */
export type ListSort = Exclude<NonNullable<ArticleListQuery['sort']>, 'relevance'>;

/** What a list view shows, as read from its URL. */
export type ListParams = {
  page: number;
  q: string;
  forum?: string;
  topic?: string;
  languages?: 'all';
  sort?: ListSort;
};

/**
 * Reads page, search text, forum, topic and order from a URL's query string.
 * Values a reader may have mangled by hand fall back to defaults instead of failing.
 */
export function readListParams(search: URLSearchParams): ListParams {
  const pageText = search.get('page') ?? '';
  const page = /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  const q = (search.get('q') ?? '').trim().slice(0, QUERY_MAX_LENGTH);
  const slug = (name: string) => {
    const value = search.get(name) ?? '';
    return isSlug(value) ? value : undefined;
  };
  const languages = search.get('languages') === 'all' ? 'all' : undefined;
  const sortText = search.get('sort');
  const sort = sortText === 'newest' || sortText === 'oldest' ? sortText : undefined;
  return { page, q, forum: slug('forum'), topic: slug('topic'), languages, sort };
}

/**
 * The query string for a list view, leaving out defaults so that every state
 * has one canonical URL (page 1 is no `page` at all).
 */
export function listSearch(params: Partial<ListParams>): string {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.forum) search.set('forum', params.forum);
  if (params.topic) search.set('topic', params.topic);
  if (params.languages) search.set('languages', params.languages);
  if (params.sort) search.set('sort', params.sort);
  if (params.page && params.page > 1) search.set('page', String(params.page));
  const text = search.toString();
  return text ? `?${text}` : '';
}
