import { type QueryClient, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { fetchFromApi } from './client.ts';
import type { Article, ArticleList, ArticleListQuery, ArticleSummary } from '../shared/contract.ts';

export type ArticleListParams = Partial<ArticleListQuery>;

// Every key starts with 'articles', so one invalidation refreshes them all.
export const articleKeys = {
  all: ['articles'] as const,
  lists: () => [...articleKeys.all, 'list'] as const,
  list: (params: ArticleListParams) => [...articleKeys.lists(), params] as const,
  details: () => [...articleKeys.all, 'detail'] as const,
  detail: (slug: string) => [...articleKeys.details(), slug] as const,
};

export function toSearchParams(params: ArticleListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search;
}

export function articleListQuery(params: ArticleListParams) {
  return queryOptions({
    queryKey: articleKeys.list(params),
    queryFn: ({ signal, client }) =>
      fetchFromApi('/articles', 'articleListSchema', { params: toSearchParams(params), signal, client }),
    placeholderData: keepPreviousData,
  });
}

export function articleQuery(slug: string) {
  return queryOptions({
    queryKey: articleKeys.detail(slug),
    queryFn: ({ signal, client }) =>
      fetchFromApi(`/articles/${encodeURIComponent(slug)}`, 'articleSchema', { signal, client }),
  });
}

/** The summary of an article from any list already in the cache, to show while its body loads. */
export function findCachedSummary(queryClient: QueryClient, slug: string): ArticleSummary | undefined {
  for (const [, list] of queryClient.getQueriesData<ArticleList>({ queryKey: articleKeys.lists() })) {
    const found = list?.items.find((item) => item.slug === slug);
    if (found) return found;
  }
  const related = queryClient
    .getQueriesData<Article>({ queryKey: articleKeys.details() })
    .flatMap(([, article]) => article?.related ?? []);
  return related.find((item) => item.slug === slug);
}
