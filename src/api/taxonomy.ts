import { queryOptions } from '@tanstack/react-query';
import { toSearchParams } from './articles.ts';
import { fetchFromApi } from './client.ts';
import type { TaxonomyQuery } from '../shared/contract.ts';
import type { Lang } from '../shared/languages.ts';

/** Forums and topics share one shape: slug, name, description and an article count. */
export type TaxonomyKind = 'forums' | 'topics';

const SCHEMAS = { forums: 'forumListSchema', topics: 'topicListSchema' } as const;

type TaxonomyFilters = Omit<TaxonomyQuery, 'lang'>;

export const taxonomyKeys = {
  list: (kind: TaxonomyKind, lang: Lang, filters: TaxonomyFilters = {}) => [kind, lang, filters] as const,
};

// Forums and topics change only with a content import, so they stay fresh for long.
const TEN_MINUTES = 10 * 60 * 1000;

/** Every forum or topic, with how many of the articles matching `filters` it holds. */
export function taxonomyQuery(kind: TaxonomyKind, lang: Lang, filters: TaxonomyFilters = {}) {
  return queryOptions({
    queryKey: taxonomyKeys.list(kind, lang, filters),
    queryFn: ({ signal, client }) =>
      fetchFromApi(`/${kind}`, SCHEMAS[kind], { params: toSearchParams(lang, filters), signal, client }),
    staleTime: TEN_MINUTES,
  });
}

export const forumsQuery = (lang: Lang, filters?: TaxonomyFilters) => taxonomyQuery('forums', lang, filters);
export const topicsQuery = (lang: Lang, filters?: TaxonomyFilters) => taxonomyQuery('topics', lang, filters);
