import { type QueryClient, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { fetchFromApi } from './client.ts';
import type { Article, ArticleList, ArticleListQuery, ArticleSummary } from '../shared/contract.ts';
import type { Lang } from '../shared/languages.ts';

export type ArticleListParams = Partial<Omit<ArticleListQuery, 'lang'>>;

// Every key starts with 'articles', so one invalidation refreshes them all.
export const articleKeys = {
  all: ['articles'] as const,
  lists: () => [...articleKeys.all, 'list'] as const,
  list: (lang: Lang, params: ArticleListParams) => [...articleKeys.lists(), lang, params] as const,
  details: () => [...articleKeys.all, 'detail'] as const,
  detail: (lang: Lang, slug: string) => [...articleKeys.details(), lang, slug] as const,
};

export function toSearchParams(lang: Lang, params: ArticleListParams = {}): URLSearchParams {
  const search = new URLSearchParams({ lang });
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search;
}

export function articleListQuery(lang: Lang, params: ArticleListParams) {
  return queryOptions({
    queryKey: articleKeys.list(lang, params),
    queryFn: ({ signal, client }) =>
      fetchFromApi('/articles', 'articleListSchema', { params: toSearchParams(lang, params), signal, client }),
    placeholderData: keepPreviousData,
  });
}

export function articleQuery(lang: Lang, slug: string) {
  return queryOptions({
    queryKey: articleKeys.detail(lang, slug),
    queryFn: ({ signal, client }) =>
      fetchFromApi(`/articles/${encodeURIComponent(slug)}`, 'articleSchema', {
        params: toSearchParams(lang),
        signal,
        client,
      }),
  });
}

/** The summary of an article from any list already in the cache, to show while its body loads. */
export function findCachedSummary(queryClient: QueryClient, lang: Lang, slug: string): ArticleSummary | undefined {
  const same = (item: ArticleSummary) => item.slug === slug && item.lang === lang;
  for (const [, list] of queryClient.getQueriesData<ArticleList>({ queryKey: articleKeys.lists() })) {
    const found = list?.items.find(same);
    if (found) return found;
  }
  const related = queryClient
    .getQueriesData<Article>({ queryKey: articleKeys.details() })
    .flatMap(([, article]) => article?.related ?? []);
  return related.find(same);
}
